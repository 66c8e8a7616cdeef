import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createCore, createSilentLogger, systemClock } from "../../src/index.ts";
import { buildSlackManifest, type ManifestMode } from "./manifest.ts";

/** The committed manifest files, per mode. */
export const MANIFEST_FILES: Readonly<Record<ManifestMode, string>> = {
  http: fileURLToPath(new URL("./manifest.json", import.meta.url)),
  socket: fileURLToPath(new URL("./manifest.socket-mode.json", import.meta.url)),
};

/** The manifest text of a mode from the core's current command list; HTTP request URLs under `baseUrl` when given. */
export function manifestText(mode: ManifestMode, baseUrl?: string): string {
  const core = createCore({ articles: [], logger: createSilentLogger(), clock: systemClock });
  return `${JSON.stringify(buildSlackManifest(core.commands, { mode, ...(baseUrl ? { baseUrl } : {}) }), null, 2)}\n`;
}

// NOTE: `npx tsx adapters/slack/write-manifest.ts` rewrites both files after commands change;
// with `--url https://bot.example.vn` it prints the HTTP manifest for that address instead,
// ready to paste.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const usage = (message: string): never => {
    process.stderr.write(`write-manifest: ${message}\nusage: write-manifest [--url https://bot.example.vn]\n`);
    process.exit(2);
  };
  let url: string | undefined;
  try {
    ({ url } = parseArgs({ options: { url: { type: "string" } } }).values);
  } catch (error) {
    usage((error as Error).message);
  }
  if (url !== undefined) {
    if (!/^https:\/\/[^\s/]+/.test(url)) usage(`--url: expected the bot's public https:// address, got "${url}"`);
    process.stdout.write(manifestText("http", url));
  } else {
    for (const [mode, file] of Object.entries(MANIFEST_FILES)) writeFileSync(file, manifestText(mode as ManifestMode));
    process.stdout.write(`wrote ${Object.values(MANIFEST_FILES).join(", ")}\n`);
  }
}
