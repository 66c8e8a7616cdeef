import { describe, expect, it } from "vitest";
import { canonicalTone, fixLookalikes, normalizeText } from "../../src/text/index.ts";

describe("normalizeText", () => {
  it.each([
    ["Hoà Bình", "hòa bình"],
    ["Hòa Bình", "hòa bình"],
    ["khoẻ", "khỏe"],
    ["khỏe", "khỏe"],
    ["THUỶ", "thủy"],
    ["Thủy", "thủy"],
    ["hoạ sĩ", "họa sĩ"],
    ["quý", "quý"],
    ["Quỳnh", "quỳnh"],
    ["thuyền", "thuyền"],
    ["Hoàng", "hoàng"],
    ["khuya", "khuya"],
    ["ngoài", "ngoài"],
    ["Ðà Nẵng", "đà nẵng"],
    ["ðồng", "đồng"],
  ])("returns %j as %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("returns the same form when the input is decomposed (NFD)", () => {
    const text = "Tổng Bí thư Tô Lâm, Quảng Ninh, Khánh Hoà";
    expect(normalizeText(text.normalize("NFD"))).toBe(normalizeText(text));
  });

  it("returns the tone on the first vowel of open oa/oe/uy only", () => {
    expect(canonicalTone("hoà thuận, toà án, thuỷ lợi, quý, hoàn")).toBe("hòa thuận, tòa án, thủy lợi, quý, hoàn");
  });

  it("returns Đ for the Icelandic eth look-alike", () => {
    expect(fixLookalikes("Ðảng")).toBe("Đảng");
  });
});
