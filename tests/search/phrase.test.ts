import { describe, expect, it } from "vitest";
import { createPhraseMatcher, createTextCheck } from "../../src/search/phrase.ts";

describe("createTextCheck", () => {
  const check = createTextCheck(["quảng", "ninh"], ["quang_ninh"]);

  it.each([
    ["Tỉnh Quảng Ninh phát triển.", ["quảng"], ["quang_ninh"]],
    ["TỈNH QUẢNG NINH", ["quảng"], ["quang_ninh"]],
    ["tinh Quang Ninh", [], ["quang_ninh"]],
    ["Quảng bá du lịch ở Ninh Bình", ["quảng"], []],
    ["Quảng, Ninh", ["quảng"], []],
    ["Quảng Ninh".normalize("NFD"), ["quảng"], ["quang_ninh"]],
  ])("finds in %j the exact accents %j and the adjacent pairs %j", (text, exact, pairs) => {
    const evidence = check([text]);
    expect([...evidence.exact]).toEqual(exact);
    expect([...evidence.pairs]).toEqual(pairs);
  });

  it("matches either tone placement exactly after normalization", () => {
    expect([...createTextCheck(["hòa"], [])(["Khánh Hoà"]).exact]).toEqual(["hòa"]);
  });
});

describe("createPhraseMatcher", () => {
  it.each([
    [["tăng", "trưởng", "grdp"], true, "Tốc độ tăng trưởng GRDP đạt 11%", true],
    [["tăng", "trưởng", "grdp"], true, "toc do tang truong GRDP", false],
    [["tang", "truong", "grdp"], false, "Tốc độ tăng trưởng GRDP", true],
    [["tăng", "trưởng", "grdp"], true, "tăng trưởng tín dụng GRDP", false],
  ])("matches %j (accented %s) in %j: %s", (words, accented, text, expected) => {
    expect(createPhraseMatcher(words, accented)(text)).toBe(expected);
  });
});
