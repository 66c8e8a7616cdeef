import { describe, expect, it } from "vitest";
import { createDeliveryDedupe, deliveryKey } from "../../../adapters/slack/delivery-dedupe.ts";
import { createMovableClock } from "../../../src/index.ts";

describe("deliveryKey", () => {
  it.each([
    [{ event_id: "Ev1", trigger_id: "t" }, "event:Ev1"],
    [{ trigger_id: "123.456.abc" }, "trigger:123.456.abc"],
    [{ actions: [{ action_ts: "1700.1" }] }, "action:1700.1"],
    [{ type: "url_verification" }, null],
  ])("returns for %j the key %j", (body, expected) => {
    expect(deliveryKey(body)).toBe(expected);
  });
});

describe("createDeliveryDedupe", () => {
  it("returns false for a key seen within ten minutes and true again after", () => {
    const clock = createMovableClock("2026-02-01T00:00:00Z");
    const dedupe = createDeliveryDedupe(clock);
    expect(dedupe.firstTime("a")).toBe(true);
    expect(dedupe.firstTime("a")).toBe(false);
    clock.advance(10 * 60 * 1000 + 1);
    expect(dedupe.firstTime("a")).toBe(true);
  });

  it("returns true for the oldest key once more than the bound were seen", () => {
    const dedupe = createDeliveryDedupe(createMovableClock("2026-02-01T00:00:00Z"), 3);
    for (const key of ["a", "b", "c", "d"]) expect(dedupe.firstTime(key)).toBe(true);
    expect(dedupe.firstTime("d")).toBe(false);
    expect(dedupe.firstTime("a")).toBe(true);
  });
});
