import type { Article } from "../model/article.ts";
import { createLruCache } from "../util/lru-cache.ts";
import type { QueryToken } from "./query.ts";
import { visitTokens } from "./search-tokens.ts";

/** Where a phrase was found, best first: title, lead, body, caption; 0 when nowhere. */
export const PHRASE_LEVEL = { title: 4, lead: 3, body: 2, caption: 1, none: 0 } as const;

/** The tokens of one text: normalized and folded forms, in order. */
interface TextTokens {
  readonly normalized: readonly string[];
  readonly folded: readonly string[];
}

interface ArticleTokens {
  readonly title: TextTokens;
  readonly lead: TextTokens;
  readonly body: readonly TextTokens[];
  readonly captions: readonly TextTokens[];
}

function tokensOf(text: string): TextTokens {
  const normalized: string[] = [];
  const folded: string[] = [];
  visitTokens(text, (word, key) => {
    normalized.push(word);
    folded.push(key);
  });
  return { normalized, folded };
}

// NOTE: articles whose tokens are kept for phrase checks (a query checks its candidates; the
// same articles come back for the next page and for similar queries).
const MAX_ARTICLES = 2_000;
const cache = createLruCache<Article, ArticleTokens>(MAX_ARTICLES);

function articleTokens(article: Article): ArticleTokens {
  return cache.getOrSet(article, () => ({
    title: tokensOf(article.title),
    lead: tokensOf(article.lead),
    body: article.paragraphs.map(tokensOf),
    captions: (article.captions ?? []).map(tokensOf),
  }));
}

function holds(text: TextTokens, phrase: readonly QueryToken[]): boolean {
  const first = phrase[0];
  if (!first) return false;
  const last = text.folded.length - phrase.length;
  outer: for (let at = 0; at <= last; at++) {
    for (let j = 0; j < phrase.length; j++) {
      const token = phrase[j] as QueryToken;
      if (text.folded[at + j] !== token.folded) continue outer;
      if (token.marked && text.normalized[at + j] !== token.normalized) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * The best place an article writes a phrase: its syllables adjacent and in order, whatever
 * punctuation stands between them; a syllable typed with marks must be written that way, one
 * typed without matches any spelling. `PHRASE_LEVEL.none` when it writes it nowhere.
 */
export function phraseLevel(article: Article, phrase: readonly QueryToken[]): number {
  if (phrase.length === 0) return PHRASE_LEVEL.none;
  const tokens = articleTokens(article);
  if (holds(tokens.title, phrase)) return PHRASE_LEVEL.title;
  if (holds(tokens.lead, phrase)) return PHRASE_LEVEL.lead;
  if (tokens.body.some((text) => holds(text, phrase))) return PHRASE_LEVEL.body;
  if (tokens.captions.some((text) => holds(text, phrase))) return PHRASE_LEVEL.caption;
  return PHRASE_LEVEL.none;
}
