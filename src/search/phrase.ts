import { foldText, normalizeText, PAIR_JOINER, syllables } from "../text/index.ts";

// NOTE: Vietnamese vowels and đ by their folded letter; used to match a syllable whatever
// accents or tone style the text uses, then the match is compared normalized.
const ACCENTED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
const VARIANTS = new Map<string, string>();
for (const letter of ACCENTED) {
  const base = foldText(letter);
  VARIANTS.set(base, (VARIANTS.get(base) ?? base) + letter);
}

const escape = (char: string): string => char.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

function syllablePattern(syllable: string): string {
  let out = "";
  for (const char of foldText(syllable)) {
    const variants = VARIANTS.get(char);
    out += variants ? `[${variants}]\\p{M}*` : `${escape(char)}\\p{M}*`;
  }
  return out;
}

/** Tells whether a text contains a phrase; built once per query. */
export type PhraseMatcher = (text: string) => boolean;

/**
 * Creates a matcher for a phrase's syllables (normalized, stopwords included): an
 * accent-insensitive regex finds candidates, which must then equal the phrase once
 * normalized (folded when `accented` is false).
 */
export function createPhraseMatcher(words: readonly string[], accented: boolean): PhraseMatcher {
  const source = `(?<![\\p{L}\\p{M}\\p{N}])${words.map(syllablePattern).join("[\\s\\-‐'’]+")}(?![\\p{L}\\p{M}\\p{N}])`;
  const regex = new RegExp(source, "giu");
  const wanted = (accented ? words : words.map(foldText)).join(" ");
  return (text) => {
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) {
      const found = syllables(match[0]);
      if ((accented ? found : found.map(foldText)).join(" ") === wanted) return true;
    }
    return false;
  };
}

/** What a candidate's text shows: the accented query syllables it writes exactly, the query pairs it writes adjacently. */
export interface TextEvidence {
  readonly exact: Set<string>;
  readonly pairs: Set<string>;
}

/** Finds the evidence in an article's texts; built once per query. */
export type TextCheck = (texts: readonly string[]) => TextEvidence;

// NOTE: two syllables are adjacent when only spaces or one hyphen separate them, as for the
// index's pairs (a stopword or punctuation between them breaks the pair).
const ADJACENT = /^(?:\s+|[-‐])$/u;

/**
 * Creates a check for a query's normalized non-stopword syllables and folded pairs: an
 * accent-insensitive regex finds the syllables in order; a match counts as exact when its
 * normalized form is the query's accented one, and two matches adjacent in the text as the
 * pair of their folded forms. Stops once everything is found.
 */
export function createTextCheck(words: readonly string[], pairs: readonly string[]): TextCheck {
  const accented = new Set(words.filter((word) => foldText(word) !== word));
  const wanted = new Set(pairs);
  const regex = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${words.map(syllablePattern).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "giu");
  // NOTE: the same few spellings match again and again ("làm", "Lâm"), so their normalized
  // and folded forms are cached for the query's lifetime.
  const forms = new Map<string, { word: string; folded: string }>();
  const formOf = (surface: string): { word: string; folded: string } => {
    let form = forms.get(surface);
    if (!form) {
      const word = normalizeText(surface);
      form = { word, folded: foldText(word) };
      forms.set(surface, form);
    }
    return form;
  };
  return (texts) => {
    const exact = new Set<string>();
    const found = new Set<string>();
    for (const text of texts) {
      let previous: string | null = null;
      let end = -1;
      regex.lastIndex = 0;
      for (const match of text.matchAll(regex)) {
        const { word, folded } = formOf(match[0]);
        if (accented.has(word)) exact.add(word);
        if (previous !== null && ADJACENT.test(text.slice(end, match.index))) {
          const pair = previous + PAIR_JOINER + folded;
          if (wanted.has(pair)) found.add(pair);
        }
        previous = folded;
        end = match.index + match[0].length;
        if (exact.size === accented.size && found.size === wanted.size) return { exact, pairs: found };
      }
    }
    return { exact, pairs: found };
  };
}
