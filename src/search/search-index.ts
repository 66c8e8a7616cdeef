import type { Article } from "../model/article.ts";
import { isStopword } from "../text/index.ts";
import { buildArticleSegment, toIndexedTexts, type BuildOptions } from "./build-index.ts";
import { PHRASE_LEVEL, phraseLevel } from "./phrase-check.ts";
import { parseQuery, type ParsedQuery, type QueryTerm, type QueryToken } from "./query.ts";
import { Candidates } from "./rank-order.ts";
import { scoreSegment, termKey, type TermWeights } from "./score-segment.ts";
import { buildSegment, duplicateKey, FIELD_COUNT, type Segment } from "./segment.ts";

/** One search result: the article id, its relevance score and the query terms it matched. */
export interface SearchHit {
  readonly id: string;
  readonly score: number;
  /** Matched query syllables (folded, or as typed when typed with marks), for snippets. */
  readonly terms: string[];
}

/** Per-call search options. */
export interface SearchOptions {
  /** Keeps only articles for which it returns true (applied before the limit). */
  readonly filter?: (id: string) => boolean;
  /** Most hits returned; default `DEFAULT_LIMIT`. */
  readonly limit?: number;
  /** Shows an article repeating a better-ranked one (same title and lead) once: for lists people read. */
  readonly distinct?: boolean;
}

/** The full-text index over the corpus's articles. */
export interface SearchIndex {
  readonly documentCount: number;
  /** Hits for a query, best first (see rank-order.ts); [] when nothing matches. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Adds articles, replacing those already indexed under the same id. */
  add(articles: readonly Article[]): void;
  /** Removes articles by id; unknown ids are ignored. */
  remove(ids: readonly string[]): void;
  /** The index's segments, compacted into one, for a snapshot (snapshot.ts). */
  segments(): readonly Segment[];
}

/** Hits returned when the caller gives no limit. */
export const DEFAULT_LIMIT = 200;
// NOTE: small segments (live updates) are merged once there are more than this many.
const MAX_SEGMENTS = 8;

class SegmentedIndex implements SearchIndex {
  private readonly byId = new Map<string, Article>();
  private readonly where = new Map<string, { segment: Segment; local: number }>();
  /** Per segment, its articles by local number. */
  private readonly aligned = new WeakMap<Segment, (Article | undefined)[]>();
  private lengthTotals = new Float64Array(FIELD_COUNT);
  private live = 0;
  /** Reused by every search (searches run one at a time): a large query's arrays are not made again. */
  private readonly candidates = new Candidates();

  constructor(
    private parts: Segment[],
    articles: readonly Article[],
    private readonly build: BuildOptions,
  ) {
    for (const article of articles) this.byId.set(article.id, article);
    for (const segment of parts) this.track(segment);
  }

  get documentCount(): number {
    return this.live;
  }

  private track(segment: Segment): void {
    const aligned: (Article | undefined)[] = new Array(segment.ids.length);
    this.aligned.set(segment, aligned);
    segment.ids.forEach((id, local) => {
      if (segment.deleted[local]) return;
      aligned[local] = this.byId.get(id);
      this.where.set(id, { segment, local });
      this.live++;
      for (let f = 0; f < FIELD_COUNT; f++) this.lengthTotals[f]! += segment.lengths[local * FIELD_COUNT + f] as number;
    });
  }

  private untrack(id: string): void {
    const found = this.where.get(id);
    if (!found) return;
    const { segment, local } = found;
    segment.deleted[local] = 1;
    this.where.delete(id);
    this.live--;
    for (let f = 0; f < FIELD_COUNT; f++) this.lengthTotals[f]! -= segment.lengths[local * FIELD_COUNT + f] as number;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
    if (limit === 0 || this.live === 0) return [];
    const parsed = parseQuery(query);
    if (parsed.terms.every((term) => term.stopword)) return [];
    const { weights, averages } = this.context(parsed);
    const check = (article: Article, bound: number): number | null => {
      if (parsed.phrases.some((tokens) => !this.holdsQuoted(article, tokens))) return null;
      return bound === PHRASE_LEVEL.none ? PHRASE_LEVEL.none : phraseLevel(article, parsed.tokens);
    };
    const hits: SearchHit[] = [];
    // NOTE: the best `limit` are ranked first; only when repeats left out leave the list short
    // are more ranked (and, when scoring left articles out, scored again for more).
    for (let wanted = limit; ; wanted *= 4) {
      const candidates = this.candidates.clear();
      let pruned = false;
      for (const segment of this.parts) {
        const aligned = this.aligned.get(segment) ?? [];
        if (scoreSegment(segment, aligned, { parsed, weights, averages, filter: options.filter, wanted }, candidates)) pruned = true;
      }
      const order = candidates.bestChecked(wanted, check);
      hits.length = 0;
      const shown = new Map<number, Article | Article[]>();
      for (const at of order) {
        if (hits.length >= limit) break;
        const article = candidates.articles[at] as Article;
        const hash = options.distinct ? (candidates.duplicate[at] as number) : 0;
        if (hash !== 0) {
          // NOTE: equal hashes are confirmed on the keys themselves.
          const same = shown.get(hash);
          if (same === undefined) shown.set(hash, article);
          else {
            const key = duplicateKey(article.title, article.lead);
            const others = Array.isArray(same) ? same : [same];
            if (others.some((other) => duplicateKey(other.title, other.lead) === key)) continue;
            shown.set(hash, [...others, article]);
          }
        }
        const held = candidates.held[at] as number;
        const terms: string[] = [];
        for (let bit = 0; bit < parsed.terms.length; bit++) {
          const term = parsed.terms[bit] as QueryTerm;
          if ((held & (1 << bit)) !== 0) terms.push(term.marked ? term.normalized : term.folded);
        }
        hits.push({ id: article.id, score: candidates.score[at] as number, terms });
      }
      if (hits.length >= limit || (!pruned && order.length < wanted)) return hits;
    }
  }

