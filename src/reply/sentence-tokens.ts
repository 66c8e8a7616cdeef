import type { Article } from "../model/article.ts";
import { splitSentences } from "../text/index.ts";
import { createLruCache } from "../util/lru-cache.ts";
import { syllableKey } from "./syllable-key.ts";

// NOTE: the same syllable shape as src/text/tokenize.ts, with positions in the ORIGINAL text.
const SYLLABLE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
// NOTE: how many articles keep their tokenized sentences. A result page shows 5 articles and
// users page through and repeat queries; an entry is a few tens of KB, so the cache stays
// bounded (least recently used dropped first) instead of growing with the corpus.
const MAX_ARTICLES = 2_000;

/** One sentence of an article: its text and, per syllable, its [start, end) and matching key. */
export interface SentenceTokens {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** `syllableKey` of each syllable. */
  readonly keys: readonly string[];
}

function tokenizeSentence(text: string): SentenceTokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  for (const m of text.matchAll(SYLLABLE)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
    keys.push(syllableKey(m[0]));
  }
  return { text, starts, ends, keys };
}

function tokenizeArticle(article: Article): SentenceTokens[] {
  const out: SentenceTokens[] = [];
  for (const block of [article.title, article.lead, ...article.paragraphs, ...(article.captions ?? [])]) {
    for (const text of splitSentences(block)) out.push(tokenizeSentence(text));
  }
  return out;
}

const cache = createLruCache<Article, readonly SentenceTokens[]>(MAX_ARTICLES);

/**
 * The sentences of an article's title, lead, paragraphs and photo captions (`splitSentences`: after . ! ? …
 * but not after an abbreviation such as "TP."), each with its syllables' positions and keys.
 * Cached per article object for the most recently used `MAX_ARTICLES` (articles are
 * immutable: a changed file is a new object).
 */
export function articleSentences(article: Article): readonly SentenceTokens[] {
  return cache.getOrSet(article, () => tokenizeArticle(article));
}
