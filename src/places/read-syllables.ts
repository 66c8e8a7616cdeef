// NOTE: character classes are a table over the whole BMP (64 KB, built on first use);
// astral code units (surrogates) count as separators.
/** Character-class flag: a letter, combining mark or digit. */
export const WORD = 1;
/** Character-class flag: an uppercase letter. */
export const UPPER = 2;
/** Character-class flag: a combining mark or Ð/ð, which text must not contain when scanned. */
export const RAW = 4;
let table: Uint8Array | null = null;

function buildCharTable(): Uint8Array {
  const word = /[\p{L}\p{M}\p{N}]/u;
  const upper = /\p{Lu}/u;
  const flags = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (word.test(char)) flags[code] = WORD | (upper.test(char) ? UPPER : 0);
  }
  for (let code = 0x300; code <= 0x36f; code++) flags[code] = (flags[code] as number) | RAW;
  for (const code of [0xd0, 0xf0]) flags[code] = (flags[code] as number) | RAW;
  return flags;
}

/** The character-class flags of every UTF-16 code unit (WORD, UPPER, RAW), built once. */
export function charTable(): Uint8Array {
  table ??= buildCharTable();
  return table;
}

/** Whether a UTF-16 code unit is a letter, combining mark or digit. */
export function isWordCode(code: number): boolean {
  return (((table ?? charTable())[code] as number) & WORD) !== 0;
}

/** Whether a code unit is an apostrophe that may join two parts of a syllable (H'Mông, M'Đrắk). */
export function isApostropheCode(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

/** The end of the syllable starting at `start` (letters, marks, digits, inner apostrophes). */
export function syllableEnd(text: string, start: number): number {
  let end = start;
  const length = text.length;
  while (end < length) {
    const code = text.charCodeAt(end);
    if (isWordCode(code)) end++;
    else if (isApostropheCode(code) && end > start && end + 1 < length && isWordCode(text.charCodeAt(end + 1))) end++;
    else break;
  }
  return end;
}

/** A syllable read next to a position in text, with the separator in between. */
export interface Syllable {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** The separator between this syllable and the syllable it was read from. */
  readonly gap: string;
}

// NOTE: at most this many separator characters between two syllables read as adjacent.
const MAX_GAP = 8;

/** Where a syllable read next to a position lies, and the separator between them. */
export interface SyllableSpan {
  readonly start: number;
  readonly end: number;
  /** The separator: [gapStart, gapEnd) of the text. */
  readonly gapStart: number;
  readonly gapEnd: number;
}

/** Where the syllable after a position lies (at most a few separator characters away), or null. */
export function syllableSpanAfter(text: string, position: number): SyllableSpan | null {
  let start = position;
  const limit = Math.min(text.length, position + MAX_GAP + 1);
  while (start < limit && !isWordCode(text.charCodeAt(start))) start++;
  if (start >= text.length || !isWordCode(text.charCodeAt(start))) return null;
  return { start, end: syllableEnd(text, start), gapStart: position, gapEnd: start };
}

/** Where the syllable before a position lies (at most a few separator characters away), or null. */
export function syllableSpanBefore(text: string, position: number): SyllableSpan | null {
  let end = position;
  const limit = Math.max(0, position - MAX_GAP);
  while (end > limit && !isWordCode(text.charCodeAt(end - 1))) end--;
  if (end === 0 || !isWordCode(text.charCodeAt(end - 1))) return null;
  let start = end - 1;
  while (start > 0) {
    const code = text.charCodeAt(start - 1);
    if (isWordCode(code)) start--;
    else if (isApostropheCode(code) && start > 1 && isWordCode(text.charCodeAt(start - 2))) start--;
    else break;
  }
  return { start, end, gapStart: end, gapEnd: position };
}

function syllableOf(text: string, span: SyllableSpan | null): Syllable | null {
  if (!span) return null;
  const word = text.slice(span.start, span.end);
  return { text: word, lower: word.toLowerCase(), start: span.start, end: span.end, gap: text.slice(span.gapStart, span.gapEnd) };
}

/** The syllable after a position (at most a few separator characters away), or null. */
export function syllableAfter(text: string, position: number): Syllable | null {
  return syllableOf(text, syllableSpanAfter(text, position));
}

/** The syllable before a position (at most a few separator characters away), or null. */
export function syllableBefore(text: string, position: number): Syllable | null {
  return syllableOf(text, syllableSpanBefore(text, position));
}