  /**
   * Per term, per spelling it matches (the one typed when typed with marks, any otherwise),
   * its IDF and whether it counts for coordination (not a stopword: "tai" counts where an
   * article writes "tài", not where it writes "tại").
   */
  private context(parsed: ParsedQuery): { weights: TermWeights[]; averages: Float64Array } {
    const n = this.live;
    const frequencies = parsed.terms.map((term) => {
      const found = new Map<string, number>();
      for (const segment of this.parts) {
        const id = segment.terms.get(termKey(term));
        if (id === undefined) continue;
        const start = segment.variantStarts[id] as number;
        const end = segment.variantStarts[id + 1] as number;
        for (let at = start; at < end; at++) {
          const spelling = segment.variants[at] as string;
          if (term.marked && spelling !== term.normalized) continue;
          found.set(spelling, (found.get(spelling) ?? 0) + (segment.variantFrequency[at] as number));
        }
      }
      return found;
    });
    const stop = (term: QueryTerm, spelling: string) => term.stopword || (!term.code && isStopword(spelling));
    const weights = parsed.terms.map((term, at): TermWeights => {
      const found = frequencies[at] as Map<string, number>;
      // NOTE: in a query typed with marks, a syllable typed without is most likely spelled as
      // typed ("cho", "ra"): every spelling it matches weighs and counts as that one.
      const typed = parsed.marked && !term.marked ? found.get(term.normalized) : undefined;
      const spellings = new Map<string, { idf: number; counted: boolean }>();
      for (const [spelling, own] of found) {
        const df = typed ?? own;
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        spellings.set(spelling, { idf, counted: !stop(term, typed === undefined ? spelling : term.normalized) });
      }
      return { spellings };
    });
    const averages = Float64Array.from(this.lengthTotals, (total) => Math.max(1, total / Math.max(1, n)));
    return { weights, averages };
  }

  private holdsQuoted(article: Article, tokens: readonly QueryToken[]): boolean {
    return phraseLevel(article, tokens) !== PHRASE_LEVEL.none;
  }

  add(articles: readonly Article[]): void {
    if (articles.length === 0) return;
    const unique = new Map(articles.map((article) => [article.id, article]));
    for (const id of unique.keys()) this.untrack(id);
    for (const article of unique.values()) this.byId.set(article.id, article);
    const segment = buildSegment([...unique.values()].map((article) => toIndexedTexts(article, this.build)));
    this.parts.push(segment);
    this.track(segment);
    if (this.parts.length > MAX_SEGMENTS) this.mergeSmall();
  }

  /** Rebuilds every segment but the largest into one. */
  private mergeSmall(): void {
    const largest = this.parts.reduce((a, b) => (a.ids.length >= b.ids.length ? a : b));
    const small = this.parts.filter((segment) => segment !== largest);
    const articles = small.flatMap((segment) => segment.ids.filter((_, local) => !segment.deleted[local]).map((id) => this.byId.get(id) as Article));
    for (const article of articles) this.untrack(article.id);
    const merged = buildSegment(articles.map((article) => toIndexedTexts(article, this.build)));
    this.parts = [largest, merged];
    this.track(merged);
  }

  remove(ids: readonly string[]): void {
    for (const id of ids) {
      if (!this.byId.delete(id)) continue;
      this.untrack(id);
    }
  }

  segments(): readonly Segment[] {
    if (this.parts.length > 1 || this.parts.some((segment) => segment.deleted.includes(1))) {
      const articles = [...this.where.keys()].map((id) => this.byId.get(id) as Article);
      this.parts = [buildSegment(articles.map((article) => toIndexedTexts(article, this.build)))];
      this.live = 0;
      this.where.clear();
      this.lengthTotals = new Float64Array(FIELD_COUNT);
      this.track(this.parts[0] as Segment);
    }
    return this.parts;
  }
}

/** Builds the search index of articles (ids must be unique). */
export function createSearchIndex(articles: readonly Article[], options: BuildOptions = {}): SearchIndex {
  return new SegmentedIndex([buildArticleSegment(articles, options)], articles, options);
}

/** An index over restored segments and the articles they were built from. */
export function createSegmentedIndex(segments: Segment[], articles: readonly Article[], options: BuildOptions = {}): SearchIndex {
  return new SegmentedIndex(segments, articles, options);
}
