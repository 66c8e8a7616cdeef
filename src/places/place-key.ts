import { foldText, normalizeText } from "../text/index.ts";

// NOTE: apostrophes inside names (M'Đrắk, Cư M'gar) are dropped so "Mdrak" still matches.
const APOSTROPHES = /['’ʼ`]/g;
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/** The accented lookup key of a place name: normalized, lowercase, punctuation as single spaces. */
export function placeKey(text: string): string {
  return normalizeText(text).replace(APOSTROPHES, "").replace(NON_WORD, " ").trim();
}

/** The accent-free form of a key ("quảng ninh" → "quang ninh"). */
export function foldedKey(key: string): string {
  return foldText(key);
}

/** The accent-free key without spaces ("hà nội" → "hanoi"), for users who glue syllables. */
export function compactKey(key: string): string {
  return foldText(key).replace(/ /g, "");
}

/** A type word that may start a typed place name, and which units it selects. */
export type PrefixKind = "province" | "city" | "quận" | "huyện" | "thị xã" | "any";

// NOTE: accented syllables; an unaccented query syllable matches the folded form, so "quan"
// strips like "quận" but "quản" does not.
const PREFIXES: readonly (readonly [readonly string[], PrefixKind])[] = [
  [["thành", "phố"], "city"],
  [["tp"], "city"],
  [["t", "p"], "city"],
  [["tỉnh"], "province"],
  [["quận"], "quận"],
  [["huyện"], "huyện"],
  [["thị", "xã"], "thị xã"],
  [["tx"], "thị xã"],
  [["thủ", "đô"], "any"],
  [["cố", "đô"], "any"],
];

function syllableIs(typed: string, word: string): boolean {
  return typed === word || (typed === foldText(typed) && typed === foldText(word));
}

/** Splits a leading type word off a key ("tp hạ long" → city, "hạ long"); null when none. */
export function stripPrefix(key: string): { readonly kind: PrefixKind; readonly rest: string } | null {
  const syllables = key.split(" ");
  for (const [words, kind] of PREFIXES) {
    if (syllables.length <= words.length) continue;
    if (words.every((word, i) => syllableIs(syllables[i] as string, word))) {
      return { kind, rest: syllables.slice(words.length).join(" ") };
    }
  }
  return null;
}

/** The URL-style id of a name: folded, lowercase, hyphen-joined ("Hồ Chí Minh" → "ho-chi-minh"). */
export function slugOf(name: string): string {
  return foldText(normalizeText(name)).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}
