import { spawn } from "node:child_process";
import { once } from "node:events";
import { chmodSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DATABASE_FILE, openStore } from "../../src/store/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { tempDataDir } from "../subscriptions/fixtures.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const NOBODY = 65_534;

/** Runs the bot's entry point with `DATA_DIR` set and no platform token; its exit and stderr. */
async function startWith(dataDir: string, user?: { uid: number; gid: number }): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "adapters/main.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, TELEGRAM_BOT_TOKEN: "", SLACK_BOT_TOKEN: "", CORPUS_WATCH: "false", INDEX_SNAPSHOT: "false", LOG_LEVEL: "silent" },
    stdio: ["ignore", "ignore", "pipe"],
    ...(user ?? {}),
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stderr };
}

describe("start-up with a broken DATA_DIR (adapters/main.ts)", () => {
  it("returns exit 1 and one clear line naming the path when DATA_DIR is a file or the store is corrupt", async () => {
    const file = join(tempDataDir(), "data");
    writeFileSync(file, "");
    const corrupt = tempDataDir();
    writeFileSync(join(corrupt, DATABASE_FILE), "this is not a database ".repeat(200));
    const [notFolder, damaged] = await Promise.all([startWith(file), startWith(corrupt)]);
    expect(notFolder.code).toBe(1);
    expect(notFolder.stderr.startsWith(`diemtin: ${join(file, DATABASE_FILE)}: cannot open the store: ${file} is not a folder`)).toBe(true);
    expect(notFolder.stderr.trim().split("\n")).toHaveLength(1);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toContain(`diemtin: ${join(corrupt, DATABASE_FILE)}: cannot open the store: the file is not a SQLite database`);
    expect(damaged.stderr.trim().split("\n")).toHaveLength(1);
  }, 120_000);

  // NOTE: root writes a file whatever its mode, so under root the bot runs as "nobody" (65534)
  // over a store file root made and left read-only; other users run it as themselves.
  it("returns exit 1 and one line naming the store file when the file is read-only", async () => {
    const dataDir = tempDataDir();
    openStore(dataDir, createSilentLogger()).close();
    const file = join(dataDir, DATABASE_FILE);
    chmodSync(file, 0o444);
    chmodSync(dataDir, 0o777);
    const asRoot = process.getuid?.() === 0;
    const run = await startWith(dataDir, asRoot ? { uid: NOBODY, gid: NOBODY } : undefined);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`diemtin: store ${file}: read-only: the folder or the file is not writable (attempt to write a readonly database)`);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  }, 120_000);
});
