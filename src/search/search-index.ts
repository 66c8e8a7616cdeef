import type { Article } from "../model/article.ts";
import { isStopword } from "../text/index.ts";
import { toIndexedTexts, type BuildOptions } from "./build-index.ts";
import { phrasePairs } from "./pair-signatures.ts";
import { PHRASE_LEVEL, phraseLevel } from "./phrase-check.ts";
import { parseQuery, type ParsedQuery, type QueryTerm, type QueryToken } from "./query.ts";
import { Candidates, UNCHECKED } from "./rank-order.ts";
import { buildSegment, CODE_PREFIX, duplicateKey, FIELD_COUNT, FIELDS, variantBit, type Segment } from "./segment.ts";

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
/** Field weights within the same phrase and coordination level (BM25 per field, summed). */
const BOOST: Readonly<Record<(typeof FIELDS)[number], number>> = { title: 3, lead: 2, body: 1, captions: 0.5, people: 2, places: 1.5, documents: 6 };
const BOOSTS = Float64Array.from(FIELDS.map((field) => BOOST[field]));
const K = 1.2;
const B = 0.7;
// NOTE: small segments (live updates) are merged once there are more than this many.
const MAX_SEGMENTS = 8;
const ANY_SPELLING = 0xffff;

/** What a query term weighs, per spelling an article may write. */
interface TermWeights {
  /** Per spelling (normalized): its IDF and whether it counts for coordination. */
  readonly spellings: ReadonlyMap<string, { readonly idf: number; readonly counted: boolean }>;
}

/** How a term reads in one segment: its id there, which spellings match, weigh and count. */
interface Lookup {
  readonly term: number;
  readonly mask: number;
  /** Per mask bit, the IDF of the spelling(s) it stands for. */
  readonly idf: Float64Array;
  /** Mask bits of the spellings that count for coordination. */
  readonly counted: number;
  /** The bit of the spelling typed, for an unmarked syllable of a marked query (0: none). */
  readonly exact: number;
}

const termKey = (term: QueryTerm): string => (term.code ? CODE_PREFIX + term.folded : term.folded);

function lookup(segment: Segment, term: QueryTerm, weights: TermWeights, queryMarked: boolean): Lookup | null {
  const id = segment.terms.get(termKey(term));
  if (id === undefined) return null;
  const idf = new Float64Array(16);
  let mask = 0;
  let counted = 0;
  let exact = 0;
  const start = segment.variantStarts[id] as number;
  const end = segment.variantStarts[id + 1] as number;
  for (let at = start; at < end; at++) {
    const spelling = segment.variants[at] as string;
    const weight = weights.spellings.get(spelling);
    if (!weight) continue;
    const bit = variantBit(at - start);
    const index = 31 - Math.clz32(bit);
    mask |= bit;
    idf[index] = Math.max(idf[index] as number, weight.idf);
    if (weight.counted) counted |= bit;
    if (queryMarked && !term.marked && spelling === term.normalized) exact |= bit;
  }
  return mask === 0 ? null : { term: id, mask, idf, counted, exact };
}

/** Scratch arrays for scoring one segment, reused across queries. */
class Scratch {
  scores = new Float64Array(0);
  cover = new Uint32Array(0);
  exact = new Uint32Array(0);
  held = new Uint32Array(0);

