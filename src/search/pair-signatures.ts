import { foldText } from "../text/index.ts";

// NOTE: the index keeps no positions, so a phrase is checked in the text of the articles that
// may hold it. A signature is a Bloom filter, per article, of the folded syllable pairs and
// triples (stopwords included) its title, lead, body and captions write one after the other: an
// article whose signature lacks one of a phrase's pairs cannot contain the phrase, so only the
// others are checked. Pairs across punctuation or between two texts are in it too: a false
// "may hold" costs a text check, a false "cannot" would lose a hit, and there are none (both
// sides fold the same syllables).
// Layout: articles are grouped by 32 consecutive short ids; a group has one word per bit of
// its signatures, bit i of word b telling whether article i of the group has bit b. So one
// pair is checked against 32 articles with one word per bit, and a phrase against 100k
// articles in a fraction of a millisecond. A group's signatures have BITS_PER_PAIR bits per
// pair (or triple) of its longest article, two set per pair: ~3% false positives per pair.

const BITS_PER_PAIR = 6;
const GROUP = 32;
const MIN_BITS = 64;

/** A 32-bit hash of a folded syllable (FNV-1a over its UTF-16 units). */
export function syllableHash(folded: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) hash = Math.imul(hash ^ folded.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A pair of adjacent syllables by their `syllableHash`es. */
export type PairHash = readonly [first: number, second: number];

/**
 * The first member of the pair standing for three adjacent syllables: the first two mixed
 * into one hash. NOTE: a triple then costs the filter what a pair costs, and a phrase of three
 * or more syllables must match its triples too, which few articles holding its pairs do.
 */
function tripleHead(first: number, second: number): number {
  let hash = Math.imul(first ^ 0x27d4eb2f, 0x165667b1) ^ Math.imul(second, 0x9e3779b1);
  hash = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
  return (hash ^ (hash >>> 12)) >>> 0;
}

/**
 * The pairs the signatures of an article containing every phrase must hold: each two
 * adjacent syllables (folded, stopwords included) of each phrase checked in the text, and
 * each three (see `tripleHead`).
 */
export function phrasePairs(phrases: readonly { readonly verify: { readonly syllables: readonly string[] } | null }[]): PairHash[] {
  const pairs: PairHash[] = [];
  for (const { verify } of phrases) {
    const hashes = (verify?.syllables ?? []).map((word) => syllableHash(foldText(word)));
    for (let i = 0; i + 1 < hashes.length; i++) pairs.push([hashes[i] as number, hashes[i + 1] as number]);
    for (let i = 0; i + 2 < hashes.length; i++) pairs.push([tripleHead(hashes[i] as number, hashes[i + 1] as number), hashes[i + 2] as number]);
  }
  return pairs;
}

/** The first of the two 31-bit hashes choosing a pair's two bits. */
function firstBit(first: number, second: number): number {
  let hash = Math.imul(first ^ 0x9e3779b9, 0x85ebca6b) ^ second;
  hash = Math.imul(hash ^ (hash >>> 16), 0x7feb352d);
  hash = Math.imul(hash ^ (hash >>> 15), 0x846ca68b);
  return hash ^ (hash >>> 16);
}

/** The second of a pair's two bit hashes, from the first one's full 32 bits (`firstBit`). */
function secondBit(hash: number): number {
  const other = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (other ^ (other >>> 16)) & 0x7fffffff;
}

/** Appends the two 31-bit hashes choosing a pair's two bits. */
function pushPairBits(out: number[], first: number, second: number): void {
  const hash = firstBit(first, second);
  out.push(hash & 0x7fffffff, secondBit(hash));
}

/** The signatures as packed in a snapshot: per group its first short id, size, bits and word offset (Int32s), and the words, base64 of little-endian arrays. */
export interface PackedSignatures {
  readonly groups: string;
  readonly words: string;
}

function toBase64(array: Int32Array | Uint32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");
}

function fromBase64(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, "base64");
  if (bytes.length % 4 !== 0) throw new Error("signatures: truncated");
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  return copy;
}

// NOTE: a group is 4 Int32s in `groups`: first short id, articles (1–32), bits, word offset.
const FIELDS = 4;

/** Per document (short id), a Bloom filter of the syllable pairs its texts write adjacently (see the NOTE above). */
export class PairSignatures {
  private words = new Uint32Array(4096);
  private used = 0;
  private groups = new Int32Array(64 * FIELDS);
  private groupCount = 0;
  // NOTE: the documents added since the last group was written: their short ids, and where
  // their pairs' bit hashes (two per pair) lie in `pendingBits`.
  private pendingIds: number[] = [];
  private pendingEnds: number[] = [];
  private pendingBits = new Int32Array(4096);
  private pendingUsed = 0;

