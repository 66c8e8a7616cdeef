import { foldText } from "../text/index.ts";

// NOTE: the documents field lives in its own namespace: a code term cannot collide with a
// syllable or pair of the text fields because it is only looked up in that field.
/** The single search term of a document code: folded, lowercase, non-alphanumerics as `_` ("24-CT/TW" → "24_ct_tw"). */
export function documentTerm(code: string): string {
  return foldText(code.normalize("NFC"))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "");
}

// NOTE: a code has letters and digits joined by "-" or "/" ("24-CT/TW", "35/2023/UBTVQH15",
// "01-NQ/TU"); dates such as 27/1/2026 also match, harmlessly (no document has that term).
const CODE = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{N}]+(?:[-/.][\p{L}\p{M}\p{N}]+)+(?![\p{L}\p{M}\p{N}])/gu;

/** The document-code terms a query names ("Chỉ thị 24-CT/TW" → ["24_ct_tw"]). */
export function queryDocumentTerms(query: string): string[] {
  const out = new Set<string>();
  for (const match of query.normalize("NFC").matchAll(CODE)) {
    const raw = match[0];
    if (!/\p{N}/u.test(raw) || !/\p{L}/u.test(raw) || !/[-/]/.test(raw)) continue;
    out.add(documentTerm(raw));
  }
  return [...out];
}
