import { describe, expect, it } from "vitest";
import { formatVietnamTime } from "../../src/format/index.ts";

describe("formatVietnamTime", () => {
  it.each([
    ["2026-01-27T20:30:00Z", "yyyy-MM-dd", "2026-01-28"],
    ["2026-01-27T16:59:59Z", "yyyy-MM-dd", "2026-01-27"],
    ["2026-12-31T17:00:00Z", "yyyy-MM-dd", "2027-01-01"],
    ["2026-01-27T00:05:00Z", "HH:mm dd/MM/yyyy", "07:05 27/01/2026"],
  ])("returns %s written as %s in Vietnam time: %s", (iso, pattern, expected) => {
    expect(formatVietnamTime(Date.parse(iso), pattern)).toBe(expected);
  });
});
