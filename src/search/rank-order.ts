import type { Article } from "../model/article.ts";

/** An article that matched a query, with what orders it among the others. */
export interface Candidate {
  readonly article: Article;
  /** Where the article writes the whole query as a phrase (`PHRASE_LEVEL`). */
  readonly phrase: number;
  /** How many of the query's content words it holds, in any field. */
  readonly coordination: number;
  /** How many syllables typed without marks, in a query with marks, it writes exactly as typed. */
  readonly exact: number;
  /** BM25 over the fields, weighted by field. */
  readonly score: number;
  readonly terms: string[];
}

/**
 * The order of search results: the whole query written as a phrase first (in the title, then
 * the lead, the body, a caption), then more of the query's content words, then spelled as
 * typed, then the field-weighted BM25 score; ties newer first (undated last), then by id.
 */
export function rankOrder(a: Candidate, b: Candidate): number {
  if (a.phrase !== b.phrase) return b.phrase - a.phrase;
  if (a.coordination !== b.coordination) return b.coordination - a.coordination;
  if (a.exact !== b.exact) return b.exact - a.exact;
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
