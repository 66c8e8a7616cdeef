import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createSilentLogger, openStore } from "../../../src/index.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
// NOTE: each case starts a child process through tsx, slow on a loaded machine.
const CHILD_TIMEOUT_MS = 90_000;
const dirs: string[] = [];

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "diemtin-exit-"));
  dirs.push(dir);
  return dir;
}

function script(file: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", join(ROOT, file), ...args],
      { cwd: ROOT, env: { ...process.env, INDEX_SNAPSHOT: "false", LOG_LEVEL: "warn", ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end();
  });
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("diemtin backup", () => {
  it("returns exit 0 and writes a copy of the store in DATA_DIR", async () => {
    const dataDir = tempDir();
    openStore(dataDir, createSilentLogger()).close();
    const target = join(tempDir(), "diemtin-backup.sqlite");
    const run = await script("adapters/cli/main.ts", ["backup", target], { DATA_DIR: dataDir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(target);
    expect(existsSync(target)).toBe(true);
  }, CHILD_TIMEOUT_MS);
});

// NOTE: each case is one bad input; the answer is one line naming it (plus the usage for usage
// errors), never a stack trace.
interface BadInput {
  readonly name: string;
  readonly file: string;
  readonly args: string[];
  readonly code: number;
  readonly line: string;
  readonly env?: Record<string, string>;
}

describe.each<BadInput>([
  { name: "backup without a target", file: "adapters/cli/main.ts", args: ["backup"], code: 2, line: "diemtin: backup: expected one target file" },
  { name: "an unknown CLI option", file: "adapters/cli/main.ts", args: ["ask", "--bogus"], code: 2, line: "diemtin: Unknown option '--bogus'" },
  { name: "a CLI --limit out of range", file: "adapters/cli/main.ts", args: ["ask", "/moi", "--limit", "0"], code: 2, line: "diemtin: --limit: expected a whole number from 1 to 50" },
  { name: "backup with no store", file: "adapters/cli/main.ts", args: ["backup", "x.sqlite"], code: 1, line: "no store here (check DATA_DIR)", env: { DATA_DIR: "/nonexistent-diemtin" } },
  { name: "a bad LOG_LEVEL at start", file: "adapters/main.ts", args: [], code: 1, line: 'diemtin: LOG_LEVEL: expected one of', env: { LOG_LEVEL: "loud" } },
  { name: "write-manifest with a bad URL", file: "adapters/slack/write-manifest.ts", args: ["--url", "not-a-url"], code: 2, line: `write-manifest: --url: expected the bot's public https:// address, got "not-a-url"` },
  { name: "the gazetteer builder with a missing folder", file: "scripts/build-gazetteer.ts", args: ["/nonexistent-diemtin"], code: 1, line: "gazetteer: cannot read /nonexistent-diemtin/" },
  { name: "the event inspector with an unknown option", file: "scripts/inspect-events.ts", args: ["--bogus"], code: 2, line: "inspect-events: Unknown option '--bogus'" },
  { name: "the bench with an unknown option", file: "bench/run.ts", args: ["--bogus"], code: 2, line: "bench: Unknown option '--bogus'" },
])("$name", ({ file, args, code, line, env }) => {
  it(`returns exit ${code} with one line and no stack trace`, async () => {
    const run = await script(file, args, env);
    expect(run.code).toBe(code);
    const [first, ...rest] = run.stderr.trimEnd().split("\n");
    expect(first).toContain(line);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    if (code === 1) expect(rest).toEqual([]);
  }, CHILD_TIMEOUT_MS);
});
