import { describe, expect, it } from "vitest";
import { compactKey, foldedKey, placeKey, slugOf, stripPrefix } from "../../src/places/place-key.ts";

describe("placeKey", () => {
  it.each([
    ["Quảng Ninh", "quảng ninh"],
    ["  KHÁNH HOÀ ", "khánh hòa"],
    ["Bà Rịa - Vũng Tàu", "bà rịa vũng tàu"],
    ["TP.HCM", "tp hcm"],
    ["M'Đrắk", "mđrắk"],
    ["Hà Nội".normalize("NFD"), "hà nội"],
    ["…", ""],
  ])("returns the key of %j", (text, key) => {
    expect(placeKey(text)).toBe(key);
  });
});

describe("foldedKey and compactKey", () => {
  it("returns the key without accents, and without spaces", () => {
    expect(foldedKey("đắk lắk")).toBe("dak lak");
    expect(compactKey("đắk lắk")).toBe("daklak");
  });
});

describe("stripPrefix", () => {
  it.each([
    ["tỉnh quảng ninh", "province", "quảng ninh"],
    ["tinh quang ninh", "province", "quang ninh"],
    ["thành phố hà nội", "city", "hà nội"],
    ["tp hạ long", "city", "hạ long"],
    ["t p hạ long", "city", "hạ long"],
    ["quận 1", "quận", "1"],
    ["quan 1", "quận", "1"],
    ["huyện tân phú", "huyện", "tân phú"],
    ["thị xã sa pa", "thị xã", "sa pa"],
    ["thủ đô hà nội", "any", "hà nội"],
  ])("returns the type word of %j", (key, kind, rest) => {
    expect(stripPrefix(key)).toEqual({ kind, rest });
  });

  it.each(["quản bạ", "quảng ninh", "tỉnh", "thành phố"])("returns null when %j starts with no type word or is one", (key) => {
    expect(stripPrefix(key)).toBeNull();
  });
});

describe("slugOf", () => {
  it.each([
    ["Hồ Chí Minh", "ho-chi-minh"],
    ["Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"],
    ["Đắk Lắk", "dak-lak"],
    ["Huế", "hue"],
  ])("returns the id of %j", (name, slug) => {
    expect(slugOf(name)).toBe(slug);
  });
});
