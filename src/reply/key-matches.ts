import { foldText, normalizeText } from "../text/index.ts";
import { syllableKey } from "./syllable-key.ts";
import { tokenizeSentence } from "./sentence-tokens.ts";

/** How a sentence's syllables meet a set of wanted keys. */
export interface KeyMatches {
  /** Syllables whose key is wanted. */
  readonly count: number;
  /** Distinct wanted keys among them. */
  readonly distinct: number;
  /** Syllables in the sentence. */
  readonly syllables: number;
}

// NOTE: the sentence is read character by character and each syllable's key hashed on the way
// (no substring, no string per syllable); only a syllable whose hash is wanted gets its key
// made and compared. A character folds on its own (`FOLD`) when the key of a syllable is the
// keys of its characters joined: ASCII, Latin letters whose marks fold away, combining marks
// (dropped), apostrophes. A syllable holding any other character has its key made whole.
const OTHER = 0;
const LETTER = 1;
const MARK = 2;
const DIGIT = 3;
const DROP = 0xfffe;
const WHOLE = 0xffff;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const SURROGATE = /[\uD800-\uDFFF]/;

let tables: { readonly classes: Uint8Array; readonly folds: Uint16Array } | null = null;

function foldsAlone(code: number): boolean {
  return code < 0x250 || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x300 && code <= 0x36f) || code === RIGHT_QUOTE;
}

function charTables(): { readonly classes: Uint8Array; readonly folds: Uint16Array } {
  if (tables) return tables;
  const classes = new Uint8Array(0x10000);
  const folds = new Uint16Array(0x10000).fill(WHOLE);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    classes[code] = /\p{L}/u.test(char) ? LETTER : /\p{M}/u.test(char) ? MARK : /\p{N}/u.test(char) ? DIGIT : OTHER;
    if (!foldsAlone(code)) continue;
    if (code >= 0x300 && code <= 0x36f) folds[code] = DROP;
    else {
      const key = foldText(normalizeText(char));
      if (key.length === 1 && (key.charCodeAt(0) < 0x80 || key === char)) folds[code] = key.charCodeAt(0);
    }
  }
  tables = { classes, folds };
  return tables;
}

const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hashOf(key: string): number {
  let hash = FNV_BASIS;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME);
  return hash;
}

/**
 * A counter of the syllables of a sentence whose `syllableKey` is one of `wanted`: syllables
 * as `tokenizeSentence` reads them, the same counts it would give, without tokenizing.
 */
export function createKeyCounter(wanted: ReadonlySet<string>): (sentence: string) => KeyMatches {
  const { classes, folds } = charTables();
  const hashes = new Set<number>();
  for (const key of wanted) hashes.add(hashOf(key));
  const counted = (keys: readonly string[]): KeyMatches => {
    let count = 0;
    const distinct = new Set<string>();
    for (const key of keys) {
      if (!wanted.has(key)) continue;
      count++;
      distinct.add(key);
    }
    return { count, distinct: distinct.size, syllables: keys.length };
  };
  return (sentence) => {
    if (SURROGATE.test(sentence)) return counted(tokenizeSentence(sentence).keys);
    const length = sentence.length;
    let count = 0;
    let syllables = 0;
    let distinct: Set<string> | null = null;
    let at = 0;
    while (at < length) {
      if (classes[sentence.charCodeAt(at)] === OTHER) {
        at++;
        continue;
      }
      const start = at;
      let hash = FNV_BASIS;
      let alone = true;
      let inside = true;
      for (; at < length; at++) {
        const code = sentence.charCodeAt(at);
        const kind = classes[code] as number;
        if (kind === OTHER || (!inside && kind === DIGIT)) {
          // NOTE: an apostrophe followed by letters or marks continues the syllable (H'Mông).
          if (code !== APOSTROPHE && code !== RIGHT_QUOTE) break;
          const next = classes[sentence.charCodeAt(at + 1)];
          if (at + 1 >= length || (next !== LETTER && next !== MARK)) break;
          inside = false;
        }
        const fold = folds[code] as number;
        if (fold === WHOLE) alone = false;
        else if (fold !== DROP) hash = Math.imul(hash ^ fold, FNV_PRIME);
      }
      syllables++;
      let key: string | null = null;
      if (!alone) {
        key = syllableKey(sentence.slice(start, at));
        hash = hashOf(key);
      }
      if (!hashes.has(hash)) continue;
      key ??= syllableKey(sentence.slice(start, at));
      if (!wanted.has(key)) continue;
      count++;
      (distinct ??= new Set()).add(key);
    }
    return { count, distinct: distinct?.size ?? 0, syllables };
  };
}