  reset(size: number): void {
    if (this.scores.length < size) {
      this.scores = new Float64Array(size);
      this.cover = new Uint32Array(size);
      this.exact = new Uint32Array(size);
      this.held = new Uint32Array(size);
    } else {
      this.scores.fill(0, 0, size);
      this.cover.fill(0, 0, size);
      this.exact.fill(0, 0, size);
      this.held.fill(0, 0, size);
    }
  }
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

class SegmentedIndex implements SearchIndex {
  private readonly byId = new Map<string, Article>();
  private readonly where = new Map<string, { segment: Segment; local: number }>();
  /** Per segment, its articles by local number. */
  private readonly aligned = new WeakMap<Segment, (Article | undefined)[]>();
  private readonly scratch = new Scratch();
  private lengthTotals = new Float64Array(FIELD_COUNT);
  private live = 0;

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
    const candidates = new Candidates();
    const context = this.context(parsed);
    for (const segment of this.parts) this.scoreSegment(segment, parsed, context, options.filter, candidates);
    for (let i = 0; i < candidates.size; i++) {
      if (candidates.phrase[i] === UNCHECKED) candidates.phrase[i] = phraseLevel(candidates.articles[i] as Article, parsed.tokens);
    }
    const hits: SearchHit[] = [];
    // NOTE: the best `limit` are ranked first; only when repeats left out leave the list short
    // are more ranked.
    for (let wanted = limit; ; wanted *= 4) {
      const order = candidates.best(wanted);
      hits.length = 0;
      const shown = new Map<number, Article[]>();
      for (const at of order) {
        if (hits.length >= limit) break;
        const article = candidates.articles[at] as Article;
        const hash = options.distinct ? (candidates.duplicate[at] as number) : 0;
        if (hash !== 0) {
          // NOTE: equal hashes are confirmed on the keys themselves.
          const same = shown.get(hash);
          const key = same ? duplicateKey(article.title, article.lead) : null;
          if (same?.some((other) => duplicateKey(other.title, other.lead) === key)) continue;
          shown.set(hash, [...(same ?? []), article]);
        }
        const held = candidates.held[at] as number;
        const terms = parsed.terms.filter((_, term) => (held & (1 << term)) !== 0).map((term) => (term.marked ? term.normalized : term.folded));
        hits.push({ id: article.id, score: candidates.score[at] as number, terms });
      }
      if (hits.length >= limit || order.length >= candidates.size) return hits;
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

  private scoreSegment(
    segment: Segment,
    parsed: ParsedQuery,
    context: { weights: TermWeights[]; averages: Float64Array },
    filter: ((id: string) => boolean) | undefined,
    out: Candidates,
  ): void {
    const size = segment.ids.length;
    const { scores, cover, exact, held } = this.prepare(size);
    let content = 0;
    parsed.terms.forEach((term, at) => {
      const bit = 1 << at;
      const weights = context.weights[at] as TermWeights;
      if (!term.stopword) content |= bit;
      const found = lookup(segment, term, weights, parsed.marked);
      if (!found) return;
      for (let f = term.code ? FIELD_COUNT - 1 : 0; f < (term.code ? FIELD_COUNT : FIELD_COUNT - 1); f++) {
        const start = segment.offsets[found.term * FIELD_COUNT + f] as number;
        const end = segment.offsets[found.term * FIELD_COUNT + f + 1] as number;
        const boost = BOOSTS[f] as number;
        const average = context.averages[f] as number;
        for (let p = start; p < end; p++) {
          const mask = (segment.masks[p] as number) & found.mask;
          if (mask === 0) continue;
          // NOTE: an article weighs by the rarest spelling it writes ("tài" more than "tại").
          let idf = 0;
          for (let bits = mask; bits !== 0; bits &= bits - 1) idf = Math.max(idf, found.idf[31 - Math.clz32(bits & -bits)] as number);
          const local = segment.postings[p] as number;
          const count = segment.counts[p] as number;
          const length = segment.lengths[local * FIELD_COUNT + f] as number;
          scores[local]! += (idf * boost * count * (K + 1)) / (count + K * (1 - B + (B * length) / average));
          held[local]! |= bit;
          if ((mask & found.counted) !== 0) cover[local]! |= bit;
          if ((mask & found.exact) !== 0) exact[local]! |= bit;
        }
      }
    });
    const phrase = parsed.tokens.length >= 2 ? this.mayHold(segment, [parsed.tokens]) : null;
    const quoted = parsed.phrases.length > 0 ? this.mayHold(segment, parsed.phrases) : null;
    const aligned = this.aligned.get(segment) ?? [];
    for (let local = 0; local < size; local++) {
      const holds = held[local] as number;
      if ((holds & content) === 0 || segment.deleted[local]) continue;
      if (quoted && !quoted[local]) continue;
      const article = aligned[local];
      if (!article || (filter && !filter(article.id))) continue;
      if (parsed.phrases.some((tokens) => !this.holdsQuoted(article, tokens))) continue;
      out.push(article, phrase && phrase[local] ? UNCHECKED : PHRASE_LEVEL.none, popcount(cover[local] as number), popcount(exact[local] as number), scores[local] as number, holds, segment.duplicates[local] as number);
    }
  }

  private holdsQuoted(article: Article, tokens: readonly QueryToken[]): boolean {
    return phraseLevel(article, tokens) !== PHRASE_LEVEL.none;
  }

  private prepare(size: number): Scratch {
    this.scratch.reset(size);
    return this.scratch;
  }

  /** Marks (1) the articles of a segment whose pair signature may hold every phrase. */
  private mayHold(segment: Segment, phrases: readonly (readonly QueryToken[])[]): Uint8Array {
    const marks = new Uint8Array(segment.ids.length);
    const pairs = phrasePairs(phrases.map((tokens) => ({ verify: { syllables: tokens.map((token) => token.folded) } })));
    if (pairs.length === 0) marks.fill(1);
    else segment.signatures.markMayHoldAll(pairs, marks);
    return marks;
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
  const segment = buildSegment(
    (function* () {
      let done = 0;
      for (const article of articles) {
        yield toIndexedTexts(article, options);
        if (++done % 1000 === 0) options.onIndexed?.(done);
      }
      options.onIndexed?.(done);
    })(),
  );
  return new SegmentedIndex([segment], articles, options);
}

/** An index over restored segments and the articles they were built from. */
export function createSegmentedIndex(segments: Segment[], articles: readonly Article[], options: BuildOptions = {}): SearchIndex {
  return new SegmentedIndex(segments, articles, options);
}
