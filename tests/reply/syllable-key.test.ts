import { describe, expect, it } from "vitest";
import { syllableKey } from "../../src/reply/syllable-key.ts";

describe("syllableKey", () => {
  it.each([
    ["Hoà", "hoa"],
    ["HÒA", "hoa"],
    ["Đắk", "dak"],
    ["Ðà", "da"],
    ["quang", "quang"],
  ])("returns the folded, normalized key of %s", (syllable, key) => {
    expect(syllableKey(syllable)).toBe(key);
  });

  it("returns the same key for an NFD spelling", () => {
    expect(syllableKey("Lâm".normalize("NFD"))).toBe(syllableKey("Lâm"));
  });
});
