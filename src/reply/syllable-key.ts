import { foldText, normalizeText } from "../text/index.ts";

// NOTE: normalizing and folding one syllable costs a few Unicode normalizations and regex
// passes; the same few tens of thousands of spellings recur, so their keys are memoized. The
// memo is dropped past MAX_CACHED (as the tokenizer's cache in terms.ts).
const MAX_CACHED = 200_000;
const keys = new Map<string, string>();

/** The matching key of a syllable as written: normalized, then folded ("Hoà" → "hoa"); memoized. */
export function syllableKey(syllable: string): string {
  let key = keys.get(syllable);
  if (key === undefined) {
    if (keys.size >= MAX_CACHED) keys.clear();
    key = foldText(normalizeText(syllable));
    keys.set(syllable, key);
  }
  return key;
}
