import { describe, expect, it } from "vitest";
import { isTimeZone } from "../../src/format/time-zone.ts";

describe("isTimeZone", () => {
  it.each([
    ["Asia/Tokyo", true],
    ["Asia/Ho_Chi_Minh", true],
    ["Mars/Olympus", false],
    ["", false],
  ])("returns %s → %s", (zone, known) => {
    expect(isTimeZone(zone)).toBe(known);
  });
});
