import { describe, expect, it } from "vitest";
import { createKeyCounter } from "../../src/reply/key-matches.ts";
import { tokenizeSentence } from "../../src/reply/sentence-tokens.ts";

/** The counts read from the sentence's tokens, as the counter must give them. */
function expected(sentence: string, wanted: ReadonlySet<string>): { count: number; distinct: number; syllables: number } {
  const keys = tokenizeSentence(sentence).keys;
  const found = keys.filter((key) => wanted.has(key));
  return { count: found.length, distinct: new Set(found).size, syllables: keys.length };
}

describe("createKeyCounter", () => {
  it.each([
    ["Tỉnh Quảng Ninh và QUẢNG NINH mới", ["quang", "ninh"], { count: 4, distinct: 2, syllables: 7 }],
    ["Người H'Mông và H’Mông", ["h'mong", "h’mong"], { count: 2, distinct: 2, syllables: 4 }],
    ["Khánh Hoà".normalize("NFD"), ["hoa"], { count: 1, distinct: 1, syllables: 2 }],
    ["Ðà Nẵng, đà", ["da"], { count: 2, distinct: 1, syllables: 3 }],
    ["lúc 18h, 5G", ["18h", "5g"], { count: 2, distinct: 2, syllables: 3 }],
    ["x'5 ab'cd ef’ gh '", ["x", "ab'cd", "ef"], { count: 3, distinct: 3, syllables: 5 }],
    ["İstanbul Øresund ǿ 😀 Quảng", ["istanbul", "quang"], { count: 2, distinct: 2, syllables: 4 }],
    ["Москва и Ελλάδα", ["москва", "ελλαδα"], { count: 2, distinct: 2, syllables: 3 }],
    ["nothing here", ["ninh"], { count: 0, distinct: 0, syllables: 2 }],
  ])("returns the counts of %s", (sentence, keys, counts) => {
    const wanted = new Set(keys);
    expect(createKeyCounter(wanted)(sentence)).toEqual(counts);
    expect(expected(sentence, wanted)).toEqual(counts);
  });
});
