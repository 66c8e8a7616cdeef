import { describe, expect, it } from "vitest";
import { indexTerms, isAccentedTerm, isPairTerm, syllables } from "../../src/text/index.ts";

describe("indexTerms", () => {
  it("returns folded and accented forms of syllables and adjacent pairs", () => {
    expect(indexTerms("Quảng Ninh")).toEqual(["quang", "quảng", "quang_ninh", "quảng_ninh", "ninh"]);
  });

  it("returns only folded terms when the text has no diacritics", () => {
    expect(indexTerms("quang ninh")).toEqual(["quang", "quang_ninh", "ninh"]);
  });

  it("returns no pair across punctuation", () => {
    expect(indexTerms("Hà Nội, Hải Phòng")).not.toContain("noi_hai");
  });

  it("returns no stopwords and no pairs through them", () => {
    const terms = indexTerms("tỉnh của Quảng Ninh");
    expect(terms).not.toContain("của");
    expect(terms).not.toContain("cua");
    expect(terms.filter(isPairTerm)).toEqual(["quang_ninh", "quảng_ninh"]);
  });

  it("returns nothing for a stopword-only text", () => {
    expect(indexTerms("và của là")).toEqual([]);
  });

  it("returns the same terms for NFD, NFC and either tone style", () => {
    expect(indexTerms("Khánh Hoà".normalize("NFD"))).toEqual(indexTerms("Khánh Hòa"));
  });

  it("returns Vietnamese letters intact (no ASCII-only \\w)", () => {
    expect(syllables("Đắk Lắk, H’Mông")).toEqual(["đắk", "lắk", "h’mông"]);
  });

  it.each([
    ["GRDP đạt 11,89%, cao nhất", ["grdp", "đạt", "11,89", "cao", "nhất"]],
    ["thu 85.050 tỷ đồng.", ["thu", "85.050", "tỷ", "đồng"]],
    ["năm 2025, tỉnh", ["năm", "2025", "tỉnh"]],
  ])("returns a Vietnamese number as one syllable in %j", (text, expected) => {
    expect(syllables(text)).toEqual(expected);
  });

  it("returns a pair through a number but none through a comma after it", () => {
    const terms = indexTerms("đạt 11,89%, cao nhất");
    expect(terms).toContain("dat_11,89");
    expect(terms).not.toContain("11,89_cao");
  });

  it("returns whether a term is accented", () => {
    expect(isAccentedTerm("tô")).toBe(true);
    expect(isAccentedTerm("to_lam")).toBe(false);
  });
});
