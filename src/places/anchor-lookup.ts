import type { PatternMap, TextPattern } from "./text-patterns.ts";

// NOTE: a code unit whose lowercase is not one code unit of its own in every context (İ, Σ):
// a word holding one is looked up the slow way, by `toLowerCase`.
const NO_SIMPLE_LOWER = 0xffff;
let lowerTable: Uint16Array | null = null;

function buildLowerTable(): Uint16Array {
  const lower = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const mapped = code >= 0xd800 && code <= 0xdfff ? "" : String.fromCharCode(code).toLowerCase();
    lower[code] = mapped.length === 1 ? mapped.charCodeAt(0) : NO_SIMPLE_LOWER;
  }
  // NOTE: capital sigma lowercases to σ or ς depending on the letters around it.
  lower[0x3a3] = NO_SIMPLE_LOWER;
  return lower;
}

interface AnchorEntry {
  readonly key: string;
  readonly patterns: readonly TextPattern[];
}

/** A pattern map's anchors by the hash of their spelling, with the lowercase table. */
export interface AnchorIndex {
  readonly patterns: PatternMap;
  readonly byHash: ReadonlyMap<number, readonly AnchorEntry[]>;
  readonly lower: Uint16Array;
}

const HASH_MULTIPLIER = 31;
const indexes = new WeakMap<PatternMap, ReadonlyMap<number, readonly AnchorEntry[]>>();

function hashOf(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) hash = (Math.imul(hash, HASH_MULTIPLIER) + key.charCodeAt(i)) | 0;
  return hash;
}

function indexOf(patterns: PatternMap): ReadonlyMap<number, readonly AnchorEntry[]> {
  let index = indexes.get(patterns);
  if (!index) {
    const built = new Map<number, AnchorEntry[]>();
    for (const [key, list] of patterns) {
      const hash = hashOf(key);
      const bucket = built.get(hash);
      if (bucket) bucket.push({ key, patterns: list });
      else built.set(hash, [{ key, patterns: list }]);
    }
    index = built;
    indexes.set(patterns, index);
  }
  return index;
}

function matchesLowered(key: string, text: string, start: number, lower: Uint16Array): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== lower[text.charCodeAt(start + k)]) return false;
  return true;
}

function hasSimpleLowercase(text: string, start: number, end: number, lower: Uint16Array): boolean {
  for (let i = start; i < end; i++) if (lower[text.charCodeAt(i)] === NO_SIMPLE_LOWER) return false;
  return true;
}

/** Whether `text[start, end)` lowercased is one of `spellings` (lowercase): `spellings.includes(word.toLowerCase())` without the copies. */
export function isSpelledAs(text: string, start: number, end: number, spellings: readonly string[]): boolean {
  lowerTable ??= buildLowerTable();
  const lower = lowerTable;
  if (!hasSimpleLowercase(text, start, end, lower)) return spellings.includes(text.slice(start, end).toLowerCase());
  for (const spelling of spellings) if (spelling.length === end - start && matchesLowered(spelling, text, start, lower)) return true;
  return false;
}

/** Whether the character at `index` changes when lowercased (a capital). */
export function isCapitalAt(text: string, index: number): boolean {
  lowerTable ??= buildLowerTable();
  const code = text.charCodeAt(index);
  const lowered = lowerTable[code] as number;
  if (lowered === NO_SIMPLE_LOWER) {
    const char = text.charAt(index);
    return char !== char.toLowerCase();
  }
  return lowered !== code;
}

/** The anchor index of a pattern map, for `findAnchor` (built once per map). */
export function anchorIndex(patterns: PatternMap): AnchorIndex {
  lowerTable ??= buildLowerTable();
  return { patterns, byHash: indexOf(patterns), lower: lowerTable };
}

/**
 * The patterns anchored on the word `text[start, end)`: `patterns.get` of the lowercased
 * word, without cutting the word out of the text or lowercasing a copy of it.
 */
export function findAnchor(index: AnchorIndex, text: string, start: number, end: number): readonly TextPattern[] | undefined {
  const { patterns, lower } = index;
  let hash = 0;
  for (let i = start; i < end; i++) {
    const code = lower[text.charCodeAt(i)] as number;
    if (code === NO_SIMPLE_LOWER) return patterns.get(text.slice(start, end).toLowerCase());
    hash = (Math.imul(hash, HASH_MULTIPLIER) + code) | 0;
  }
  const bucket = index.byHash.get(hash);
  if (!bucket) return undefined;
  for (const entry of bucket) if (entry.key.length === end - start && matchesLowered(entry.key, text, start, lower)) return entry.patterns;
  return undefined;
}
