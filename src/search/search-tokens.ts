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
// of thousands of spellings, so both forms are memoized (dropped past MAX_CACHED). The memo is
// an open-addressing table probed with the text's own code units, so a syllable already seen
// costs no substring and no string hashing: each entry's hash, length and code units (in one
// pool) sit in typed arrays, compared before any string is touched, and the table starts small
// and doubles, so the probes of a corpus's common syllables stay in cache.
const MAX_CACHED = 200_000;
const MIN_SLOTS = 1 << 14;
let slots = new Int32Array(MIN_SLOTS);
let entries = 0;
const entryHashes = new Int32Array(MAX_CACHED);
const entryLengths = new Int32Array(MAX_CACHED);
const entryStarts = new Int32Array(MAX_CACHED);
let units = new Uint16Array(1 << 16);
let unitsUsed = 0;
let normalizedForms: string[] = [];
let foldedForms: string[] = [];
let generation = 0;

/** The memo entry of `text.slice(start, end)`, made when absent. */
function formsAt(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return formsHashed(text, start, end, hash);
}

/** `formsAt` given the FNV-1a hash of the syllable's code units. */
function formsHashed(text: string, start: number, end: number, written: number): number {
  const hash = written | 0;
  const length = end - start;
  const mask = slots.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const entry = (slots[slot] as number) - 1;
    if (entry < 0) return addForms(text, start, end, hash, slot);
    if (entryHashes[entry] !== hash || entryLengths[entry] !== length) continue;
    const from = entryStarts[entry] as number;
    let i = 0;
    while (i < length && units[from + i] === text.charCodeAt(start + i)) i++;
    if (i === length) return entry;
  }
}

/** Memoizes the forms of `text.slice(start, end)` (absent, its free slot found); returns its entry. */
function addForms(text: string, start: number, end: number, hash: number, slot: number): number {
  if (entries >= MAX_CACHED) {
    slots = new Int32Array(MIN_SLOTS);
    entries = 0;
    unitsUsed = 0;
    generation++;
    normalizedForms = [];
    foldedForms = [];
    return formsHashed(text, start, end, hash);
  }
  const length = end - start;
  if (unitsUsed + length > units.length) {
    const next = new Uint16Array(Math.max(units.length * 2, unitsUsed + length));
    next.set(units.subarray(0, unitsUsed));
    units = next;
  }
  for (let i = 0; i < length; i++) units[unitsUsed + i] = text.charCodeAt(start + i);
  const entry = entries++;
  entryHashes[entry] = hash;
  entryLengths[entry] = length;
  entryStarts[entry] = unitsUsed;
  unitsUsed += length;
  const normalized = normalizeText(text.slice(start, end));
  normalizedForms.push(normalized);
  foldedForms.push(foldText(normalized));
  slots[slot] = entry + 1;
  if (entries * 2 > slots.length) rehash(slots.length * 2);
  return entry;
}

/** Moves the memo's entries to a table of `size` slots. */
function rehash(size: number): void {
  const next = new Int32Array(size);
  const mask = size - 1;
  for (let entry = 0; entry < entries; entry++) {
    let slot = (entryHashes[entry] as number) & mask;
    while (next[slot] !== 0) slot = (slot + 1) & mask;
    next[slot] = entry + 1;
  }
  slots = next;
}

/** The number of times the syllable memo was emptied: a memo entry (`TokenSink.syllable`) means one spelling until it changes. */
export function memoGeneration(): number {
  return generation;
}

/** The normalized form of a syllable memo entry. */
export function memoNormalized(entry: number): string {
  return normalizedForms[entry] as string;
}

/** The folded form of a syllable memo entry. */
export function memoFolded(entry: number): string {
  return foldedForms[entry] as string;
}

/** The normalized (lowercase, NFC, canonical tone) and folded forms of one syllable as written. */
export function syllableForms(word: string): readonly [normalized: string, folded: string] {
  const entry = formsAt(word, 0, word.length);
  return [normalizedForms[entry] as string, foldedForms[entry] as string];
}

// NOTE: the tokenizer runs over every text at index time and over candidates' texts at query
// time, so it scans code units against a class table instead of running the patterns above;
// a text with characters outside the BMP (surrogates) takes the patterns' path.
const OTHER = 0;
const LETTER = 1;
const MARK = 2;
const DIGIT = 3;
let classes: Uint8Array | null = null;

function classTable(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    table[code] = /\p{L}/u.test(char) ? LETTER : /\p{M}/u.test(char) ? MARK : /\p{N}/u.test(char) ? DIGIT : OTHER;
  }
  classes = table;
  return table;
}

const SURROGATE = /[\uD800-\uDFFF]/;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const DOT = 0x2e;
const COMMA = 0x2c;
const SPACE = 0x20;

type Visit = (normalized: string, folded: string, broken: boolean) => void;

/** What receives a text's tokens from `scanTokens`, in order. */
export interface TokenSink {
  /** Whether the sink reads `broken` (false: it is always given false, at no cost). */
  readonly breaks: boolean;
  /** A syllable, by its memo entry (`memoNormalized`, `memoFolded`; valid while `memoGeneration` holds). */
  syllable(entry: number, broken: boolean): void;
  /** A number or part of one, outside the memo (its normalized and folded forms are the same). */
  number(digits: string, broken: boolean): void;
}

