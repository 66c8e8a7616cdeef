import { Writable } from "node:stream";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createLogger, loadConfig, systemClock } from "../../../src/index.ts";
import { startApp, type RunningApp } from "../../../adapters/start-app.ts";
import { FAKE_TOKEN, startFakeBotApi, type FakeBotApi } from "../telegram/fake-bot-api.ts";
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from "../slack/signed-request.ts";
import { startStubWebApi, type StubWebApi } from "../slack/stub-web-api.ts";
import { SEEDS_DIR } from "../../fixtures/seeds.ts";

const dirs: string[] = [];
let app: RunningApp | null = null;
let api: FakeBotApi | null = null;
let stub: StubWebApi | null = null;

function recordingLogger(): { logger: ReturnType<typeof createLogger>; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n")) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger({ level: "info", destination, format: "json" }), lines };
}

function configWith(env: Record<string, string>) {
  const dataDir = mkdtempSync(join(tmpdir(), "diemtin-health-"));
  dirs.push(dataDir);
  return loadConfig({ env: { SEEDS_DIR, DATA_DIR: dataDir, CORPUS_WATCH: "false", INDEX_SNAPSHOT: "false", ...env }, useDotEnv: false });
}

async function until<T>(read: () => Promise<T | null> | T | null, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function get(port: number, path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  return { status: response.status, text: await response.text() };
}

afterEach(async () => {
  await app?.stop();
  app = null;
  await api?.close();
  api = null;
  await stub?.close();
  stub = null;
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("health, readiness and metrics with Telegram long polling on HEALTH_PORT", () => {
  it("returns 200 from /healthz and /readyz, counts an update and its command in /metrics", async () => {
    api = await startFakeBotApi();
    const { logger } = recordingLogger();
    const config = configWith({ TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: api.apiRoot, HEALTH_PORT: "0" });
    app = await startApp(config, { logger, clock: systemClock });
    const port = app.healthPort as number;
    expect(port).toBeGreaterThan(0);
    expect(await get(port, "/healthz")).toEqual({ status: 200, text: '{"status":"ok"}\n' });
    const ready = await until(async () => {
      const answer = await get(port, "/readyz");
      return answer.status === 200 ? answer : null;
    }, "/readyz 200");
    expect(JSON.parse(ready.text)).toMatchObject({ ready: true, checks: { corpus: { ok: true }, store: { ok: true }, app: { ok: true }, telegram: { ok: true } } });

    api.pushUpdate({
      message: {
        message_id: 1,
        date: 1_790_000_000,
        chat: { id: 42, type: "private", first_name: "An" },
        from: { id: 42, is_bot: false, first_name: "An" },
        text: "/tinh Quảng Ninh",
        entities: [{ type: "bot_command", offset: 0, length: 5 }],
      },
    });
    await api.waitForCalls("sendMessage", 1, { timeoutMs: 20_000 });
    const metrics = await until(async () => {
      const answer = await get(port, "/metrics");
      return answer.text.includes('diemtin_updates_total{platform="telegram",kind="message",outcome="handled"} 1') ? answer : null;
    }, "the update counted");
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('diemtin_commands_total{platform="telegram",command="tinh"} 1');
    expect(metrics.text).toContain('diemtin_answer_seconds_count{platform="telegram",command="tinh"} 1');
    expect(metrics.text).toMatch(/^diemtin_corpus_articles \d+$/m);
    expect(metrics.text).toMatch(/^diemtin_index_build_seconds \d/m);
    expect(await get(port, "/nothing")).toMatchObject({ status: 404 });
  }, 60_000);

  it("returns 503 from /readyz and warns naming the platform once the Bot API stops answering", async () => {
    api = await startFakeBotApi();
    const { logger, lines } = recordingLogger();
    const config = configWith({ TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: api.apiRoot, HEALTH_PORT: "0", METRICS: "false" });
    app = await startApp(config, { logger, clock: systemClock, probeTiming: { intervalMs: 200, timeoutMs: 2_000, retryMs: 100 } });
    const port = app.healthPort as number;
    await until(async () => ((await get(port, "/readyz")).status === 200 ? true : null), "/readyz 200");
    await api.close();
    api = null;
    const warning = await until(() => lines.find((line) => line.msg === "telegram: unreachable") ?? null, "the warning");
    expect(warning).toMatchObject({ level: 40, platform: "telegram" });
    expect(String(warning.error)).not.toBe("");
    expect(JSON.stringify(lines)).not.toContain(FAKE_TOKEN.split(":")[1]);
    const notReady = await get(port, "/readyz");
    expect(notReady.status).toBe(503);
    expect(JSON.parse(notReady.text)).toMatchObject({ ready: false, checks: { telegram: { ok: false } } });
    expect((await get(port, "/metrics")).status).toBe(404);
  }, 60_000);
});

describe("health on the Slack HTTP port", () => {
  it("returns 200 from /healthz and /readyz on SLACK_PORT beside /slack/events, with no HEALTH_PORT", async () => {
    stub = await startStubWebApi();
    const { logger } = recordingLogger();
    const config = configWith({ SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: stub.apiUrl, SLACK_PORT: "0" });
    app = await startApp(config, { logger, clock: systemClock });
    expect(app.healthPort).toBeNull();
    const port = app.slackPort as number;
    expect(await get(port, "/healthz")).toMatchObject({ status: 200 });
    const ready = await until(async () => {
      const answer = await get(port, "/readyz");
      return answer.status === 200 ? answer : null;
    }, "/readyz 200");
    expect(JSON.parse(ready.text)).toMatchObject({ ready: true, checks: { slack: { ok: true } } });
    expect((await get(port, "/metrics")).text).toContain("diemtin_corpus_articles");
  }, 60_000);
});
