import type { Article } from "../model/article.ts";
import { splitSentences } from "../text/index.ts";
import { syllableKey } from "./syllable-key.ts";

// NOTE: the same syllable shape as src/text/tokenize.ts, with positions in the ORIGINAL text.
const SYLLABLE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** One sentence of an article: its text and, per syllable, its [start, end) and matching key. */
export interface SentenceTokens {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** `syllableKey` of each syllable. */
  readonly keys: readonly string[];
}

/** The syllables of one sentence, with their positions and keys. */
export function tokenizeSentence(text: string): SentenceTokens {
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

/** An article's sentences in order, and how many of the first are the title's. */
export interface ArticleSentences {
  readonly texts: readonly string[];
  readonly titleCount: number;
}

/**
 * The sentences of an article's title, lead, paragraphs and photo captions (`splitSentences`:
 * after . ! ? … but not after an abbreviation such as "TP."), untokenized: a snippet
 * tokenizes only the sentence it shows.
 */
export function articleSentences(article: Article): ArticleSentences {
  const titled = article.title ? splitSentences(article.title) : [];
  const texts = [...titled];
  for (const block of [article.lead, ...article.paragraphs, ...(article.captions ?? [])]) {
    for (const text of splitSentences(block)) texts.push(text);
  }
  return { texts, titleCount: titled.length };
}
