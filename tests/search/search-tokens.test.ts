import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { searchTokens, visitTokens } from "../../src/search/search-tokens.ts";

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

// NOTE: the token pattern the scanner implements, run the slow way, as the reference.
const TOKEN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const CLEAN_GAP = /^(?:\s+|\s*[-‐]\s*)$/u;

function patternTokens(text: string): { written: string; broken: boolean }[] {
  const out: { written: string; broken: boolean }[] = [];
  let end = -1;
  for (const match of text.matchAll(TOKEN)) {
    out.push({ written: match[0], broken: end >= 0 && !CLEAN_GAP.test(text.slice(end, match.index)) });
    end = match.index + match[0].length;
  }
  return out;
}

describe("visitTokens", () => {
  const alphabet = fc.constantFrom(..."aáàảãạăâđêôơưb HMôngx0123456789².,'’-‐ \n\t;:()“”!?…\u0301\u0323".split(""), "🙂");

  it("returns the tokens the token pattern finds, with the same breaks, for any text", () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((chars) => chars.join("")), (text) => {
        const seen: { folded: string; broken: boolean }[] = [];
        visitTokens(text, (_normalized, folded, broken) => seen.push({ folded, broken }));
        const expected: { folded: string; broken: boolean }[] = [];
        for (const { written, broken } of patternTokens(text)) {
          let first = true;
          visitTokens(` ${written}`, (_normalized, folded) => {
            expected.push({ folded, broken: first && broken });
            first = false;
          });
        }
        expect(seen).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
