import { fixLookalikes } from "../text/index.ts";
import { anchorIndex, findAnchor, isCapitalAt, isSpelledAs } from "./anchor-lookup.ts";
import { isFalseMention } from "./false-mention.ts";
import {
  RAW as RAW_FLAG,
  UPPER as UPPER_FLAG,
  WORD as WORD_FLAG,
  charTable,
  syllableEnd,
  syllableSpanAfter,
  syllableSpanBefore,
  type SyllableSpan,
} from "./read-syllables.ts";
import type { PlaceEntryType } from "./place-entries.ts";
import type { GapKind, PatternMap, TextPattern } from "./text-patterns.ts";

// NOTE: local copies of the imported flags: under tsx an imported binding is read through a
// getter, which costs when read for every character.
const WORD = WORD_FLAG;
const UPPER = UPPER_FLAG;
const RAW = RAW_FLAG;

/** A place name found in text: the current province it counts for and where it was written. */
export interface PlaceMatch {
  readonly province: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** Whether the name is a province's own (current or former), not a district's or a place's. */
  readonly provinceLevel: boolean;
  /** What the name is: a current or former province's, a district's, a place's, an alias. */
  readonly type: PlaceEntryType;
}

const SPACE_GAP = /^[ \t\u00A0]+$/;
const DASH_GAP = /^[ \t\u00A0]*[-–—][ \t\u00A0]*$/;
const DOT_GAP = /^\.[ \t\u00A0]*$/;
const LOOSE_GAP = /^[^\p{L}\p{M}\p{N}\n]{1,3}$/u;

function gapFits(kind: GapKind, gap: string): boolean {
  if (SPACE_GAP.test(gap)) return true;
  switch (kind) {
    case "space":
      return false;
    case "dash":
      return DASH_GAP.test(gap);
    case "dot":
      return DOT_GAP.test(gap);
    case "loose":
      return LOOSE_GAP.test(gap);
  }
}

/** The syllables around one capitalized syllable, read once and shared by its candidate patterns. */
class Surroundings {
  private readonly after: (SyllableSpan | null)[] = [];
  private readonly before: (SyllableSpan | null)[] = [];

  constructor(
    readonly text: string,
    readonly anchorStart: number,
    readonly anchorEnd: number,
  ) {}

  /** The k-th syllable after the anchor (k ≥ 1), or null. */
  afterAt(k: number): SyllableSpan | null {
    while (this.after.length < k) {
      const last = this.after.length === 0 ? this.anchorEnd : this.after[this.after.length - 1]?.end;
      this.after.push(last === undefined ? null : syllableSpanAfter(this.text, last));
    }
    return this.after[k - 1] ?? null;
  }

  /** The k-th syllable before the anchor (k ≥ 1), or null. */
  beforeAt(k: number): SyllableSpan | null {
    while (this.before.length < k) {
      const last = this.before.length === 0 ? this.anchorStart : this.before[this.before.length - 1]?.start;
      this.before.push(last === undefined ? null : syllableSpanBefore(this.text, last));
    }
    return this.before[k - 1] ?? null;
  }
}

function fits(text: string, pattern: TextPattern, index: number, syllable: SyllableSpan | null, gapKind: GapKind): syllable is SyllableSpan {
  if (!syllable || !isSpelledAs(text, syllable.start, syllable.end, pattern.syllables[index] as readonly string[])) return false;
  if (pattern.capital[index] && !isCapitalAt(text, syllable.start)) return false;
  // NOTE: a single space, the usual gap, fits every kind.
  if (syllable.gapEnd - syllable.gapStart === 1 && text.charCodeAt(syllable.gapStart) === 0x20) return true;
  return gapFits(gapKind, text.slice(syllable.gapStart, syllable.gapEnd));
}

/** Where a pattern spans around its anchor, or null when the syllables around differ. */
function spanOf(around: Surroundings, pattern: TextPattern): [number, number] | null {
  let start = around.anchorStart;
  for (let i = pattern.anchor - 1, k = 1; i >= 0; i--, k++) {
    const before = around.beforeAt(k);
    if (!fits(around.text, pattern, i, before, pattern.gaps[i] as GapKind)) return null;
    start = before.start;
  }
  let end = around.anchorEnd;
  for (let i = pattern.anchor + 1, k = 1; i < pattern.syllables.length; i++, k++) {
    const after = around.afterAt(k);
    if (!fits(around.text, pattern, i, after, pattern.gaps[i - 1] as GapKind)) return null;
    end = after.end;
  }
  return [start, end];
}

/** Finds the names of prepared text; null when the text turns out to need preparing first. */
function findNames(text: string, patterns: PatternMap, prepared: boolean): PlaceMatch[] | null {
  const table = charTable();
  const anchors = anchorIndex(patterns);
  const stop = prepared ? UPPER : UPPER | RAW;
  const found: PlaceMatch[] = [];
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const flags = table[text.charCodeAt(i)] as number;
    if ((flags & stop) === 0) continue;
    if (!prepared && (flags & RAW) !== 0) return null;
    if ((flags & UPPER) === 0) continue;
    // NOTE: a capital inside a syllable ("iPhone", "H'Mông") does not start a name.
    if (i > 0) {
      const before = text.charCodeAt(i - 1);
      if (((table[before] as number) & WORD) !== 0) continue;
      if ((before === 0x27 || before === 0x2019) && i > 1 && ((table[text.charCodeAt(i - 2)] as number) & WORD) !== 0) continue;
    }
    let anchorEnd = i + 1;
    while (anchorEnd < length && ((table[text.charCodeAt(anchorEnd)] as number) & WORD) !== 0) anchorEnd++;
    const stopCode = anchorEnd < length ? text.charCodeAt(anchorEnd) : 0;
    if (stopCode === 0x27 || stopCode === 0x2019) anchorEnd = syllableEnd(text, i);
    const candidates = findAnchor(anchors, text, i, anchorEnd);
    let next = anchorEnd;
    if (candidates) {
      const around = new Surroundings(text, i, anchorEnd);
      for (const pattern of candidates) {
        const span = spanOf(around, pattern);
        if (!span || isFalseMention(text, span[0], span[1], pattern.provinceLevel)) continue;
        found.push({ province: pattern.province, name: pattern.name, start: span[0], end: span[1], provinceLevel: pattern.provinceLevel, type: pattern.type });
        next = span[1];
        break;
      }
    }
    // NOTE: the syllables jumped over are checked for combining marks too.
    if (!prepared) for (let j = i; j < next; j++) if (((table[text.charCodeAt(j)] as number) & RAW) !== 0) return null;
    i = next - 1;
  }
  return found;
}

/**
 * Finds the place names of a text, longest first, left to right, never overlapping. A name
 * counts only when each of its capitalized syllables is capitalized in the text ("Hòa Bình",
 * not "hòa bình") and it is not part of a longer capitalized name, a person's name, a
 * commune or street named after it, or a foreign place. Unicode form and tone-mark style do
 * not matter.
 * NOTE: decomposed text (or text with the look-alike Ð) is composed and scanned again, so
 * match offsets then refer to the composed text.
 */
export function scanPlaces(text: string, patterns: PatternMap): PlaceMatch[] {
  return findNames(text, patterns, false) ?? (findNames(fixLookalikes(text.normalize("NFC")), patterns, true) as PlaceMatch[]);
}
