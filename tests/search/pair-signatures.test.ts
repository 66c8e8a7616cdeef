import { describe, expect, it } from "vitest";
import { createSearchIndex } from "../../src/search/index.ts";
import { PairSignatures, phrasePairs, syllableHash } from "../../src/search/pair-signatures.ts";
import { foldText, syllables } from "../../src/text/index.ts";
import { seedArticles } from "./fixtures.ts";
import { searchTokens } from "../../src/search/search-tokens.ts";

/** The syllable hashes of a text in order, as the index build records them. */
function hashes(text: string): number[] {
  return syllables(text).map((word) => syllableHash(foldText(word)));
}

function phrase(text: string) {
  return phrasePairs([{ verify: { syllables: syllables(text) } }]);
}

function marked(signatures: PairSignatures, pairs: ReturnType<typeof phrase>, size: number): number[] {
  const marks = new Uint8Array(size);
  signatures.markMayHoldAll(pairs, marks);
  return [...marks.keys()].filter((id) => marks[id] === 1);
}

const texts = [
  "Tỉnh Quảng Ninh đẩy mạnh chuyển đổi số trong cơ quan nhà nước.",
  "Hạ tầng giao thông của tỉnh được đầu tư, chuyển đổi mô hình tăng trưởng.",
  "Tốc độ tăng trưởng GRDP đạt 11,89%, cao nhất cả nước.",
];

describe("PairSignatures", () => {
  const signatures = new PairSignatures();
  texts.forEach((text, id) => {
    const found = hashes(text);
    signatures.add(id, found, found.length);
  });

  it("marks every document writing the phrase's syllables one after the other", () => {
    expect(marked(signatures, phrase("chuyển đổi số"), 3)).toContain(0);
    expect(marked(signatures, phrase("tăng trưởng GRDP"), 3)).toContain(2);
    expect(marked(signatures, phrase("của tỉnh"), 3)).toContain(1);
  });

  it("matches the phrase without accents or in another case", () => {
    expect(marked(signatures, phrase("CHUYEN DOI SO"), 3)).toContain(0);
  });

  it("leaves out a document lacking one of the pairs", () => {
    expect(marked(signatures, phrase("chuyển đổi số"), 3)).not.toContain(2);
    expect(marked(signatures, phrase("Quảng Ninh tăng trưởng"), 3)).toEqual([]);
  });

  it("returns the same marks after a pack and unpack", () => {
    const again = PairSignatures.unpack(JSON.parse(JSON.stringify(signatures.pack())));
    for (const text of ["chuyển đổi số", "tăng trưởng GRDP", "giao thông"]) {
      expect(marked(again, phrase(text), 3)).toEqual(marked(signatures, phrase(text), 3));
    }
  });

  it.each([
    ["not an object", 5],
    ["a missing member", { groups: "" }],
    ["truncated words", { groups: Buffer.from(new Int32Array([0, 1, 64, 0]).buffer).toString("base64"), words: "AAAA" }],
  ])("throws when unpacking %s", (_name, packed) => {
    expect(() => PairSignatures.unpack(packed)).toThrow(/signatures/);
  });

  it("marks every seed article containing a phrase taken from it (no false negatives)", () => {
    const seeds = seedArticles();
    const [segment] = createSearchIndex(seeds).segments();
    seeds.forEach((article, id) => {
      const words = searchTokens(article.paragraphs[0] ?? article.title).folded.slice(0, 4);
      if (words.length < 2) return;
      expect(marked(segment!.signatures, phrasePairs([{ verify: { syllables: words } }]), seeds.length)).toContain(id);
    });
  });
});

describe("phrasePairs", () => {
  it("returns the adjacent pairs and triples of each checked phrase, none for a single syllable", () => {
    expect(phrasePairs([{ verify: { syllables: ["tăng", "trưởng", "grdp"] } }, { verify: { syllables: ["lâm"] } }, { verify: null }])).toHaveLength(3);
  });
});
