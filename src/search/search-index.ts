import type { Article } from "../model/article.ts";
import { DiemtinError } from "../util/errors.ts";
import { buildIndexData, type BuildOptions } from "./build-index.ts";
import { indexDataFromJSON, indexDataToJSON, type IndexData } from "./index-data.ts";
import { SEARCH_OPTIONS, type FieldName } from "./options.ts";
import { createPhraseMatcher, type PhraseMatcher } from "./phrase.ts";
import { decodePostings, type FieldPostings } from "./postings.ts";
import { parseQuery, type QueryUnit } from "./query.ts";
import { TopK } from "./top-k.ts";

/** One search result: the article id, its relevance score and the query terms it matched. */
export interface SearchHit {
  readonly id: string;
  readonly score: number;
  /** Matched query terms in `indexTerms` form (folded, plus accented when matched exactly). */
  readonly terms: string[];
}

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
  /** The index as a JSON string, for `loadSearchIndex`. */
  toJSON(): string;
}

const TEXT_FIELDS: readonly FieldName[] = ["title", "lead", "body", "people", "places"];
const DOCUMENT_FIELDS: readonly FieldName[] = ["documents"];

function compareNewest(a: Article, b: Article): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function popcount(value: number): number {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

interface ScoredUnit {
  readonly unit: QueryUnit;
  readonly bit: number;
  readonly weight: number;
  /** The unit's fold group, undefined when no stored term folds to it. */
  readonly group: number | undefined;
  /** Whether the unit is so frequent in bodies that it is not scored there (see options). */
  readonly common: boolean;
  readonly exactIds: readonly number[];
  readonly terms: readonly string[];
}

// NOTE: one engine answers one query at a time (search is synchronous); the per-document
// scratch arrays are reused across queries, reset lazily through an epoch stamp.
class Engine implements SearchIndex {
  readonly documentCount: number;
  private readonly termIds = new Map<string, number>();
  private readonly foldIds = new Map<string, number>();
  private readonly fieldIndex = new Map<FieldName, FieldPostings>();
  /** Per field, each document's BM25 length term k·(1 − b + b·length/avgLength). */
  private readonly denominators = new Map<FieldName, Float64Array>();
  private readonly rank: Int32Array;
  private readonly score: Float64Array;
  private readonly mask: Uint32Array;
  private readonly exact: Uint32Array;
  private readonly stamp: Uint32Array;
  private readonly touched: Int32Array;
  private readonly unionStamp: Uint32Array;
  private readonly unionTf: Uint32Array;
  private readonly unionDocs: Int32Array;
  private readonly docs: Int32Array;
  private readonly tfs: Uint16Array;
  private epoch = 0;
  private unionEpoch = 0;
  private count = 0;

  constructor(
    private readonly data: IndexData,
    private readonly articles: readonly Article[],
  ) {
    const n = articles.length;
    this.documentCount = n;
    data.terms.forEach((term, id) => this.termIds.set(term, id));
    data.folds.forEach((folded, group) => this.foldIds.set(folded, group));
    const { k, b } = SEARCH_OPTIONS.bm25;
    SEARCH_OPTIONS.fields.forEach((name, f) => {
      const field = data.fields[f] as FieldPostings;
      this.fieldIndex.set(name, field);
      const denominators = new Float64Array(n);
      for (let doc = 0; doc < n; doc++) denominators[doc] = k * (1 - b + (b * (field.lengths[doc] as number)) / (field.avgLength || 1));
      this.denominators.set(name, denominators);
    });
    const order = articles.map((_, i) => i).sort((a, b) => compareNewest(articles[a] as Article, articles[b] as Article));
    this.rank = new Int32Array(n);
    order.forEach((doc, position) => (this.rank[doc] = position));
    this.score = new Float64Array(n);
    this.mask = new Uint32Array(n);
    this.exact = new Uint32Array(n);
    this.stamp = new Uint32Array(n);
    this.touched = new Int32Array(n);
    this.unionStamp = new Uint32Array(n);
    this.unionTf = new Uint32Array(n);
    this.unionDocs = new Int32Array(n);
    this.docs = new Int32Array(n);
    this.tfs = new Uint16Array(n);
  }

  toJSON(): string {
    return indexDataToJSON(this.data);
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, Math.floor(options.limit ?? SEARCH_OPTIONS.defaultLimit));
    const parsed = parseQuery(query);
    if (parsed.units.length === 0 || limit === 0 || this.documentCount === 0) return [];
    this.epoch = this.epoch === 0xffffffff ? 1 : this.epoch + 1;
    if (this.epoch === 1) this.stamp.fill(0);
    this.count = 0;
    let required = 0;
    for (const phrase of parsed.phrases) required |= phrase.requiredMask;
    const units = parsed.units.map((unit, i) => this.prepare(unit, i, required));
    const common = units.every((scored) => scored.common) ? [] : units.filter((scored) => scored.common);
    let counted = 0;
    for (const scored of units) {
      const skipBody = common.includes(scored);
      if (!skipBody) counted = (counted | scored.bit) >>> 0;
      this.scoreUnit(scored, skipBody);
    }

    const coverage = new Float64Array(SEARCH_OPTIONS.maxUnits + 1);
    const total = popcount(counted);
    for (let m = 0; m <= total; m++) coverage[m] = (m / total) ** SEARCH_OPTIONS.coverageExponent;
    const { filter } = options;
    const phrases = parsed.phrases.map((phrase) => ({
      required: phrase.requiredMask >>> 0,
      exact: phrase.exactMask >>> 0,
      matcher: phrase.verify ? createPhraseMatcher(phrase.verify.syllables, phrase.verify.accented) : null,
    }));
    const top = new TopK(Math.min(limit, this.documentCount), this.rank);
    for (let i = 0; i < this.count; i++) {
      const doc = this.touched[i] as number;
      const mask = this.mask[doc] as number;
      let ok = true;
      for (const phrase of phrases) {
        if ((mask & phrase.required) >>> 0 !== phrase.required || ((this.exact[doc] as number) & phrase.exact) >>> 0 !== phrase.exact) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const final = (this.score[doc] as number) * (coverage[popcount((mask & counted) >>> 0)] as number);
      if (final <= 0 || !top.admits(final, doc)) continue;
      const article = this.articles[doc] as Article;
      if (phrases.some((phrase) => phrase.matcher !== null && !matchesArticle(phrase.matcher, article))) continue;
      if (filter && !filter(article.id)) continue;
      top.push(final, doc);
    }
    return top.sorted().map(({ doc, score }) => ({ id: (this.articles[doc] as Article).id, score, terms: this.hitTerms(units, doc) }));
  }

  private prepare(unit: QueryUnit, index: number, required: number): ScoredUnit {
    const weight =
      unit.kind === "document" ? SEARCH_OPTIONS.documentWeight : unit.kind === "pair" ? SEARCH_OPTIONS.pairWeight : SEARCH_OPTIONS.syllableWeight;
    const exactIds = unit.accented.flatMap((term) => {
      const id = this.termIds.get(term);
      return id === undefined ? [] : [id];
    });
    const bit = 2 ** index;
    const group = this.foldIds.get(unit.folded);
    let bodyDf = 0;
    if (group !== undefined && unit.kind !== "document") {
      const body = this.fieldIndex.get("body") as FieldPostings;
      const end = this.data.foldStart[group + 1] as number;
      for (let term = this.data.foldStart[group] as number; term < end; term++) bodyDf += body.df[term] as number;
    }
    const cut = Math.max(SEARCH_OPTIONS.commonMinDocs, SEARCH_OPTIONS.commonFraction * this.documentCount);
    const common = bodyDf > cut && ((required & bit) >>> 0) === 0;
    return { unit, bit, weight, group, exactIds, common, terms: [unit.folded, ...unit.accented] };
  }

  private hitTerms(units: readonly ScoredUnit[], doc: number): string[] {
    const mask = this.mask[doc] as number;
    const exact = this.exact[doc] as number;
    const out: string[] = [];
    for (const scored of units) {
      if ((mask & scored.bit) === 0) continue;
      out.push(scored.unit.folded);
      if ((exact & scored.bit) !== 0) out.push(...scored.unit.accented);
    }
    return out;
  }

  private scoreUnit(scored: ScoredUnit, skipBody: boolean): void {
    const { group } = scored;
    const fields = scored.unit.kind === "document" ? DOCUMENT_FIELDS : TEXT_FIELDS;
    for (const name of fields) {
      if (skipBody && name === "body") continue;
      const field = this.fieldIndex.get(name) as FieldPostings;
      const denominators = this.denominators.get(name) as Float64Array;
      const boost = SEARCH_OPTIONS.boost[name] * scored.weight;
      if (group !== undefined) {
        const first = this.data.foldStart[group] as number;
        const end = this.data.foldStart[group + 1] as number;
        if (end - first === 1) this.scoreTerm(field, denominators, first, boost, scored.bit, false);
        else this.scoreUnion(field, denominators, first, end, boost, scored.bit);
      }
      for (const id of scored.exactIds) this.scoreTerm(field, denominators, id, boost * SEARCH_OPTIONS.accentWeight, scored.bit, true);
    }
  }

  private idf(df: number): number {
    const n = this.documentCount;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private scoreTerm(field: FieldPostings, denominators: Float64Array, term: number, boost: number, bit: number, exact: boolean): void {
    const df = field.df[term] as number;
    if (df === 0) return;
    const n = decodePostings(field, term, this.docs, this.tfs, this.documentCount);
    this.accumulate(this.docs, n, this.tfs, null, denominators, boost * this.idf(df), bit, exact);
  }

  private scoreUnion(field: FieldPostings, denominators: Float64Array, first: number, end: number, boost: number, bit: number): void {
    this.unionEpoch = this.unionEpoch === 0xffffffff ? 1 : this.unionEpoch + 1;
    if (this.unionEpoch === 1) this.unionStamp.fill(0);
    const { docs, tfs, unionStamp, unionTf, unionDocs } = this;
    const epoch = this.unionEpoch;
    let count = 0;
    for (let term = first; term < end; term++) {
      if (field.df[term] === 0) continue;
      const n = decodePostings(field, term, docs, tfs, this.documentCount);
      for (let i = 0; i < n; i++) {
        const doc = docs[i] as number;
        if (unionStamp[doc] !== epoch) {
          unionStamp[doc] = epoch;
          unionTf[doc] = tfs[i] as number;
          unionDocs[count++] = doc;
        } else {
          unionTf[doc] = (unionTf[doc] as number) + (tfs[i] as number);
        }
      }
    }
    if (count > 0) this.accumulate(unionDocs, count, null, unionTf, denominators, boost * this.idf(count), bit, false);
  }

  /** Adds BM25+ scores of postings (tf from `tfs` by position, or from `tfByDoc` by document). */
  private accumulate(
    docs: Int32Array,
    n: number,
    tfs: Uint16Array | null,
    tfByDoc: Uint32Array | null,
    denominators: Float64Array,
    scale: number,
    bit: number,
    exact: boolean,
  ): void {
    const { k, d } = SEARCH_OPTIONS.bm25;
    const k1 = k + 1;
    const { stamp, score, mask, touched } = this;
    const flags = exact ? this.exact : mask;
    const epoch = this.epoch;
    let count = this.count;
    for (let i = 0; i < n; i++) {
      const doc = docs[i] as number;
      const tf = tfs ? (tfs[i] as number) : (tfByDoc as Uint32Array)[doc] as number;
      if (stamp[doc] !== epoch) {
        stamp[doc] = epoch;
        score[doc] = 0;
        mask[doc] = 0;
        this.exact[doc] = 0;
        touched[count++] = doc;
      }
      score[doc] = (score[doc] as number) + scale * (d + (tf * k1) / (tf + (denominators[doc] as number)));
      flags[doc] = ((flags[doc] as number) | bit) >>> 0;
    }
    this.count = count;
  }
}

function matchesArticle(matcher: PhraseMatcher, article: Article): boolean {
  return matcher(article.title) || matcher(article.lead) || article.paragraphs.some(matcher);
}

/** Builds the search index of articles. */
export function createSearchIndex(articles: readonly Article[], options: BuildOptions = {}): SearchIndex {
  return new Engine(buildIndexData(articles, options), articles);
}

/**
 * Restores an index from `SearchIndex.toJSON()` output over the same articles (any order).
 * Throws SNAPSHOT_INVALID when the JSON is corrupt, of another format, or not about exactly
 * these article ids.
 */
export function loadSearchIndex(json: string, articles: readonly Article[]): SearchIndex {
  const data = indexDataFromJSON(json);
  const byId = new Map(articles.map((article) => [article.id, article]));
  if (data.ids.length !== articles.length || byId.size !== articles.length) {
    throw new DiemtinError("SNAPSHOT_INVALID", `search index: holds ${data.ids.length} articles, the corpus ${articles.length}`);
  }
  const ordered = data.ids.map((id) => {
    const article = byId.get(id);
    if (!article) throw new DiemtinError("SNAPSHOT_INVALID", `search index: article ${id} is not in the corpus`);
    return article;
  });
  return new Engine(data, ordered);
}
