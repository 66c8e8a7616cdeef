import type { Article } from "../model/article.ts";
import { eventDayOf, type EventDay } from "./event-day.ts";
import { bandKeys, MINHASH_SIZE, minhashSignature } from "./minhash.ts";
import { shingleHashes, shingleWords, shinglesOf } from "./shingles.ts";
import { subjectOf, type EventSubject } from "./subject-conflict.ts";

/** The parts of an article event grouping reads. */
export type FingerprintSource = Pick<Article, "title" | "lead" | "paragraphs" | "date" | "provinces" | "documents">;

/**
 * What event grouping compares of one article: its event day, title/lead shingles and MinHash
 * signature (kept: every candidate lookup reads them), and its whole-text shingles and subject
 * (recomputed from the article when a comparison reaches them, see `derivedOf`).
 */
export interface EventFingerprint {
  readonly when: EventDay;
  /** Syllable-pair shingles of the title and lead (who, what, where). */
  readonly head: Uint32Array;
  /** The MinHash signature of the triple shingles; empty for a text too short for triples. */
  readonly signature: Uint32Array;
  /** The signature's LSH band keys, computed on each read; none for a text too short for triples. */
  readonly bands: readonly number[];
  /** Syllable-pair shingles of the whole text. */
  readonly body: Uint32Array;
  /** Syllable-triple shingles of the whole text (near-duplicate copies). */
  readonly copy: Uint32Array;
  readonly subject: EventSubject;
}

interface Derived {
  body?: Uint32Array;
  copy?: Uint32Array;
  subject?: EventSubject;
}

// NOTE: whole-text shingles are over a thousand hashes an article, and a comparison reaches them
// only for candidates already alike in title and lead, or in signature: kept for every article,
// they were most of the grouping's memory. The few in use are memoized here, the least recently
// used dropped first; the memo keeps at most that many articles alive.
const MAX_DERIVED = 512;
const derived = new Map<FingerprintSource, Derived>();

function derivedOf(source: FingerprintSource): Derived {
  let entry = derived.get(source);
  if (entry) derived.delete(source);
  else {
    entry = {};
    if (derived.size >= MAX_DERIVED) derived.delete(derived.keys().next().value as FingerprintSource);
  }
  derived.set(source, entry);
  return entry;
}

// NOTE: kept numbers are packed into shared slabs: a typed array with a buffer of its own costs
// some hundreds of bytes beside its data, as much again as a fingerprint's numbers. A slab lives
// while any fingerprint packed in it does.
const SLAB_WORDS = 1 << 18;
let slab = new Uint32Array(0);
let slabUsed = 0;

function packedWords(length: number): Uint32Array {
  if (length > SLAB_WORDS >>> 6) return new Uint32Array(length);
  if (slabUsed + length > slab.length) {
    slab = new Uint32Array(SLAB_WORDS);
    slabUsed = 0;
  }
  slabUsed += length;
  return slab.subarray(slabUsed - length, slabUsed);
}

function textOf(article: Pick<FingerprintSource, "title" | "lead" | "paragraphs">): string {
  const head = `${article.title}\n${article.lead}`;
  return article.paragraphs.length > 0 ? `${head}\n${article.paragraphs.join("\n")}` : head;
}

// NOTE: a class, so the getters live once on its prototype rather than as four closures per
// article; built apart from `fingerprintOf`, it holds the article, not that call's triples.
class Fingerprint implements EventFingerprint {
  readonly #article: FingerprintSource;
  readonly head: Uint32Array;
  readonly signature: Uint32Array;

  constructor(
    article: FingerprintSource,
    readonly when: EventDay,
    packed: Uint32Array,
    headLength: number,
  ) {
    this.#article = article;
    this.head = packed.subarray(0, headLength);
    this.signature = packed.subarray(headLength);
  }

  get bands(): number[] {
    return bandKeys(this.signature);
  }

  get body(): Uint32Array {
    const entry = derivedOf(this.#article);
    return (entry.body ??= shinglesOf(shingleWords(textOf(this.#article)), 2));
  }

  get copy(): Uint32Array {
    const entry = derivedOf(this.#article);
    return (entry.copy ??= shinglesOf(shingleWords(textOf(this.#article)), 3));
  }

  get subject(): EventSubject {
    const entry = derivedOf(this.#article);
    return (entry.subject ??= subjectOf(this.#article));
  }
}

/** The parts of an article its kept fingerprint numbers are made from. */
export type FingerprintText = Pick<Article, "title" | "lead" | "paragraphs" | "date">;

// NOTE: the head shingles then the signature, after `offset` words left for the caller.
function keptNumbers(article: FingerprintText, allocate: (length: number) => Uint32Array, offset: number): { packed: Uint32Array; headLength: number } {
  const copy = shinglesOf(shingleWords(textOf(article)), 3);
  const head = shingleHashes(`${article.title}\n${article.lead}`, 2);
  const packed = allocate(offset + head.length + (copy.length > 0 ? MINHASH_SIZE : 0));
  packed.set(head, offset);
  if (copy.length > 0) packed.set(minhashSignature(copy), offset + head.length);
  return { packed, headLength: head.length };
}

/** Computes an article's fingerprint. */
export function fingerprintOf(article: FingerprintSource): EventFingerprint {
  const { packed, headLength } = keptNumbers(article, packedWords, 0);
  return new Fingerprint(article, eventDayOf(article), packed, headLength);
}

/**
 * The numbers `packFingerprint` keeps of an article's fingerprint, made from its text alone
 * (in an array of their own, which may be transferred to another thread).
 */
export function packedFingerprintOf(article: FingerprintText): Uint32Array {
  const { packed, headLength } = keptNumbers(article, (length) => new Uint32Array(length), 1);
  packed[0] = headLength;
  return packed;
}

/**
 * A fingerprint's kept numbers (head shingles, then the signature, after the head's length), to
 * store beside its article's record; null for a fingerprint not made by `fingerprintOf`.
 */
export function packFingerprint(print: EventFingerprint): Uint32Array | null {
  if (!(print instanceof Fingerprint)) return null;
  const packed = new Uint32Array(1 + print.head.length + print.signature.length);
  packed[0] = print.head.length;
  packed.set(print.head, 1);
  packed.set(print.signature, 1 + print.head.length);
  return packed;
}

/**
 * The fingerprint of `article` from the numbers `packFingerprint` kept of it (the same as
 * `fingerprintOf` gives when the article and the code are unchanged); null when they do not
 * have the shape of one.
 */
export function unpackFingerprint(article: FingerprintSource, packed: Uint32Array): EventFingerprint | null {
  const headLength = packed[0];
  if (headLength === undefined || headLength > packed.length - 1) return null;
  const signature = packed.length - 1 - headLength;
  if (signature !== 0 && signature !== MINHASH_SIZE) return null;
  const kept = packedWords(packed.length - 1);
  kept.set(packed.subarray(1));
  return new Fingerprint(article, eventDayOf(article), kept, headLength);
}

/** The fingerprints of `articles`, taken from `cache` where it has them and added to it otherwise. */
export function fingerprintsOf(articles: readonly Article[], cache?: WeakMap<Article, EventFingerprint>): EventFingerprint[] {
  return articles.map((article) => {
    const cached = cache?.get(article);
    if (cached) return cached;
    const print = fingerprintOf(article);
    cache?.set(article, print);
    return print;
  });
}
