import { describe, expect, it } from "vitest";
import { parseVietnameseNumber } from "../../src/extract/index.ts";

describe("parseVietnameseNumber", () => {
  it.each([
    ["85.050", 85050],
    ["11,89", 11.89],
    ["1.234.567,5", 1234567.5],
    ["9,46", 9.46],
    ["2.314", 2314],
    ["1,4", 1.4],
    ["802", 802],
    ["9.400", 9400],
    ["1.5", 1.5],
    [" 7.100 ", 7100],
  ])("returns %j as %d", (raw, expected) => {
    expect(parseVietnameseNumber(raw)).toBe(expected);
  });

  it.each(["", "abc", "1.23.4", "1,2,3", "12.34,5"])("returns NaN for %j", (raw) => {
    expect(parseVietnameseNumber(raw)).toBeNaN();
  });
});
