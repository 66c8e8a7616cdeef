import type { Article } from "../model/article.ts";
import { eventDayOf, type EventDay } from "./event-day.ts";
import { bandKeys, MINHASH_SIZE, minhashSignature } from "./minhash.ts";
import { shingleHashes, shingleWords, shinglesOf } from "./shingles.ts";
import { subjectOf, type EventSubject } from "./subject-conflict.ts";

/** The parts of an article event grouping reads. */
export type FingerprintSource = Pick<Article, "title" | "lead" | "paragraphs" | "date" | "provinces" | "documents">;

/**
 * What event grouping compares of one article: its event day and title/lead shingles (kept,
 * every candidate lookup reads them), its MinHash signature (kept, copy candidates), and its
 * whole-text shingles and subject (recomputed from the article when a comparison reaches them).
 */
export interface EventFingerprint {
  readonly when: EventDay;
  /** Syllable-pair shingles of the title and lead (who, what, where). */
  readonly head: Uint32Array;
  /** The MinHash signature of the triple shingles; empty for a text too short for triples. */
  readonly signature: Uint32Array;
  /** The signature's LSH band keys (recomputed on each read); none for a text too short for triples. */
  readonly bands: readonly number[];
  /** Syllable-pair shingles of the whole text (recomputed on demand, see `derivedOf`). */
  readonly body: Uint32Array;
  /** Syllable-triple shingles of the whole text (near-duplicate copies; recomputed on demand). */
  readonly copy: Uint32Array;
  /** Provinces, documents, tickers and patients (recomputed on demand). */
  readonly subject: EventSubject;
}

interface Derived {
  body?: Uint32Array;
  copy?: Uint32Array;
  subject?: EventSubject;
}

// NOTE: whole-text shingles are ~1.4k hashes an article and a comparison reaches them only for
// candidates already alike in title and lead (or in signature): kept for every article they
// were most of the grouping's memory at 100k articles. The few in use are memoized here, the
// least recently used dropped first; the memo keeps at most that many articles alive.
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

function textOf(article: FingerprintSource): string {
  const head = `${article.title}\n${article.lead}`;
  return article.paragraphs.length > 0 ? `${head}\n${article.paragraphs.join("\n")}` : head;
}

/** Computes an article's fingerprint. */
export function fingerprintOf(article: FingerprintSource): EventFingerprint {
  const copy = shinglesOf(shingleWords(textOf(article)), 3);
  const head = shingleHashes(`${article.title}\n${article.lead}`, 2);
  // NOTE: one buffer for both kept arrays (a typed array's own buffer costs more than a short head).
  const packed = new Uint32Array(head.length + (copy.length > 0 ? MINHASH_SIZE : 0));
  packed.set(head);
  if (copy.length > 0) packed.set(minhashSignature(copy), head.length);
  return {
    when: eventDayOf(article),
    head: packed.subarray(0, head.length),
    signature: packed.subarray(head.length),
    get bands() {
      return bandKeys(this.signature);
    },
    get body() {
      const entry = derivedOf(article);
      return (entry.body ??= shinglesOf(shingleWords(textOf(article)), 2));
    },
    get copy() {
      const entry = derivedOf(article);
      return (entry.copy ??= shinglesOf(shingleWords(textOf(article)), 3));
    },
    get subject() {
      const entry = derivedOf(article);
      return (entry.subject ??= subjectOf(article));
    },
  };
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
