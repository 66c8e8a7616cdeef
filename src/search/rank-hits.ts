import type { SearchResult } from "minisearch";
import type { Article } from "../model/article.ts";
import { isPairTerm, PAIR_JOINER } from "../text/index.ts";
import { SEARCH_OPTIONS } from "./options.ts";
import { createPhraseMatcher, createTextCheck, type PhraseMatcher } from "./phrase.ts";
import type { ParsedQuery } from "./query.ts";

/** One search result: the article id, its relevance score and the query terms it matched. */
export interface SearchHit {
  readonly id: string;
  readonly score: number;
  /** Matched query terms in `indexTerms` form (folded, plus accented when matched exactly). */
  readonly terms: string[];
}

interface Ranked {
  readonly article: Article;
  /** 1 when the text writes every pair of the query adjacently (the whole query), else 0. */
  readonly tier: number;
  readonly score: number;
  readonly terms: string[];
}

/** Higher tier, then higher score, then newer (undated last), then by id. */
function compareRanked(a: Ranked, b: Ranked): number {
  if (a.tier !== b.tier) return b.tier - a.tier;
  if (a.score !== b.score) return b.score - a.score;
  const x = a.article;
  const y = b.article;
  if (x.date !== y.date) {
    if (x.date === null) return 1;
    if (y.date === null) return -1;
    return x.date < y.date ? 1 : -1;
  }
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

function articleTexts(article: Article): string[] {
  return [article.title, article.lead, ...article.paragraphs, ...article.people.map((person) => person.name)];
}

function matchesArticle(matcher: PhraseMatcher, article: Article): boolean {
  return matcher(article.title) || matcher(article.lead) || article.paragraphs.some(matcher);
}

/** What ranking needs besides MiniSearch's results. */
export interface RankContext {
  readonly parsed: ParsedQuery;
  readonly article: (id: string) => Article | undefined;
  readonly filter: ((id: string) => boolean) | undefined;
  readonly limit: number;
}

/**
 * The first `limit` hits from MiniSearch's results (score order) that pass their quoted
 * phrases' text check and the caller's filter. The first `textRankWindow` of them are ranked
 * again by their text: the score is multiplied by 1 + accentWeight × (share of the query's
 * accented syllables written exactly) + adjacencyWeight × (share of the query's pairs written
 * adjacently), and a text writing all the query's pairs (the whole query, in order) ranks
 * before one that does not. Later hits follow in MiniSearch's order.
 * NOTE: re-checking text costs a regex pass over the article, hence the bounded window (a
 * candidate past it is not promoted) and the cap on phrase misses (`maxPhraseMisses`
 * candidates without the phrase end the walk). Ties (equal final scores) go newer first, then by id.
 */
export function rankHits(results: readonly SearchResult[], context: RankContext): SearchHit[] {
  const { parsed, filter, limit } = context;
  const matchers = parsed.phrases.flatMap((phrase) => (phrase.verify ? [createPhraseMatcher(phrase.verify.syllables, phrase.verify.accented)] : []));
  const pairs = parsed.terms.filter(isPairTerm);
  const accentWeight = parsed.accented.length > 0 ? SEARCH_OPTIONS.accentWeight : 0;
  const adjacencyWeight = pairs.length > 0 ? SEARCH_OPTIONS.adjacencyWeight : 0;
  const check = accentWeight + adjacencyWeight > 0 ? createTextCheck(parsed.syllables, pairs) : null;
  const ranked: Ranked[] = [];
  const rest: Ranked[] = [];
  let misses = 0;
  for (const result of results) {
    if (ranked.length + rest.length >= limit || misses > SEARCH_OPTIONS.maxPhraseMisses) break;
    const article = context.article(result.id as string);
    if (!article) continue;
    if (matchers.some((matcher) => !matchesArticle(matcher, article))) {
      misses++;
      continue;
    }
    if (filter && !filter(article.id)) continue;
    const terms = [...result.queryTerms];
    if (!check || ranked.length >= SEARCH_OPTIONS.textRankWindow) {
      (check ? rest : ranked).push({ article, tier: 0, score: result.score, terms });
      continue;
    }
    const { exact, pairs: adjacent } = check(articleTexts(article));
    const accentShare = accentWeight > 0 ? exact.size / parsed.accented.length : 0;
    const score = result.score * (1 + accentWeight * accentShare + (adjacencyWeight * adjacent.size) / Math.max(1, pairs.length));
    for (const pair of adjacent) if (!terms.includes(pair)) terms.push(pair);
    for (const term of parsed.accentedTerms) {
      if (term.split(PAIR_JOINER).every((part) => exact.has(part) || !parsed.accented.includes(part))) terms.push(term);
    }
    ranked.push({ article, tier: pairs.length > 0 && adjacent.size === pairs.length ? 1 : 0, score, terms });
  }
  ranked.sort(compareRanked);
  rest.sort(compareRanked);
  return [...ranked, ...rest].map(({ article, score, terms }) => ({ id: article.id, score, terms }));
}
