import { foldText, isStopword, syllables } from "../text/index.ts";

// NOTE: FNV-1a over UTF-16 code units, 32 bits; collisions between shingles of one article
// pair are rare enough not to move a Jaccard score.
function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function combine(hash: number, next: number): number {
  return (Math.imul(hash ^ next, 0x9e3779b1) + 0x7f4a7c15) >>> 0;
}

// NOTE: a word's folded hash (or STOPWORD) is memoized: a corpus has a few tens of thousands
// of distinct syllables, and folding each occurrence was most of the fingerprinting time.
const STOPWORD = -1;
const MAX_MEMO = 200_000;
const memo = new Map<string, number>();

function wordHash(word: string): number {
  let hash = memo.get(word);
  if (hash === undefined) {
    const folded = isStopword(word) ? "" : foldText(word);
    // NOTE: a stray run of combining marks folds to nothing and is no word.
    hash = folded === "" ? STOPWORD : hashString(folded);
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(word, hash);
  }
  return hash;
}

/**
 * The words shingles are made of: the text's syllables without stopwords (so function words
 * do not make unrelated texts look alike), folded (no diacritics), hashed.
 */
export function shingleWords(text: string): Uint32Array {
  const words = syllables(text);
  const out = new Uint32Array(words.length);
  let n = 0;
  for (const word of words) {
    const hash = wordHash(word);
    if (hash !== STOPWORD) out[n++] = hash;
  }
  return out.subarray(0, n);
}

/** The shingles of hashed words as sorted unique 32-bit hashes: runs of `size` consecutive words. */
export function shinglesOf(words: Uint32Array, size: number): Uint32Array {
  const hashes = new Set<number>();
  for (let i = 0; i + size <= words.length; i++) {
    let hash = size;
    for (let k = 0; k < size; k++) hash = combine(hash, words[i + k] as number);
    hashes.add(hash);
  }
  return Uint32Array.from(hashes).sort();
}

/** The shingles of a text (see `shingleWords`, `shinglesOf`). */
export function shingleHashes(text: string, size: number): Uint32Array {
  return shinglesOf(shingleWords(text), size);
}

/** The Jaccard similarity of two sorted unique hash sets (0 when both are empty). */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
