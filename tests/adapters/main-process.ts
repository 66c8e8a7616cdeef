import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SEEDS_DIR } from "../fixtures/seeds.ts";

// NOTE: these run `npm start`'s entry point as a real child process (tsx), as an operator would.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAIN = join(ROOT, "adapters/main.ts");
const dirs: string[] = [];

/** A running `npm start` child: its output so far and its exit code. */
export interface MainRun {
  readonly child: ChildProcess;
  stdout: string;
  stderr: string;
  readonly exited: Promise<number | null>;
}

/** A fresh temporary folder, removed by `removeTempDirs`. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "diemtin-main-"));
  dirs.push(dir);
  return dir;
}

/** Removes the folders `tempDir` made. */
export function removeTempDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Starts `adapters/main.ts` over the seeds with `env`; `input` is piped to stdin when given; `user` runs it as another user (needs root). */
export function runMain(env: Record<string, string>, input?: string, user?: { uid: number; gid: number }): MainRun {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", SEEDS_DIR, CORPUS_WATCH: "false", LOG_LEVEL: "info", ...env },
    stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    ...(user ?? {}),
  });
  const result: MainRun = {
    child,
    stdout: "",
    stderr: "",
    exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))),
  };
  child.stdout?.on("data", (chunk: Buffer) => (result.stdout += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (result.stderr += chunk.toString("utf8")));
  if (input !== undefined) child.stdin?.end(input);
  return result;
}

/** The JSON log lines of a child's stderr. */
export function logLines(stderr: string): Array<Record<string, unknown>> {
  return stderr
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Resolves with the first log line whose message is `msg`; rejects when the child exits first or after `timeoutMs`. */
export async function waitForLog(target: MainRun, msg: string, timeoutMs = 120_000): Promise<Record<string, unknown>> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const line = logLines(target.stderr).find((entry) => entry.msg === msg);
    if (line) return line;
    if (target.child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no "${msg}" log line; stderr:\n${target.stderr}`);
}

/** A private chat's `/tinh Quảng Ninh` as the Bot API delivers it. */
export const TINH_MESSAGE = {
  message: {
    message_id: 1,
    date: 1_790_000_000,
    chat: { id: 42, type: "private" as const, first_name: "An" },
    from: { id: 42, is_bot: false, first_name: "An" },
    text: "/tinh Quảng Ninh",
    entities: [{ type: "bot_command" as const, offset: 0, length: 5 }],
  },
};
