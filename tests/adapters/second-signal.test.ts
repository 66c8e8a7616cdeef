import { afterAll, afterEach, describe, expect, it } from "vitest";
import { FAKE_TOKEN, startFakeBotApi, type FakeBotApi } from "./telegram/fake-bot-api.ts";
import { logLines, removeTempDirs, runMain, tempDir, TINH_MESSAGE, waitForLog, type MainRun } from "./main-process.ts";

// NOTE: getMe is held while the health port already answers: a SIGTERM then lands mid-start.
const START_HELD_MS = 5_000;
// NOTE: the answer to the bot's reply is held far longer than the test may run, so the first
// SIGTERM's clean stop (which lets in-flight replies finish) cannot end on its own.
const HELD_MS = 600_000;

afterAll(removeTempDirs);

describe("npm start stopping on signals", () => {
  let api: FakeBotApi | null = null;
  let child: MainRun | null = null;
  afterEach(async () => {
    child?.child.kill("SIGKILL");
    await api?.close();
  });

  it("exits at once with status 1 on a second SIGTERM while the first one's stop is held by a reply in flight", async () => {
    api = await startFakeBotApi();
    child = runMain({ DATA_DIR: tempDir(), TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: api.apiRoot });
    await waitForLog(child, "app: started");
    api.delay("sendMessage", HELD_MS);
    api.pushUpdate(TINH_MESSAGE);
    await api.waitForCalls("sendMessage", 1, { timeoutMs: 120_000 });

    child.child.kill("SIGTERM");
    await waitForLog(child, "app: stopping");
    expect(child.child.exitCode).toBeNull();
    child.child.kill("SIGTERM");

    expect(await child.exited).toBe(1);
    const messages = logLines(child.stderr).map((entry) => entry.msg);
    expect(messages).not.toContain("app: stopped");
  }, 300_000);

  it("returns exit 0 after a clean stop when SIGTERM arrives while the app is still starting", async () => {
    api = await startFakeBotApi();
    api.delay("getMe", START_HELD_MS);
    child = runMain({ DATA_DIR: tempDir(), HEALTH_PORT: "0", TELEGRAM_BOT_TOKEN: FAKE_TOKEN, TELEGRAM_API_ROOT: api.apiRoot });
    await waitForLog(child, "health: listening");
    child.child.kill("SIGTERM");

    expect(await child.exited).toBe(0);
    const messages = logLines(child.stderr).map((entry) => entry.msg);
    expect(messages).toContain("app: stopping");
    expect(messages).toContain("app: stopped");
  }, 300_000);
});
