import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalTerms, createSearchIndex, documentTerm, foldedSyllables, foldedTerms, queryDocumentTerms } from "../../src/search/index.ts";
import { visitFoldedTerms } from "../../src/search/terms.ts";
import { foldText, indexTerms, isPairTerm } from "../../src/text/index.ts";
import { makeArticle } from "./fixtures.ts";

const CORPUS = join(import.meta.dirname, "../../../shared/corpus/dantri-unc");
const SEEDS = join(import.meta.dirname, "../../seeds");

function samples(): string[] {
  const seeds = readdirSync(SEEDS).map((file) => readFileSync(join(SEEDS, file), "utf8"));
  let corpus: string[] = [];
  try {
    corpus = readdirSync(CORPUS).slice(0, 60).map((file) => readFileSync(join(CORPUS, file), "utf8"));
  } catch {
    corpus = [];
  }
  return [...seeds, ...corpus, "Khánh Hoà, H’Mông và Đắk Lắk", "tỉnh của Quảng Ninh"];
}

describe("canonicalTerms", () => {
  it("returns indexTerms without the folded twins (same terms once folded)", () => {
    for (const text of samples()) {
      const canonical = canonicalTerms(text);
      const expected = new Set(indexTerms(text));
      const rebuilt = new Set(canonical.flatMap((term) => [term, foldText(term)]));
      expect(rebuilt).toEqual(expected);
    }
  });

  it("returns the normalized form once per occurrence", () => {
    expect(canonicalTerms("Quảng Ninh, quảng ninh")).toEqual(["quảng", "quảng_ninh", "ninh", "quảng", "quảng_ninh", "ninh"]);
  });
});

describe("foldedTerms", () => {
  it("returns the folded forms of indexTerms (the accented twins left out)", () => {
    for (const text of samples()) {
      expect(new Set(foldedTerms(text))).toEqual(new Set(indexTerms(text).map(foldText)));
      expect(foldedTerms(text).every((term) => foldText(term) === term)).toBe(true);
    }
  });

  it("keeps a stopword's folded twin when the syllable is not a stopword (tài vs tại)", () => {
    expect(foldedTerms("tài chính tại Hà Nội")).toEqual(["tai", "chinh", "tai_chinh", "ha", "noi", "ha_noi"]);
  });
});

describe("visitFoldedTerms", () => {
  it("resolves every syllable as written, stopwords included, and pairs only inside a phrase", () => {
    const written: string[] = [];
    const terms: string[] = [];
    visitFoldedTerms<string>("Tài chính tại Hà Nội; Hải Phòng", true, {
      syllable: (word) => {
        written.push(word);
        return word === "tại" ? null : word.toLowerCase();
      },
      pair: (first, second) => `${first}+${second}`,
      term: (term) => terms.push(term),
    });
    expect(written).toEqual(["Tài", "chính", "tại", "Hà", "Nội", "Hải", "Phòng"]);
    expect(terms).toEqual(["tài", "chính", "tài+chính", "hà", "nội", "hà+nội", "hải", "phòng", "hải+phòng"]);
  });
});

describe("foldedSyllables", () => {
  it("returns foldedTerms without the pairs", () => {
    for (const text of samples()) expect(foldedSyllables(text)).toEqual(foldedTerms(text).filter((term) => !isPairTerm(term)));
  });
});

describe("index build terms", () => {
  // NOTE: a snapshot keeps the index's posting lists packed (`postings.terms`); MiniSearch's
  // own `index` holds only lists MiniSearch made itself.
  const stored = (article: Parameters<typeof makeArticle>[0]): Set<string> => {
    const json = JSON.parse(createSearchIndex([makeArticle(article)]).toJSON()) as { index: [string, unknown][]; postings: { terms: string[] } };
    return new Set([...json.index.map(([term]) => term), ...json.postings.terms]);
  };
  const text = samples()[1] as string;

  it("stores the folded syllables and pairs of a lead", () => {
    expect(stored({ id: "x", lead: text })).toEqual(new Set(foldedTerms(text)));
  });

  it("stores the folded syllables only of a body", () => {
    expect(stored({ id: "x", paragraphs: text.split("\n") })).toEqual(new Set(foldedSyllables(text)));
  });
});

describe("document terms", () => {
  it.each([
    ["24-CT/TW", "24_ct_tw"],
    ["35/2023/UBTVQH15", "35_2023_ubtvqh15"],
    ["01-NQ/TU", "01_nq_tu"],
  ])("folds %s to %s", (code, term) => {
    expect(documentTerm(code)).toBe(term);
  });

  it("finds the codes a query names and nothing in plain words", () => {
    expect(queryDocumentTerms("Chỉ thị số 24-CT/TW của Bộ Chính trị")).toEqual(["24_ct_tw"]);
    expect(queryDocumentTerms("tăng trưởng GRDP")).toEqual([]);
  });
});
