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

// NOTE: the tokenizer's hot path. Texts are split into syllables as written (NFC only) and
// each syllable is normalized and folded on its own, through a cache: a corpus has a few tens
// of thousands of distinct spellings, so whole-text normalization (several Unicode and regex
// passes over every character) is skipped. Normalization never moves a syllable boundary
// (it maps letters and marks to letters and marks), so the syllables and phrases are those of
// the normalized text; tests keep `foldedTerms` in step with `indexTerms`. Stopwords are
// decided on the normalized (accented) syllable ("tại" is one, "tài" is not). The cache is
// dropped past MAX_CACHED.
const MAX_CACHED = 200_000;
const syllableCache = new Map<string, string | null>();

/** The folded form of a syllable as written, null for a stopword; cached. */
export function foldSyllable(written: string): string | null {
  let folded = syllableCache.get(written);
  if (folded === undefined) {
    if (syllableCache.size >= MAX_CACHED) syllableCache.clear();
    const word = normalizeText(written);
    folded = isStopword(word) ? null : foldText(word);
    syllableCache.set(written, folded);
  }
  return folded;
}

/**
 * What the tokenizer reports, for a caller that resolves terms its own way (the bulk build
 * resolves them to posting slots, not strings): `syllable` resolves a syllable as written
 * (null for a stopword) and is called for every syllable, in text order; `pair` resolves two
 * adjacent resolved syllables; `term` receives each term in order.
 */
export interface TermVisitor<T> {
  syllable(written: string): T | null;
  pair(first: T, second: T): T;
  term(value: T): void;
}

/**
 * Visits the folded index terms of a text: every non-stopword syllable and, with `pairs`,
 * every adjacent pair inside a phrase, in text order, repeated. `foldedTerms` and
 * `foldedSyllables` are this with strings.
 */
export function visitFoldedTerms<T>(text: string, pairs: boolean, visitor: TermVisitor<T>): void {
  if (!text) return;
  for (const phrase of syllablePhrases(text.normalize("NFC"))) {
    let previous: T | null = null;
    for (const word of phrase) {
      const resolved = visitor.syllable(word);
      if (resolved === null) {
        previous = null;
        continue;
      }
      visitor.term(resolved);
      if (pairs && previous !== null) visitor.term(visitor.pair(previous, resolved));
      previous = resolved;
    }
  }
}

function collect(text: string, pairs: boolean): string[] {
  const out: string[] = [];
  visitFoldedTerms<string>(text, pairs, {
    syllable: foldSyllable,
    pair: (first, second) => first + PAIR_JOINER + second,
    term: (term) => out.push(term),
  });
  return out;
}

/**
 * The folded index terms of a text: the folded forms of `indexTerms` (every non-stopword
 * syllable and adjacent pair inside a phrase, in text order, repeated), without the accented
 * twins. The search index stores these only; accents are ranked by re-checking the text.
 */
export function foldedTerms(text: string): string[] {
  return collect(text, true);
}

/** The folded non-stopword syllables of a text, in order, repeated: `foldedTerms` without the pairs. */
export function foldedSyllables(text: string): string[] {
  return collect(text, false);
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
