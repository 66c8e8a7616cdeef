import { foldText } from "./fold.ts";
import { normalizeText } from "./normalize.ts";
import { isStopword } from "./stopwords.ts";

// NOTE: `\w` is ASCII-only and would delete Vietnamese letters; syllables are runs of
// Unicode letters, marks and digits (an apostrophe inside H'Mông is kept). A Vietnamese
// number ("85.050", "11,89") is one token: its separators sit between digits.
const SYLLABLE = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
// NOTE: phrase breaks end a run of adjacent syllables, so no pair spans "Hà Nội, Hải Phòng";
// a dot or comma between two digits is part of a number, not a break.
const PHRASE_BREAK = /(?:[;:!?()[\]{}"“”‘«»…–—|/\\\n]|(?<!\p{N})[.,]|[.,](?!\p{N}))+|\s[-–]\s/u;

/** Joins the two syllables of an adjacent-syllable pair term ("quảng_ninh"). */
export const PAIR_JOINER = "_";

/** Splits normalized text into phrases, each a list of syllables. */
export function syllablePhrases(normalized: string): string[][] {
  return normalized
    .split(PHRASE_BREAK)
    .map((phrase) => phrase.match(SYLLABLE) ?? [])
    .filter((syllables) => syllables.length > 0);
}

/** The normalized syllables of a text, in order (stopwords included). */
export function syllables(text: string): string[] {
  return normalizeText(text).match(SYLLABLE) ?? [];
}

function pushForms(out: string[], term: string): void {
  const folded = foldText(term);
  out.push(folded);
  if (folded !== term) out.push(term);
}

/**
 * The index terms of a text: every non-stopword syllable and every adjacent pair inside a
 * phrase, each in its folded form plus its accented form when that differs.
 * NOTE: the same function tokenizes queries, so an unaccented query yields folded terms
 * only and an accented one also yields the accented terms, which rank exact matches first.
 */
export function indexTerms(text: string): string[] {
  const out: string[] = [];
  for (const phrase of syllablePhrases(normalizeText(text))) {
    for (let i = 0; i < phrase.length; i++) {
      const word = phrase[i] as string;
      const stop = isStopword(word);
      if (!stop) pushForms(out, word);
      const next = phrase[i + 1];
      if (next !== undefined && !stop && !isStopword(next)) pushForms(out, word + PAIR_JOINER + next);
    }
  }
  return out;
}

/** Whether an index term carries diacritics (an accented form rather than a folded one). */
export function isAccentedTerm(term: string): boolean {
  return foldText(term) !== term;
}

/** Whether an index term is an adjacent-syllable pair. */
export function isPairTerm(term: string): boolean {
  return term.includes(PAIR_JOINER);
}
