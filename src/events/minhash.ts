// NOTE: 64 hash functions in 16 bands of 4 rows: a pair with Jaccard 0.6 shares a band with
// probability ≈ 0.9, a pair at 0.2 with ≈ 0.03 (candidates are then checked exactly).
/** Hash functions per MinHash signature. */
export const MINHASH_SIZE = 64;
/** Rows per LSH band; `MINHASH_SIZE / BAND_ROWS` bands. */
export const BAND_ROWS = 4;

function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, index) => mix(index + 1, 0x9e3779b9));

/** The MinHash signature of a shingle set: per hash function, the smallest hash. */
export function minhashSignature(shingles: Uint32Array): Uint32Array {
  const signature = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const value = mix(shingle, SEEDS[k] as number);
      if (value < (signature[k] as number)) signature[k] = value;
    }
  }
  return signature;
}

// NOTE: a band key is two 32-bit hashes of the band's index and rows folded into 53 bits (a
// double without loss): no string per band and article, and 16 bands of 100k articles share a
// key by chance with odds of about 1e-4 (a shared key only adds a candidate, checked exactly).
function bandHash(signature: Uint32Array, start: number, seed: number): number {
  let hash = mix(start, seed);
  for (let k = start; k < start + BAND_ROWS; k++) hash = mix((hash ^ (signature[k] as number)) >>> 0, seed);
  return hash;
}

/** The LSH band keys of a signature: texts sharing a key are near-duplicate candidates. */
export function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let start = 0; start + BAND_ROWS <= signature.length; start += BAND_ROWS) {
    keys.push(bandHash(signature, start, 0x2545f491) * 0x200000 + (bandHash(signature, start, 0x6a09e667) >>> 11));
  }
  return keys;
}

/** The share of equal positions of two signatures: an estimate of their sets' Jaccard. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) equal++;
  return a.length === 0 ? 0 : equal / a.length;
}
