import MiniSearch, { type Query, type SearchResult } from "minisearch";
import type { Article } from "../model/article.ts";
import { DiemtinError } from "../util/errors.ts";
import { addDocuments } from "./add-documents.ts";
import { toSearchDocument, type BuildOptions } from "./build-index.ts";
import { CompactPostings } from "./compact-postings.ts";
import { internalsOf, type MiniSearchInternals } from "./mini-internals.ts";
import { SEARCH_OPTIONS, type FieldName, type SearchDocument } from "./options.ts";
import { PairSignatures, phrasePairs } from "./pair-signatures.ts";
import { packPostings, unpackPostings, withoutEmptyTerms } from "./postings-codec.ts";
import { planQuery, type QueryPlan } from "./query-plan.ts";
import { parseQuery, type ParsedQuery } from "./query.ts";
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
  /**
   * The index as a JSON string, for `loadSearchIndex`: MiniSearch's JSON with the posting
   * lists packed in a `postings` member (postings-codec.ts) and the pair signatures in
   * `signatures` (pair-signatures.ts).
   */
  toJSON(): string;
}

/** The compact posting lists a query tree of single-term leaves (from `planQuery`) reads. */
function readLists(internals: MiniSearchInternals, query: Query): CompactPostings[] {
  const lists: CompactPostings[] = [];
  for (const leaf of (query as { queries: { queries: string[]; fields: FieldName[] }[] }).queries) {
    const data = internals._index.get(leaf.queries[0] as string);
    for (const field of leaf.fields) {
      const list = data?.get(internals._fieldIds[field] as number);
      if (list instanceof CompactPostings) lists.push(list);
    }
  }
  return lists;
}

class MiniSearchIndex implements SearchIndex {
  private readonly byId: Map<string, Article>;

  constructor(
    private readonly mini: MiniSearch<SearchDocument>,
    private readonly signatures: PairSignatures | null,
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
    const internals = internalsOf(this.mini);
    const plan = planQuery(parsed, (term: string, field: FieldName) => {
      const fieldId = internals._fieldIds[field];
      return fieldId === undefined ? 0 : (internals._index.get(term)?.get(fieldId)?.size ?? 0);
    });
    if (!plan) return [];
    const results = this.results(plan, parsed);
    return rankHits(results, { parsed, article: (id) => this.byId.get(id), filter: options.filter, limit });
  }

  // NOTE: with quoted phrases, only the articles whose pair signature may hold the phrases
  // can match. The lists the query reads are restricted to them for this call, so MiniSearch
  // scores and sorts those only, not every article with the required syllable (tens of
  // thousands at 100k articles); a list MiniSearch made itself (a Map) is filtered by a zero
  // boost instead. An index restored without signatures checks every candidate's text.
  /** MiniSearch's results for a plan; with quoted phrases, of the articles that may hold them only. */
  private results(plan: QueryPlan, parsed: ParsedQuery): SearchResult[] {
    const internals = internalsOf(this.mini);
    const { required } = plan;
    const filter = required.length === 0 ? undefined : (result: SearchResult) => required.every((term) => result.queryTerms.includes(term));
    const pairs = phrasePairs(parsed.phrases);
    if (!this.signatures || pairs.length === 0) return this.mini.search(plan.query, { filter });
    const marks = new Uint8Array(internals._nextId);
    this.signatures.markMayHoldAll(pairs, marks);
    const restricted = readLists(internals, plan.query);
    try {
      for (const list of restricted) list.restrict(marks);
      return this.mini.search(plan.query, { filter, boostDocument: (id: string) => marks[internals._idToShortId.get(id) as number] ?? 0 });
    } finally {
      for (const list of restricted) list.unrestrict();
    }
  }

  add(articles: readonly Article[]): void {
    for (const article of articles) {
      if (this.mini.has(article.id)) this.mini.discard(article.id);
      addDocuments(this.mini, this.signatures, [toSearchDocument(article, this.build)]);
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
    const { value, postings } = packPostings(this.mini, () => withoutEmptyTerms(this.mini.toJSON()));
    return JSON.stringify({ ...value, postings, signatures: this.signatures?.pack() });
  }
}

/** Builds the search index of articles (ids must be unique). */
export function createSearchIndex(articles: readonly Article[], options: BuildOptions = {}): SearchIndex {
  const mini = new MiniSearch<SearchDocument>(SEARCH_OPTIONS.miniSearch);
  // NOTE: documents are made one at a time (a generator): all bodies at once would be
  // hundreds of MB at 100k articles.
  const documents = function* (): Generator<SearchDocument> {
    for (const article of articles) yield toSearchDocument(article, options);
  };
  const signatures = new PairSignatures();
  addDocuments(mini, signatures, documents());
  return new MiniSearchIndex(mini, signatures, articles, options);
}

/**
 * Restores an index from `SearchIndex.toJSON()` output over the same articles (any order);
 * `options` serve later `add` calls. Throws SNAPSHOT_INVALID when the JSON is corrupt, not
 * MiniSearch's, or not about exactly these article ids.
 */
export function loadSearchIndex(json: string, articles: readonly Article[], options: BuildOptions = {}): SearchIndex {
  let mini: MiniSearch<SearchDocument>;
  let signatures: PairSignatures | null;
  try {
    // NOTE: parsed once here, not by `MiniSearch.loadJSON`, so the packed postings are read
    // from the same object; `loadJS` takes the same options.
    const js = JSON.parse(json) as Parameters<typeof MiniSearch.loadJS>[0] & { postings?: unknown; signatures?: unknown };
    mini = MiniSearch.loadJS<SearchDocument>(js, SEARCH_OPTIONS.miniSearch);
    if (js.postings !== undefined) unpackPostings(mini, js.postings, Array.isArray(js.index) && js.index.length === 0);
    signatures = js.signatures === undefined ? null : PairSignatures.unpack(js.signatures);
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
  return new MiniSearchIndex(mini, signatures, articles, options);
}
