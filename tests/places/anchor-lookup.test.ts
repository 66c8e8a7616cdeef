import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anchorIndex, findAnchor, isCapitalAt, isSpelledAs } from "../../src/places/anchor-lookup.ts";
import { gazetteerPatterns } from "../../src/places/text-patterns.ts";

const patterns = gazetteerPatterns();
const WORDS = ["Hà", "HÀ", "hà", "Quảng", "QUẢNG", "Hoà", "Hòa", "Đắk", "ĐĂK", "Tân", "İstanbul", "ΣΑ", "Nội", "Xyz", "Ð", "K\u0301"];

describe("findAnchor", () => {
  it.each(WORDS)("returns what the map holds for %j lowercased", (word) => {
    const text = ` ${word} `;
    expect(findAnchor(anchorIndex(patterns), text, 1, 1 + word.length)).toBe(patterns.get(word.toLowerCase()));
  });

  it("returns what the map holds for any word made of Vietnamese and odd letters", () => {
    const letters = fc.constantFrom(..."aàáảãạăắằâấđêếôốơớưứyýhHĐÂƯİΣσςKk".split(""));
    const word = fc.array(letters, { minLength: 1, maxLength: 6 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(word, (value) => {
        expect(findAnchor(anchorIndex(patterns), value, 0, value.length)).toBe(patterns.get(value.toLowerCase()));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isSpelledAs and isCapitalAt", () => {
  it.each([
    ["Nội", ["nội"], true],
    ["NỘI", ["nội"], true],
    ["Nọi", ["nội"], false],
    ["İ", ["i̇"], true],
    ["Σ", ["σ"], true],
  ])("tells whether %j lowercased is one of %j", (word, spellings, expected) => {
    expect(isSpelledAs(`(${word})`, 1, 1 + word.length, spellings)).toBe(expected);
  });

  it.each([
    ["Hà", true],
    ["hà", false],
    ["İ", true],
    ["1", false],
  ])("tells whether %j starts with a capital", (word, expected) => {
    expect(isCapitalAt(word, 0)).toBe(expected);
  });
});
