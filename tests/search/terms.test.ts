import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { canonicalTerms, createSearchIndex, documentTerm, queryDocumentTerms } from "../../src/search/index.ts";
import { foldText, indexTerms } from "../../src/text/index.ts";
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

describe("index build terms", () => {
  it("stores exactly the canonical terms of each field", () => {
    const text = samples()[1] as string;
    const index = createSearchIndex([makeArticle({ id: "x", paragraphs: text.split("\n") })]);
    const stored = new Set((JSON.parse(index.toJSON()) as { terms: string[] }).terms);
    expect(stored).toEqual(new Set(canonicalTerms(text.split("\n").join("\n"))));
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
