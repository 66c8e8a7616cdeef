import { describe, expect, it } from "vitest";
import { packByCost } from "../../src/util/pack-by-cost.ts";

describe("packByCost", () => {
  it.each([
    { items: [], limit: 5, groups: [] },
    { items: ["ab", "cd", "e"], limit: 5, groups: [["ab", "cd", "e"]] },
    { items: ["abc", "def", "g"], limit: 5, groups: [["abc"], ["def", "g"]] },
    { items: ["abcdefg", "h"], limit: 5, groups: [["abcdefg"], ["h"]] },
  ])("returns $groups when packing $items within $limit", ({ items, limit, groups }) => {
    expect(packByCost(items, (item) => item.length, limit)).toEqual(groups);
  });
});
