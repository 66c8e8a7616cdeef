import { describe, expect, it } from "vitest";
import { searchTokens } from "../../src/search/search-tokens.ts";

describe("searchTokens", () => {
  it.each([
    ["2,8 triệu", ["2", "8", "trieu"]],
    ["2.8 triệu", ["2", "8", "trieu"]],
    ["2 8 triệu", ["2", "8", "trieu"]],
    ["26.262 ca", ["26262", "ca"]],
    ["26262 ca", ["26262", "ca"]],
    ["lúc 18h", ["luc", "18", "h"]],
    ["mạng 5G", ["mang", "5", "g"]],
  ])("reads %s as %j", (text, folded) => {
    expect(searchTokens(text).folded).toEqual(folded);
  });

  it("returns the same tokens for NFD, either tone style and punctuation between", () => {
    const expected = searchTokens("Khánh Hòa, hòa bình").normalized;
    expect(searchTokens("Khánh Hoà hoà bình".normalize("NFD")).normalized).toEqual(expected);
    expect(expected).toEqual(["khánh", "hòa", "hòa", "bình"]);
  });

  it("keeps a name's apostrophe inside its syllable", () => {
    expect(searchTokens("người H'Mông").folded).toEqual(["nguoi", "h'mong"]);
  });
});
