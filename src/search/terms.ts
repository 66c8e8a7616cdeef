import { foldText, isStopword, normalizeText, PAIR_JOINER, syllablePhrases } from "../text/index.ts";

/**
 * The index terms of a text in normalized form only: `indexTerms` without the folded twins
 * (every non-stopword syllable and adjacent pair inside a phrase, in text order, repeated).
 * Kept in step with `indexTerms` by tests.
 */
export function canonicalTerms(text: string): string[] {
  const out: string[] = [];
  if (!text) return out;
  for (const phrase of syllablePhrases(normalizeText(text))) {
    for (let i = 0; i < phrase.length; i++) {
      const word = phrase[i] as string;
      const stop = isStopword(word);
      if (!stop) out.push(word);
      const next = phrase[i + 1];
      if (next !== undefined && !stop && !isStopword(next)) out.push(word + PAIR_JOINER + next);
    }
  }
  return out;
}

// NOTE: the tokenizer's hot path. Stopwords are decided on the normalized (accented) syllable
// ("tại" is one, "tài" is not), so folding happens per syllable, cached: a corpus has a few
// tens of thousands of distinct syllables; the cache is dropped past MAX_CACHED.
const MAX_CACHED = 200_000;
const syllableCache = new Map<string, string | null>();

function foldSyllable(word: string): string | null {
  let folded = syllableCache.get(word);
  if (folded === undefined) {
    if (syllableCache.size >= MAX_CACHED) syllableCache.clear();
    folded = isStopword(word) ? null : foldText(word);
    syllableCache.set(word, folded);
  }
  return folded;
}

/**
 * The folded index terms of a text: the folded forms of `indexTerms` (every non-stopword
 * syllable and adjacent pair inside a phrase, in text order, repeated), without the accented
 * twins. The search index stores these only; accents are ranked by re-checking the text.
 */
export function foldedTerms(text: string): string[] {
  const out: string[] = [];
  if (!text) return out;
  for (const phrase of syllablePhrases(normalizeText(text))) {
    let previous: string | null = null;
    for (const word of phrase) {
      const folded = foldSyllable(word);
      if (folded === null) {
        previous = null;
        continue;
      }
      out.push(folded);
      if (previous !== null) out.push(previous + PAIR_JOINER + folded);
      previous = folded;
    }
  }
  return out;
}

/** The folded non-stopword syllables of a text, in order, repeated: `foldedTerms` without the pairs. */
export function foldedSyllables(text: string): string[] {
  const out: string[] = [];
  if (!text) return out;
  for (const phrase of syllablePhrases(normalizeText(text))) {
    for (const word of phrase) {
      const folded = foldSyllable(word);
      if (folded !== null) out.push(folded);
    }
  }
  return out;
}

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
