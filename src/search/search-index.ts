import MiniSearch from "minisearch";
import type { Article } from "../model/article.ts";
import { DiemtinError } from "../util/errors.ts";
import { toSearchDocument, type BuildOptions } from "./build-index.ts";
import { SEARCH_OPTIONS, type FieldName, type SearchDocument } from "./options.ts";
import { planQuery } from "./query-plan.ts";
import { parseQuery } from "./query.ts";
import { rankHits, type SearchHit } from "./rank-hits.ts";

/** Per-call search options. */
export interface SearchOptions {
  /** Keeps only articles for which it returns true (applied before the limit). */
  readonly filter?: (id: string) => boolean;
  /** Most hits returned; default `SEARCH_OPTIONS.defaultLimit`. */
  readonly limit?: number;
}

/** The full-text index over the corpus's articles. */
export interface SearchIndex {
  readonly documentCount: number;
  /** Hits for a query, best first (ties: newer article first, then id); [] when nothing scores. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Adds articles, replacing those already indexed under the same id. */
  add(articles: readonly Article[]): void;
  /** Removes articles by id; unknown ids are ignored. */
  remove(ids: readonly string[]): void;
  /** The index as a JSON string, for `loadSearchIndex`. */
  toJSON(): string;
}

// NOTE: MiniSearch computes IDF from a term's per-field document map but has no public
// accessor for its size; the query planner needs it before searching, so it is read from
// the (protected) `_index` and `_fieldIds` here and nowhere else.
interface MiniSearchInternals {
  readonly _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  readonly _fieldIds: Record<string, number>;
}

class MiniSearchIndex implements SearchIndex {
  private readonly byId: Map<string, Article>;

  constructor(
    private readonly mini: MiniSearch<SearchDocument>,
    articles: readonly Article[],
    private readonly build: BuildOptions,
  ) {
    this.byId = new Map(articles.map((article) => [article.id, article]));
  }

  get documentCount(): number {
    return this.mini.documentCount;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, Math.floor(options.limit ?? SEARCH_OPTIONS.defaultLimit));
    if (limit === 0 || this.mini.documentCount === 0) return [];
    const parsed = parseQuery(query);
    const internals = this.mini as unknown as MiniSearchInternals;
    const plan = planQuery(parsed, (term: string, field: FieldName) => {
      const fieldId = internals._fieldIds[field];
      return fieldId === undefined ? 0 : (internals._index.get(term)?.get(fieldId)?.size ?? 0);
    });
    if (!plan) return [];
    const { required } = plan;
    const results = this.mini.search(plan.query, {
      filter: required.length === 0 ? undefined : (result) => required.every((term) => result.queryTerms.includes(term)),
    });
    return rankHits(results, { parsed, article: (id) => this.byId.get(id), filter: options.filter, limit });
  }

  add(articles: readonly Article[]): void {
    for (const article of articles) {
      const document = toSearchDocument(article, this.build);
      if (this.mini.has(article.id)) this.mini.replace(document);
      else this.mini.add(document);
      this.byId.set(article.id, article);
    }
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      if (!this.byId.delete(id)) continue;
      this.mini.discard(id);
    }
  }

  toJSON(): string {
    return JSON.stringify(this.mini);
  }
}

/** Builds the search index of articles (ids must be unique). */
export function createSearchIndex(articles: readonly Article[], options: BuildOptions = {}): SearchIndex {
  const mini = new MiniSearch<SearchDocument>(SEARCH_OPTIONS.miniSearch);
  for (const article of articles) mini.add(toSearchDocument(article, options));
  return new MiniSearchIndex(mini, articles, options);
}

/**
 * Restores an index from `SearchIndex.toJSON()` output over the same articles (any order);
 * `options` serve later `add` calls. Throws SNAPSHOT_INVALID when the JSON is corrupt, not
 * MiniSearch's, or not about exactly these article ids.
 */
export function loadSearchIndex(json: string, articles: readonly Article[], options: BuildOptions = {}): SearchIndex {
  let mini: MiniSearch<SearchDocument>;
  try {
    mini = MiniSearch.loadJSON<SearchDocument>(json, SEARCH_OPTIONS.miniSearch);
  } catch (error) {
    throw new DiemtinError("SNAPSHOT_INVALID", "search index: not a MiniSearch index", { cause: error });
  }
  const ids = new Set(articles.map((article) => article.id));
  if (mini.documentCount !== articles.length || ids.size !== articles.length) {
    throw new DiemtinError("SNAPSHOT_INVALID", `search index: holds ${mini.documentCount} articles, the corpus ${articles.length}`);
  }
  for (const id of ids) {
    if (!mini.has(id)) throw new DiemtinError("SNAPSHOT_INVALID", `search index: article ${id} is not in the index`);
  }
  return new MiniSearchIndex(mini, articles, options);
}
