import { normalizeText } from "../text/index.ts";
import { placeEntries, type PlaceEntry, type PlaceEntryType } from "./place-entries.ts";

/** What may separate two syllables of a name in text. */
export type GapKind = "space" | "dash" | "dot" | "loose";

/** A name compiled for scanning article text. */
export interface TextPattern {
  readonly name: string;
  readonly province: string;
  /** Per syllable, the accepted lowercase spellings (both tone-mark styles). */
  readonly syllables: readonly (readonly string[])[];
  /** Per syllable, whether the text must write it with a capital. */
  readonly capital: readonly boolean[];
  /** Per gap between syllables i and i + 1. */
  readonly gaps: readonly GapKind[];
  /** Index of the first syllable that must be capitalized; the scanner finds names by it. */
  readonly anchor: number;
  /** Whether the name is a province's own (current or former), not a smaller place's. */
  readonly provinceLevel: boolean;
  /** What the name is: a current or former province's, a district's, a place's, an alias. */
  readonly type: PlaceEntryType;
}

/** Compiled patterns keyed by every accepted lowercase spelling of their anchor syllable. */
export type PatternMap = ReadonlyMap<string, readonly TextPattern[]>;

/** The syllables of a name, as the scanner reads text. */
export const NAME_SYLLABLE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

// NOTE: type words and the nickname heads "xứ", "đất", "vùng", "cố đô": written either case
// ("Thành phố Hồ Chí Minh" at a sentence start, "thành phố Hồ Chí Minh" inside).
const CASE_FREE: ReadonlySet<string> = new Set([
  "tp", "tx", "thành", "phố", "tỉnh", "quận", "huyện", "thị", "xã", "thủ", "đô", "cố", "xứ", "đất", "vùng",
]);

// NOTE: the type words a "prefixed" name needs in front of it, by unit type.
const PREFIX_FORMS: Readonly<Record<string, readonly string[]>> = {
  "tỉnh": ["tỉnh"],
  "thành phố": ["thành phố", "TP."],
  "thị xã": ["thị xã", "TX."],
  "quận": ["quận"],
  "huyện": ["huyện"],
};

const TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * Every spelling of a lowercase syllable that normalizeText maps to the same form: the tone
 * mark on either vowel of an open oa/oe/uy ("hòa" and "hoà").
 */
export function toneVariants(syllable: string): string[] {
  const canonical = normalizeText(syllable);
  const variants = new Set([canonical]);
  const decomposed = canonical.normalize("NFD");
  const tone = TONE.exec(decomposed)?.[0];
  if (tone) {
    const bare = decomposed.replace(TONE, "");
    for (let i = 1; i <= bare.length; i++) {
      const candidate = (bare.slice(0, i) + tone + bare.slice(i)).normalize("NFC");
      if (normalizeText(candidate) === canonical) variants.add(candidate);
    }
  }
  return [...variants];
}

// NOTE: minority-language names are spelt several ways: with a typographic or a plain
// apostrophe or none ("Đắk R’Lấp", "Đắk R'Lấp", "Đắk G'Long" / "Đăk Glong"), with or without
// the breve's tone ("Đắk"/"Đăk", "Lắk"/"Lăk"). Each row lists spellings of one syllable.
const SPELLINGS: readonly (readonly string[])[] = [
  ["đắk", "đăk"],
  ["lắk", "lăk"],
  ["glong", "g'long"],
  ["glei", "g'lei"],
  ["mgar", "m'gar"],
  ["hleo", "h'leo"],
  ["rlấp", "r'lấp"],
  ["pắc", "pắk"],
];
const SPELLING_ROWS: ReadonlyMap<string, readonly string[]> = new Map(SPELLINGS.flatMap((row) => row.map((spelling) => [spelling, row] as const)));

/** Every spelling a lowercase syllable of a name may have in text: tone-mark styles, apostrophes, known variants. */
export function spellingVariants(syllable: string): string[] {
  const plain = syllable.replace(/’/gu, "'");
  const variants = new Set<string>();
  for (const spelling of SPELLING_ROWS.get(plain) ?? [plain]) {
    for (const form of toneVariants(spelling)) {
      variants.add(form);
      if (form.includes("'")) variants.add(form.replace(/'/gu, "’"));
    }
  }
  return [...variants];
}

function gapKind(gap: string): GapKind {
  if (/^\s+$/u.test(gap)) return "space";
  if (/^\s*[-–—]\s*$/u.test(gap)) return "dash";
  if (/^\.\s*$/u.test(gap)) return "dot";
  return "loose";
}

function isCapitalized(syllable: string): boolean {
  const first = syllable.charAt(0);
  return first !== first.toLowerCase();
}

/** Compiles one written name; null when nothing in it must be capitalized (it cannot anchor). */
export function compilePattern(name: string, province: string, type: PlaceEntryType = "place"): TextPattern | null {
  const written = name.normalize("NFC");
  const matches = [...written.matchAll(NAME_SYLLABLE)];
  if (matches.length === 0) return null;
  const syllables: string[][] = [];
  const capital: boolean[] = [];
  const gaps: GapKind[] = [];
  matches.forEach((match, i) => {
    const text = match[0];
    const lower = normalizeText(text);
    syllables.push(spellingVariants(lower));
    capital.push(isCapitalized(text) && !CASE_FREE.has(lower));
    if (i > 0) {
      const previous = matches[i - 1] as RegExpMatchArray;
      gaps.push(gapKind(written.slice((previous.index as number) + previous[0].length, match.index)));
    }
  });
  const anchor = capital.indexOf(true);
  return anchor < 0 ? null : { name: written, province, syllables, capital, gaps, anchor, provinceLevel: type === "current" || type === "former", type };
}

function writtenForms(entry: PlaceEntry): string[] {
  if (entry.text === "free") return [entry.name];
  if (entry.text === "never" || entry.unit === null) return [];
  return (PREFIX_FORMS[entry.unit] ?? []).map((prefix) => `${prefix} ${entry.name}`);
}

/**
 * Compiles the gazetteer names that count in article text. A name shared by entries pointing
 * to different provinces (at its best level: current, then former, then place, then
 * district) is left out; abbreviations and names marked "never" are too.
 */
export function compilePatterns(entries: readonly PlaceEntry[] = placeEntries()): PatternMap {
  const byName = new Map<string, { level: number; type: PlaceEntryType; provinces: Set<string>; written: string }>();
  for (const entry of entries) {
    if (entry.provinces.length !== 1) continue;
    for (const written of writtenForms(entry)) {
      const key = normalizeText(written).replace(/\s+/g, " ");
      const seen = byName.get(key);
      if (!seen || entry.level < seen.level) {
        byName.set(key, { level: entry.level, type: entry.type, provinces: new Set(entry.provinces), written });
      } else if (entry.level === seen.level) {
        for (const id of entry.provinces) seen.provinces.add(id);
      }
    }
  }
  const map = new Map<string, TextPattern[]>();
  for (const { type, provinces, written } of byName.values()) {
    if (provinces.size !== 1) continue;
    const pattern = compilePattern(written, [...provinces][0] as string, type);
    if (!pattern) continue;
    for (const spelling of pattern.syllables[pattern.anchor] as string[]) {
      const list = map.get(spelling);
      if (list) list.push(pattern);
      else map.set(spelling, [pattern]);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.syllables.length - a.syllables.length);
  return map;
}

let compiled: PatternMap | null = null;

/** The patterns of the whole gazetteer (`compilePatterns()`), compiled on first use. */
export function gazetteerPatterns(): PatternMap {
  compiled ??= compilePatterns();
  return compiled;
}
