import { foldText, syllables } from "../text/index.ts";

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
