import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createFixedClock, createMovableClock, createSilentLogger, loadCore, type Core } from "../../../src/index.ts";
import { createRecordingLogger, SEEDS_DIR } from "../../fixtures/seeds.ts";
import { startTelegramHarness, type TelegramHarness } from "./harness.ts";
import { textMessage, USER } from "./updates.ts";

let core: Core;
let harness: TelegramHarness | null = null;

beforeAll(() => {
  core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
});

afterEach(async () => {
  await harness?.stop();
  harness = null;
});

const CONFLICT = { error_code: 409, description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running" };

describe("Telegram long polling under getUpdates failures", () => {
  it("keeps polling through 409 Conflict, logs the first failure and the recovery once, then answers the next update", async () => {
    const logger = createRecordingLogger();
    harness = await startTelegramHarness(core, { logger, start: false });
    const h = harness;
    h.fake.failNext("getUpdates", CONFLICT, 6);
    await h.adapter.start();
    await h.fake.waitForCalls("getUpdates", 7);
    h.fake.pushUpdate(textMessage("/tinh Quảng Ninh"));
    const [answer] = await h.fake.waitForCalls("sendMessage", 1, { succeeded: true });
    expect(answer?.payload.chat_id).toBe(USER.id);
    const warnings = logger.entries.filter((entry) => entry.msg === "telegram: getUpdates failed, retrying");
    // NOTE: the clock stands still, so the six failures fall within one minute: one line.
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.obj).toMatchObject({ platform: "telegram", error: expect.stringContaining("409: Conflict") });
    expect(logger.entries.filter((entry) => entry.msg === "telegram: polling recovered")).toHaveLength(1);
    expect(logger.entries.map((entry) => entry.msg)).not.toContain("telegram: polling stopped, restarting");
    expect(h.adapter.pollingStatus()).toMatchObject({ lastError: null, failures: 0, lastOkAt: "2026-02-01T00:00:00.000Z" });
  });

  it("keeps polling through server errors and logs at most one line a minute while they last", async () => {
    const logger = createRecordingLogger();
    const clock = createMovableClock("2026-02-01T00:00:00Z");
    harness = await startTelegramHarness(core, { logger, clock, start: false });
    const h = harness;
    h.fake.failNext("getUpdates", { error_code: 502, description: "Bad Gateway" }, 40);
    // NOTE: every failed call moves the clock 20 s: 40 failures span about 13 minutes.
    const stop = h.fake.onCall((call) => {
      if (call.method === "getUpdates" && call.status !== 200) clock.advance(20_000);
    });
    await h.adapter.start();
    await h.fake.waitForCalls("getUpdates", 20, { timeoutMs: 60_000 });
    expect(h.adapter.pollingStatus()).toMatchObject({ lastError: expect.stringContaining("502") });
    await h.fake.waitForCalls("getUpdates", 41, { timeoutMs: 60_000 });
    stop();
    h.fake.pushUpdate(textMessage("/moi"));
    await h.fake.waitForCalls("sendMessage", 1, { succeeded: true, timeoutMs: 60_000 });
    const warnings = logger.entries.filter((entry) => entry.msg === "telegram: getUpdates failed, retrying");
    expect(warnings.length).toBeGreaterThanOrEqual(13);
    expect(warnings.length).toBeLessThanOrEqual(14);
    expect(logger.entries.filter((entry) => entry.msg === "telegram: polling recovered")).toHaveLength(1);
  }, 120_000);
});
