import { foldText, normalizeText } from "../text/index.ts";

// NOTE: syllables are runs of letters, marks and digits (an apostrophe inside H'Mông kept); a
// number with separators ("2,8", "26.262") is read whole, then split below.
const TOKEN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const GROUPED = /^\p{N}{1,3}(?:[.,]\p{N}{3})+$/u;
const SEPARATOR = /[.,]/u;
const MIXED = /\p{N}(?=\p{L})|\p{L}\p{M}*(?=\p{N})/u;
const RUN = /\p{N}+|[^\p{N}]+/gu;
// NOTE: what may stand between two syllables of a clean phrase: spaces or one hyphen.
const CLEAN_GAP = /^(?:\s+|\s*[-‐]\s*)$/u;

// NOTE: normalizing and folding a syllable costs a few Unicode passes; a corpus has a few tens
// of thousands of spellings, so both forms are memoized (dropped past MAX_CACHED).
const MAX_CACHED = 200_000;
const forms = new Map<string, readonly [string, string]>();

/** The normalized (lowercase, NFC, canonical tone) and folded forms of one syllable as written. */
export function syllableForms(written: string): readonly [normalized: string, folded: string] {
  let found = forms.get(written);
  if (found === undefined) {
    if (forms.size >= MAX_CACHED) forms.clear();
    const normalized = normalizeText(written);
    found = [normalized, foldText(normalized)];
    forms.set(written, found);
  }
  return found;
}

/**
 * Calls `visit` with every search token of a text, in order: each syllable's normalized and
 * folded forms. Numbers are read the way people type them either way: digit groups of
 * thousands are joined ("26.262" → "26262"), other separators split ("2,8", "2.8" → "2" "8"),
 * and digits part from letters ("18h" → "18" "h").
 * Punctuation is no boundary (a phrase matches across it); `broken` tells that something
 * other than spaces or a hyphen stands before the token.
 */
export function visitTokens(text: string, visit: (normalized: string, folded: string, broken: boolean) => void): void {
  if (!text) return;
  TOKEN.lastIndex = 0;
  let end = -1;
  for (const match of text.matchAll(TOKEN)) {
    const written = match[0];
    const broken = end >= 0 && !CLEAN_GAP.test(text.slice(end, match.index));
    end = match.index + written.length;
    const visitPart = (normalized: string, folded: string, first: boolean) => visit(normalized, folded, first && broken);
    if (!SEPARATOR.test(written) || !/^\p{N}/u.test(written)) {
      // NOTE: digits and letters written together are two tokens, as when typed apart ("18h", "5G").
      let first = true;
      for (const part of MIXED.test(written) ? (written.match(RUN) ?? []) : [written]) {
        const [normalized, folded] = syllableForms(part);
        visitPart(normalized, folded, first);
        first = false;
      }
    } else if (GROUPED.test(written)) {
      const joined = written.replace(/[.,]/gu, "");
      visitPart(joined, joined, true);
    } else {
      let first = true;
      for (const part of written.split(/[.,]/u)) {
        if (!part) continue;
        visitPart(part, part, first);
        first = false;
      }
    }
  }
}

/** The search tokens of a text (`visitTokens`): normalized and folded forms, in order. */
export function searchTokens(text: string): { readonly normalized: string[]; readonly folded: string[] } {
  const normalized: string[] = [];
  const folded: string[] = [];
  visitTokens(text.normalize("NFC"), (word, key) => {
    normalized.push(word);
    folded.push(key);
  });
  return { normalized, folded };
}
