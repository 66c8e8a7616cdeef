import { describe, expect, it } from "vitest";
import { editDistance, suggestProvinces } from "../../src/places/suggest.ts";

describe("editDistance", () => {
  it.each([
    ["ha noi", "ha noi", 0],
    ["ha noii", "ha noi", 1],
    ["ha nio", "ha noi", 1],
    ["quang nin", "quang ninh", 1],
    ["kitten", "sitting", 3],
  ])("returns the distance between %j and %j", (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  it("returns limit + 1 when the strings are further apart than the limit", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("suggestProvinces", () => {
  it.each([
    ["Hà Nộii", ["ha-noi"]],
    ["Quang Nin", ["quang-ninh"]],
    ["Lạng Sơnn", ["lang-son"]],
    ["Can Tho0", ["can-tho"]],
    ["quang", ["quang-ninh", "quang-tri", "quang-ngai", "tuyen-quang"]],
    ["Hà", ["ha-noi", "ha-tinh"]],
    ["ha", ["ha-noi", "ha-tinh", "hai-phong"]],
    ["Ninh", ["ninh-binh", "quang-ninh", "bac-ninh", "tay-ninh"]],
    ["Quả", ["quang-ninh", "quang-tri", "quang-ngai"]],
    ["xyz", []],
    ["", []],
  ])("returns the provinces closest to %j", (typed, ids) => {
    expect(suggestProvinces(typed).map((province) => province.id)).toEqual(ids);
  });

  it("returns at most three provinces for a misspelt name and six for a partial one", () => {
    expect(suggestProvinces("tinhh").length).toBeLessThanOrEqual(3);
    expect(suggestProvinces("h").length).toBe(6);
  });
});
