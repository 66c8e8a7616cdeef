import { describe, expect, it } from "vitest";
import { isFinishedDelivery, type DeliveryStatus } from "../../src/store/index.ts";

describe("isFinishedDelivery", () => {
  const cases: ReadonlyArray<readonly [DeliveryStatus, boolean]> = [
    ["claimed", false],
    ["sending", false],
    ["failed", false],
    ["sent", true],
    ["empty", true],
    ["uncertain", true],
  ];
  it.each(cases)("returns for a %s delivery: %s", (status, finished) => {
    expect(isFinishedDelivery({ status })).toBe(finished);
  });

  it("returns false when there is no delivery", () => {
    expect(isFinishedDelivery(null)).toBe(false);
  });
});
