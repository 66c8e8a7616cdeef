import { describe, expect, it } from "vitest";
import { foldText, hasDiacritics } from "../../src/text/index.ts";

describe("foldText", () => {
  it.each([
    ["Đà Nẵng", "Da Nang"],
    ["đường", "duong"],
    ["Quảng Ninh", "Quang Ninh"],
    ["Tô Lâm".normalize("NFD"), "To Lam"],
    ["Ðồng", "Dong"],
    ["GRDP 11,89%", "GRDP 11,89%"],
  ])("returns %j folded as %j", (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it("returns whether a text carries diacritics, đ included", () => {
    expect(hasDiacritics("da nang")).toBe(false);
    expect(hasDiacritics("dđ")).toBe(true);
    expect(hasDiacritics("Hà")).toBe(true);
  });
});
