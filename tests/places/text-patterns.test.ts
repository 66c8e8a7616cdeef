import { describe, expect, it } from "vitest";
import { compilePattern, compilePatterns, toneVariants } from "../../src/places/text-patterns.ts";
import type { PlaceEntry } from "../../src/places/place-entries.ts";

describe("toneVariants", () => {
  it.each([
    ["hòa", ["hòa", "hoà"]],
    ["hoà", ["hòa", "hoà"]],
    ["thủy", ["thủy", "thuỷ"]],
    ["ninh", ["ninh"]],
    ["quảng", ["quảng"]],
  ])("returns both tone-mark styles of %j", (syllable, variants) => {
    expect(toneVariants(syllable).sort()).toEqual([...variants].sort());
  });
});

describe("compilePattern", () => {
  it("returns syllables, capitals and gaps of a name", () => {
    expect(compilePattern("Bà Rịa - Vũng Tàu", "ho-chi-minh")).toMatchObject({
      syllables: [["bà"], ["rịa"], ["vũng"], ["tàu"]],
      capital: [true, true, true, true],
      gaps: ["space", "dash", "space"],
      anchor: 0,
    });
  });

  it("returns the first syllable that must be capitalized as the anchor", () => {
    expect(compilePattern("thành phố Hồ Chí Minh", "ho-chi-minh")).toMatchObject({ capital: [false, false, true, true, true], anchor: 2 });
    expect(compilePattern("TP.HCM", "ho-chi-minh")).toMatchObject({ capital: [false, true], gaps: ["dot"], anchor: 1 });
  });

  it("returns null when no syllable must be capitalized", () => {
    expect(compilePattern("thành phố", "ha-noi")).toBeNull();
  });
});

describe("compilePatterns", () => {
  const entry = (name: string, provinces: string[], level: number, text: PlaceEntry["text"] = "free", unit: string | null = null): PlaceEntry => ({
    name,
    type: level === 3 ? "district" : "place",
    provinces,
    level,
    text,
    unit,
  });

  it("returns names keyed by their anchor syllable, longest first", () => {
    const map = compilePatterns([entry("Hà Nội", ["ha-noi"], 0), entry("Thủ đô Hà Nội", ["ha-noi"], 2), entry("Hà Tây Cũ", ["ha-noi"], 2)]);
    expect(map.get("hà")?.map((pattern) => pattern.name)).toEqual(["Thủ đô Hà Nội", "Hà Tây Cũ", "Hà Nội"]);
    // NOTE: "Thủ đô" is written either case, so the name is found by "Hà".
    expect(map.get("thủ")).toBeUndefined();
  });

  it("returns no pattern for a name shared by two provinces at its best level", () => {
    const map = compilePatterns([entry("Tân Phú", ["ho-chi-minh"], 3), entry("Tân Phú", ["dong-nai"], 3)]);
    expect(map.get("tân")).toBeUndefined();
  });

  it("returns the better level's province when a name is shared across levels", () => {
    const map = compilePatterns([entry("Quảng Ninh", ["quang-tri"], 3), entry("Quảng Ninh", ["quang-ninh"], 0)]);
    expect(map.get("quảng")?.map((pattern) => pattern.province)).toEqual(["quang-ninh"]);
  });

  it("returns prefixed names only behind their type word, and never abbreviations", () => {
    const map = compilePatterns([entry("Vinh", ["nghe-an"], 3, "prefixed", "thành phố"), entry("HN", ["ha-noi"], 2, "never"), entry("QN", ["quang-ninh", "da-nang"], 2)]);
    expect(map.get("vinh")?.map((pattern) => pattern.name).sort()).toEqual(["TP. Vinh", "thành phố Vinh"]);
    expect(map.get("hn")).toBeUndefined();
    expect(map.get("qn")).toBeUndefined();
  });
});