/** Visits one token as written: a syllable (split where digits meet letters) or a number with separators. */
function visitWritten(written: string, numeric: boolean, broken: boolean, sink: TokenSink): void {
  if (!numeric) {
    // NOTE: digits and letters written together are two tokens, as when typed apart ("18h", "5G").
    if (!MIXED.test(written)) {
      sink.syllable(formsAt(written, 0, written.length), broken);
      return;
    }
    let first = true;
    for (const part of written.match(RUN) ?? []) {
      sink.syllable(formsAt(part, 0, part.length), first && broken);
      first = false;
    }
  } else if (GROUPED.test(written)) {
    sink.number(written.replace(/[.,]/gu, ""), broken);
  } else {
    let first = true;
    for (const part of written.split(/[.,]/u)) {
      if (!part) continue;
      sink.number(part, first && broken);
      first = false;
    }
  }
}

function visitByPattern(text: string, sink: TokenSink): void {
  TOKEN.lastIndex = 0;
  let end = -1;
  for (const match of text.matchAll(TOKEN)) {
    const written = match[0];
    const broken = end >= 0 && !CLEAN_GAP.test(text.slice(end, match.index));
    end = match.index + written.length;
    visitWritten(written, SEPARATOR.test(written) && /^\p{N}/u.test(written), broken, sink);
  }
}

/**
 * Calls `visit` with every search token of a text, in order: each syllable's normalized and
 * folded forms. Numbers are read the way people type them either way: digit groups of
 * thousands are joined ("26.262" → "26262"), other separators split ("2,8", "2.8" → "2" "8"),
 * and digits part from letters ("18h" → "18" "h").
 * Punctuation is no boundary (a phrase matches across it); `broken` tells that something
 * other than spaces or a hyphen stands before the token.
 */
export function visitTokens(text: string, visit: Visit): void {
  const previous = visiting.visit;
  visiting.visit = visit;
  try {
    scanTokens(text, visiting);
  } finally {
    visiting.visit = previous;
  }
}

/** The sink of `visitTokens`: each token's forms to its `visit`. */
const visiting = {
  breaks: true,
  visit: null as Visit | null,
  syllable(entry: number, broken: boolean): void {
    (this.visit as Visit)(normalizedForms[entry] as string, foldedForms[entry] as string, broken);
  },
  number(digits: string, broken: boolean): void {
    (this.visit as Visit)(digits, digits, broken);
  },
};

/** Gives `sink` every search token of a text, in order (see `visitTokens`): syllables by memo entry, numbers as digits. */
export function scanTokens(text: string, sink: TokenSink): void {
  if (!text) return;
  if (SURROGATE.test(text)) {
    visitByPattern(text, sink);
    return;
  }
  const table = classTable();
  const length = text.length;
  let end = -1;
  let at = 0;
  while (at < length) {
    const kind = table[text.charCodeAt(at)] as number;
    if (kind === OTHER) {
      at++;
      continue;
    }
    const start = at;
    let numeric = false;
    // NOTE: first the pattern's number alternative: digits, then one or more separator + digits.
    if (kind === DIGIT) {
      let cursor = at;
      while (cursor < length && table[text.charCodeAt(cursor)] === DIGIT) cursor++;
      while (cursor + 1 < length) {
        const code = text.charCodeAt(cursor);
        if ((code !== DOT && code !== COMMA) || table[text.charCodeAt(cursor + 1)] !== DIGIT) break;
        numeric = true;
        cursor += 2;
        while (cursor < length && table[text.charCodeAt(cursor)] === DIGIT) cursor++;
      }
      if (numeric) at = cursor;
    }
    let digits = false;
    let letters = false;
    // NOTE: the syllable's memo hash (see `formsAt`) is taken while scanning it.
    let hash = 0x811c9dc5;
    if (!numeric) {
      while (at < length) {
        const code = text.charCodeAt(at);
        const next = table[code] as number;
        if (next === OTHER) break;
        if (next === DIGIT) digits = true;
        else letters = true;
        hash = Math.imul(hash ^ code, 0x01000193);
        at++;
      }
      while (at + 1 < length) {
        const code = text.charCodeAt(at);
        if (code !== APOSTROPHE && code !== RIGHT_QUOTE) break;
        const following = text.charCodeAt(at + 1);
        const next = table[following] as number;
        if (next !== LETTER && next !== MARK) break;
        hash = Math.imul(Math.imul(hash ^ code, 0x01000193) ^ following, 0x01000193);
        at += 2;
        while (at < length) {
          const letter = text.charCodeAt(at);
          const kind = table[letter] as number;
          if (kind !== LETTER && kind !== MARK) break;
          hash = Math.imul(hash ^ letter, 0x01000193);
          at++;
        }
      }
    }
    const broken = sink.breaks && end >= 0 && !(start - end === 1 && text.charCodeAt(end) === SPACE) && !CLEAN_GAP.test(text.slice(end, start));
    end = at;
    if (numeric || (digits && letters)) visitWritten(text.slice(start, at), numeric, broken, sink);
    else sink.syllable(formsHashed(text, start, at, hash), broken);
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
