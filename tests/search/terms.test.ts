import { describe, expect, it } from "vitest";
import { documentTerm, queryDocumentTerms } from "../../src/search/terms.ts";

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
