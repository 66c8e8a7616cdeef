import type { Article } from "../model/article.ts";
import { createLruCache } from "../util/lru-cache.ts";
import type { QueryToken } from "./query.ts";
import { visitTokens } from "./search-tokens.ts";

/**
 * Where a phrase was found, best first: title, lead, body, caption; 0 when nowhere. Within
 * each, written with only spaces between its syllables ranks one above written across punctuation.
 */
export const PHRASE_LEVEL = { title: 8, lead: 6, body: 4, caption: 2, none: 0 } as const;

/** The tokens of one text: normalized and folded forms, in order. */
interface TextTokens {
  readonly normalized: readonly string[];
  readonly folded: readonly string[];
  /** Per token, whether punctuation stands before it. */
  readonly broken: readonly boolean[];
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
  const broken: boolean[] = [];
  visitTokens(text, (word, key, gap) => {
    normalized.push(word);
    folded.push(key);
    broken.push(gap);
  });
  return { normalized, folded, broken };
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

/** 2 when the text writes the phrase with only spaces between, 1 across punctuation, 0 not at all. */
function holds(text: TextTokens, phrase: readonly QueryToken[]): number {
  let best = 0;
  const last = text.folded.length - phrase.length;
  outer: for (let at = 0; at <= last && best < 2; at++) {
    let clean = true;
    for (let j = 0; j < phrase.length; j++) {
      const token = phrase[j] as QueryToken;
      if (text.folded[at + j] !== token.folded) continue outer;
      if (token.marked && text.normalized[at + j] !== token.normalized) continue outer;
      if (j > 0 && text.broken[at + j]) clean = false;
    }
    best = Math.max(best, clean ? 2 : 1);
  }
  return best;
}

function bestOf(texts: readonly TextTokens[], phrase: readonly QueryToken[]): number {
  let best = 0;
  for (const text of texts) {
    best = Math.max(best, holds(text, phrase));
    if (best === 2) break;
  }
  return best;
}

/**
 * The best place an article writes a phrase: its syllables adjacent and in order, whatever
 * punctuation stands between them; a syllable typed with marks must be written that way, one
 * typed without matches any spelling. `PHRASE_LEVEL.none` when it writes it nowhere; one
 * below the place's level when punctuation stands inside the phrase there.
 */
export function phraseLevel(article: Article, phrase: readonly QueryToken[]): number {
  if (phrase.length === 0) return PHRASE_LEVEL.none;
  const tokens = articleTokens(article);
  const places: [number, readonly TextTokens[]][] = [
    [PHRASE_LEVEL.title, [tokens.title]],
    [PHRASE_LEVEL.lead, [tokens.lead]],
    [PHRASE_LEVEL.body, tokens.body],
    [PHRASE_LEVEL.caption, tokens.captions],
  ];
  for (const [level, texts] of places) {
    const found = bestOf(texts, phrase);
    if (found > 0) return level - 2 + found;
  }
  return PHRASE_LEVEL.none;
}