  /**
   * Records the signature of a document from its syllables' hashes in text order (each
   * adjacent two a pair). Short ids must come in increasing order; documents are written by
   * groups of 32, the last group on `flush`.
   */
  add(shortId: number, hashes: ArrayLike<number>, count: number): void {
    const ids = this.pendingIds;
    if (ids.length > 0 && (shortId !== (ids[ids.length - 1] as number) + 1 || ids.length === GROUP)) this.flush();
    const needed = this.pendingUsed + 2 * Math.max(0, count - 1) + 2 * Math.max(0, count - 2);
    if (needed > this.pendingBits.length) this.pendingBits = grown(this.pendingBits, needed);
    const bits = this.pendingBits;
    let used = this.pendingUsed;
    for (let i = 0; i + 1 < count; i++) {
      const hash = firstBit(hashes[i] as number, hashes[i + 1] as number);
      bits[used++] = hash & 0x7fffffff;
      bits[used++] = secondBit(hash);
    }
    for (let i = 0; i + 2 < count; i++) {
      const hash = firstBit(tripleHead(hashes[i] as number, hashes[i + 1] as number), hashes[i + 2] as number);
      bits[used++] = hash & 0x7fffffff;
      bits[used++] = secondBit(hash);
    }
    this.pendingUsed = used;
    this.pendingIds.push(shortId);
    this.pendingEnds.push(used);
  }

  /** Writes the documents added since the last group was written. */
  flush(): void {
    const ids = this.pendingIds;
    const ends = this.pendingEnds;
    if (ids.length === 0) return;
    let longest = 0;
    for (let member = 0, from = 0; member < ends.length; from = ends[member++] as number) longest = Math.max(longest, ((ends[member] as number) - from) / 2);
    const bits = Math.max(MIN_BITS, Math.ceil((longest * BITS_PER_PAIR) / 32) * 32);
    if (this.used + bits > this.words.length) this.words = grown(this.words, this.used + bits);
    if ((this.groupCount + 1) * FIELDS > this.groups.length) this.groups = grown(this.groups, (this.groupCount + 1) * FIELDS);
    const offset = this.used;
    const words = this.words;
    const pending = this.pendingBits;
    words.fill(0, offset, offset + bits);
    for (let member = 0, from = 0; member < ends.length; from = ends[member++] as number) {
      const mask = 1 << member;
      const end = ends[member] as number;
      for (let at = from; at < end; at++) {
        const word = offset + ((pending[at] as number) % bits);
        words[word] = (words[word] as number) | mask;
      }
    }
    const group = this.groupCount * FIELDS;
    this.groups[group] = ids[0] as number;
    this.groups[group + 1] = ids.length;
    this.groups[group + 2] = bits;
    this.groups[group + 3] = offset;
    this.groupCount++;
    this.used += bits;
    ids.length = 0;
    ends.length = 0;
    this.pendingUsed = 0;
  }

  /**
   * Marks with 1, in `marks` (indexed by short id), the documents whose signature may hold
   * every pair; the others certainly lack one (every document added has a signature).
   */
  markMayHoldAll(pairs: readonly PairHash[], marks: Uint8Array): void {
    this.flush();
    const hashes: number[] = [];
    for (const [first, second] of pairs) pushPairBits(hashes, first, second);
    for (let group = 0; group < this.groupCount; group++) {
      const at = group * FIELDS;
      const first = this.groups[at] as number;
      const size = this.groups[at + 1] as number;
      const bits = this.groups[at + 2] as number;
      const offset = this.groups[at + 3] as number;
      let mask = size === GROUP ? -1 : (1 << size) - 1;
      for (let h = 0; h < hashes.length && mask !== 0; h++) mask &= this.words[offset + ((hashes[h] as number) % bits)] as number;
      for (let member = 0; mask !== 0 && member < size; member++, mask >>>= 1) {
        if ((mask & 1) !== 0 && first + member < marks.length) marks[first + member] = 1;
      }
    }
  }

  /** The signatures for a snapshot. */
  pack(): PackedSignatures {
    this.flush();
    return { groups: toBase64(this.groups.subarray(0, this.groupCount * FIELDS)), words: toBase64(this.words.subarray(0, this.used)) };
  }

  /** Signatures from `pack()` output; throws an Error when it is malformed. */
  static unpack(packed: unknown): PairSignatures {
    const value = packed as PackedSignatures;
    if (typeof value !== "object" || value === null || typeof value.groups !== "string" || typeof value.words !== "string") {
      throw new Error("signatures: malformed");
    }
    return PairSignatures.fromArrays(new Int32Array(fromBase64(value.groups)), new Uint32Array(fromBase64(value.words)));
  }

  /** The signatures as two typed arrays (a snapshot's binary part); `fromArrays` takes them back. */
  arrays(): { readonly groups: Int32Array; readonly words: Uint32Array } {
    this.flush();
    return { groups: this.groups.subarray(0, this.groupCount * FIELDS), words: this.words.subarray(0, this.used) };
  }

  /** Signatures over the arrays of `arrays()` (kept, not copied); throws an Error when they are malformed. */
  static fromArrays(groups: Int32Array<ArrayBuffer>, words: Uint32Array<ArrayBuffer>): PairSignatures {
    if (groups.length % FIELDS !== 0) throw new Error("signatures: truncated groups");
    for (let at = 0; at < groups.length; at += FIELDS) {
      const size = groups[at + 1] as number;
      const bits = groups[at + 2] as number;
      const offset = groups[at + 3] as number;
      if ((groups[at] as number) < 0 || size < 1 || size > GROUP || bits < MIN_BITS || offset < 0 || offset + bits > words.length) {
        throw new Error("signatures: out of range");
      }
    }
    const signatures = new PairSignatures();
    signatures.groups = groups;
    signatures.groupCount = groups.length / FIELDS;
    signatures.words = words;
    signatures.used = words.length;
    return signatures;
  }
}

function grown<T extends Int32Array | Uint32Array>(array: T, needed: number): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, Math.ceil(array.length * 1.5)));
  next.set(array);
  return next;
}
