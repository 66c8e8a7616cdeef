import { describe, expect, it } from "vitest";
import { formatDay, formatLongDay, parseUserDay } from "../../src/format/index.ts";

describe("dates", () => {
  it("returns Vietnamese-style days", () => {
    expect(formatDay("2026-01-27")).toBe("27/1/2026");
    expect(formatLongDay("2026-01-27")).toBe("Thứ Ba, 27/1/2026");
    expect(formatDay(null)).toBe("không rõ ngày");
  });

  it.each([
    ["27/1/2026", "2026-01-27"],
    ["05/08/2023", "2023-08-05"],
    ["5-8-2023", "2023-08-05"],
    ["2023-08-05", "2023-08-05"],
    ["31/2/2024", null],
    ["2024-13-01", null],
    ["hôm qua", null],
    ["", null],
  ])("returns %j parsed as %j", (input, expected) => {
    expect(parseUserDay(input)).toBe(expected);
  });
});
