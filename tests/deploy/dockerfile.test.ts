import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { validate } from "dockerfile-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { performDockerfile, type PerformedImage } from "./dockerfile-steps.ts";
import { FAKE_TOKEN, startFakeBotApi } from "../adapters/telegram/fake-bot-api.ts";

// NOTE: no Docker engine runs here; these tests perform the Dockerfile's own steps in folders
// and run the result as the container would (its CMD, its ENV, production dependencies only).
// CI sets DIEMTIN_LITERAL_PROD_INSTALL=1 to run `npm ci --omit=dev` itself (a few minutes).
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DOCKERFILE = join(ROOT, "Dockerfile");
const BUILD_TIMEOUT_MS = 15 * 60_000;
const work = mkdtempSync(join(tmpdir(), "diemtin-image-"));
let image: PerformedImage;

interface Exit {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runImage(input: string, env: Record<string, string>, cmd: readonly string[] = image.cmd): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const [command, ...args] = cmd;
    const child = spawn(command === "node" ? process.execPath : (command as string), args, {
      cwd: join(image.image.root, image.image.workdir),
      env: { PATH: process.env.PATH ?? "", ...image.env, ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

beforeAll(async () => {
  image = await performDockerfile(DOCKERFILE, {
    context: ROOT,
    workDir: work,
    literalProductionInstall: process.env.DIEMTIN_LITERAL_PROD_INSTALL === "1",
  });
}, BUILD_TIMEOUT_MS);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("Dockerfile", () => {
  it("returns no lint diagnostics (dockerfile-utils)", () => {
    expect(validate(readFileSync(DOCKERFILE, "utf8")).map((problem) => problem.message)).toEqual([]);
  });

  it("returns lint diagnostics for a broken Dockerfile, so the lint check can fail", () => {
    expect(validate("FROM node:20-slim\nCOPY\nEXPOSE notaport\n").length).toBeGreaterThan(0);
  });

  it("returns an image of the compiled build and production dependencies only, run by a non-root user", () => {
    const modules = join(image.image.root, image.image.workdir, "node_modules");
    for (const dev of ["tsx", "typescript", "vitest", "esbuild"]) expect(existsSync(join(modules, dev)), dev).toBe(false);
    for (const runtime of ["grammy", "@slack/bolt", "better-sqlite3", "pino-pretty", "prom-client"]) expect(existsSync(join(modules, runtime)), runtime).toBe(true);
    expect(existsSync(join(image.image.root, image.image.workdir, "dist/adapters/main.js"))).toBe(true);
    expect(existsSync(join(image.image.root, image.image.workdir, "src"))).toBe(false);
    expect(image.user).not.toBeNull();
    expect(["root", "0"]).not.toContain(image.user);
    expect(image.volumes).toContain(image.env.DATA_DIR);
    // NOTE: the exec form makes node PID 1, so SIGTERM reaches it rather than a shell.
    expect(image.cmd).toEqual(["node", "dist/adapters/main.js"]);
    expect(image.runs.map((run) => run.command)).toContain("npm ci --omit=dev --no-audit --no-fund");
  });

  it("returns an answer from the container's command with console input piped in", async () => {
    const run = await runImage("/tinh Quảng Ninh\n", { DATA_DIR: join(work, "data"), CORPUS_WATCH: "false", LOG_LEVEL: "warn" });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("== Quảng Ninh ==");
  }, 120_000);

  it("returns the CLI's answer through bin/diemtin.mjs from the build, with no tsx installed", async () => {
    const run = await runImage("", { DATA_DIR: join(work, "data"), LOG_LEVEL: "warn" }, ["node", "bin/diemtin.mjs", "ask", "/tinh Hạ Long", "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ command: "tinh", ok: true });
  }, 120_000);

  it("returns healthy from the HEALTHCHECK while the bot runs, and exit 0 when SIGTERM reaches node", async () => {
    const api = await startFakeBotApi();
    const cwd = join(image.image.root, image.image.workdir);
    const env = { PATH: process.env.PATH ?? "", ...image.env, HEALTH_PORT: "0", DATA_DIR: join(work, "data-platform"), CORPUS_WATCH: "false", TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: api.apiRoot };
    const [command, ...args] = image.cmd;
    const child = spawn(command === "node" ? process.execPath : (command as string), args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      // NOTE: a ceiling only, on the monotonic clock, as for the other child-process start-ups.
      const deadline = performance.now() + 120_000;
      let port: number | null = null;
      while (port === null && performance.now() < deadline && child.exitCode === null) {
        const line = stderr.split("\n").find((entry) => entry.includes('"msg":"health: listening"'));
        port = line ? (JSON.parse(line) as { port: number }).port : null;
        if (port === null) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(port, stderr).not.toBeNull();
      const [checkCommand, ...checkArgs] = image.healthcheck;
      const check = await new Promise<number | null>((resolve) => {
        spawn(checkCommand === "node" ? process.execPath : (checkCommand as string), checkArgs, { cwd, env: { ...env, HEALTH_PORT: String(port) }, stdio: "ignore" }).on("exit", resolve);
      });
      expect(check).toBe(0);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(stderr).toContain('"msg":"app: stopped"');
    } finally {
      child.kill("SIGKILL");
      await api.close();
    }
  }, 180_000);

  it("returns unhealthy from the HEALTHCHECK when nothing answers", async () => {
    const [checkCommand, ...checkArgs] = image.healthcheck;
    const code = await new Promise<number | null>((resolve) => {
      spawn(checkCommand === "node" ? process.execPath : (checkCommand as string), checkArgs, {
        cwd: join(image.image.root, image.image.workdir),
        env: { PATH: process.env.PATH ?? "", HEALTH_PORT: "9" },
        stdio: "ignore",
      }).on("exit", resolve);
    });
    expect(code).toBe(1);
  }, 120_000);
});
