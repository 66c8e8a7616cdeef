import { describe, expect, it } from "vitest";
import { createDigestService } from "../../src/digest/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { chatOf, createHarness, textOf } from "../subscriptions/fixtures.ts";
import { createRecordingPort } from "./fixtures.ts";
import { DEFAULT_DIGEST_CONFIG } from "../../src/config/index.ts";

const FAST = { telegram: { perSecond: 10_000, perChatIntervalMs: 0 }, slack: { perSecond: 10_000, perChatIntervalMs: 0 } };

/** The heading of the one digest a chat subscribed at `subscribedAt` gets from a run at `runAt`. */
async function headingOf(subscribedAt: string, runAt: string, digestTime: string | null): Promise<string> {
  const harness = createHarness({ at: subscribedAt, sendEmpty: true });
  const port = createRecordingPort("telegram");
  const digest = createDigestService({
    store: harness.store,
    core: harness.core,
    ports: [port],
    config: { ...DEFAULT_DIGEST_CONFIG, sendEmpty: true },
    logger: createSilentLogger(),
    clock: harness.clock,
    rates: FAST,
    schedule: "0 0 1 1 *",
    eventOf: harness.eventOf,
  });
  expect((await harness.core.ask("/theodoi Quảng Ninh", { chat: chatOf() })).ok).toBe(true);
  if (digestTime) expect((await harness.core.ask(`/giobantin ${digestTime}`, { chat: chatOf() })).ok).toBe(true);
  harness.clock.set(runAt);
  expect(await digest.runOnce()).toMatchObject({ failed: 0 });
  expect(port.sent).toHaveLength(1);
  return textOf(port.sent[0]!.reply).split("\n")[0] as string;
}

describe("the digest heading", () => {
  it.each([
    ["a single-digit day", "2026-12-01T05:00:00Z", "2026-12-02T00:05:00Z", null, "Điểm tin ngày 2/12/2026"],
    ["a single-digit day and month", "2026-01-08T05:00:00Z", "2026-01-09T00:05:00Z", null, "Điểm tin ngày 9/1/2026"],
    ["two-digit day and month", "2026-12-30T05:00:00Z", "2026-12-31T00:05:00Z", null, "Điểm tin ngày 31/12/2026"],
    ["23:59 in Vietnam on 31 December", "2026-12-30T05:00:00Z", "2026-12-31T16:59:30Z", "23:59", "Điểm tin ngày 31/12/2026"],
    ["00:00 in Vietnam on 1 January, 17:00 UTC the day before", "2026-12-30T05:00:00Z", "2026-12-31T17:00:30Z", "00:00", "Điểm tin ngày 1/1/2027"],
    ["29 February", "2028-02-28T05:00:00Z", "2028-02-29T00:05:00Z", null, "Điểm tin ngày 29/2/2028"],
  ])("returns the local day without zero padding on %s", async (_case, subscribedAt, runAt, digestTime, expected) => {
    expect(await headingOf(subscribedAt, runAt, digestTime)).toBe(expected);
  });
});
