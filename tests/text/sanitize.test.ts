import { describe, expect, it } from "vitest";
import { collapseSpaces, stripInvisible } from "../../src/text/index.ts";

describe("stripInvisible", () => {
  it.each([
    ["zero-width space", "Quảng\u200BNinh", "QuảngNinh"],
    ["bidi override", "\u202Eabc\u202C", "abc"],
    ["control characters", "a\u0000b\u0007c", "abc"],
    ["byte order mark", "\uFEFFtin", "tin"],
  ])("returns the text without %s", (_name, input, expected) => {
    expect(stripInvisible(input)).toBe(expected);
  });

  it("returns emoji and newlines untouched", () => {
    expect(stripInvisible("tin 🇻🇳\nmới")).toBe("tin 🇻🇳\nmới");
  });

  it("returns single spaces when whitespace runs are collapsed", () => {
    expect(collapseSpaces("  a \t\n b  ")).toBe("a b");
  });
});
