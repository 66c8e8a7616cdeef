import type { Article } from "../model/article.ts";
import { eventDayOf, type EventDay } from "./event-day.ts";
import { bandKeys, minhashSignature } from "./minhash.ts";
import { shingleHashes, shingleWords, shinglesOf } from "./shingles.ts";
import { subjectOf, type EventSubject } from "./subject-conflict.ts";

/** What event grouping compares of one article: its event day, subject, shingle sets and MinHash. */
export interface EventFingerprint {
  readonly when: EventDay;
  /** Syllable-pair shingles of the title and lead (who, what, where). */
  readonly head: Uint32Array;
  /** Syllable-pair shingles of the whole text. */
  readonly body: Uint32Array;
  /** Syllable-triple shingles of the whole text (near-duplicate copies). */
  readonly copy: Uint32Array;
  readonly signature: Uint32Array;
  /** The signature's LSH band keys; none for a text too short for triples. */
  readonly bands: readonly string[];
  readonly subject: EventSubject;
}

/** Computes an article's fingerprint. */
export function fingerprintOf(article: Pick<Article, "title" | "lead" | "paragraphs" | "date" | "provinces" | "documents">): EventFingerprint {
  const head = `${article.title}\n${article.lead}`;
  const full = article.paragraphs.length > 0 ? `${head}\n${article.paragraphs.join("\n")}` : head;
  const words = shingleWords(full);
  const copy = shinglesOf(words, 3);
  const signature = minhashSignature(copy);
  return {
    when: eventDayOf(article),
    head: shingleHashes(head, 2),
    body: shinglesOf(words, 2),
    copy,
    signature,
    bands: copy.length > 0 ? bandKeys(signature) : [],
    subject: subjectOf(article),
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
