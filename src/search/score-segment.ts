import type { Article } from "../model/article.ts";
import { phrasePairs } from "./pair-signatures.ts";
import { PHRASE_LEVEL } from "./phrase-check.ts";
import type { ParsedQuery, QueryTerm, QueryToken } from "./query.ts";
import type { Candidates } from "./rank-order.ts";
import { kthLargest } from "./kth-largest.ts";
import { CODE_PREFIX, FIELD_COUNT, FIELDS, variantBit, type Segment } from "./segment.ts";
import { COORDINATION_STEP, ELIGIBLE, EXCLUDED, K, level, read, scratch, type Lookup } from "./term-read.ts";

/** What a query term weighs, per spelling an article may write. */
export interface TermWeights {
  /** Per spelling (normalized): its IDF and whether it counts for coordination. */
  readonly spellings: ReadonlyMap<string, { readonly idf: number; readonly counted: boolean }>;
}

/** What scoring a segment needs besides the segment: the query, its weights and the corpus' average field lengths. */
export interface ScoreContext {
  readonly parsed: ParsedQuery;
  readonly weights: readonly TermWeights[];
  readonly averages: Float64Array;
  readonly filter: ((id: string) => boolean) | undefined;
  /** How many of the best results are wanted: articles that cannot be among them may be left out. */
  readonly wanted: number;
}

/** Field weights within the same phrase and coordination level (BM25 per field, summed). */
const BOOST: Readonly<Record<(typeof FIELDS)[number], number>> = { title: 3, lead: 2, body: 1, captions: 0.5, people: 2, places: 1.5, documents: 6 };
const BOOSTS = Float64Array.from(FIELDS.map((field) => BOOST[field]));
const B = 0.7;
/** The fields a phrase is checked in (`Scratch.fields` holds the terms held in each). */
const TITLE = FIELDS.indexOf("title");
const LEAD = FIELDS.indexOf("lead");
const BODY = FIELDS.indexOf("body");
const CAPTIONS = FIELDS.indexOf("captions");

/** The key of a query term in a segment's dictionary. */
export const termKey = (term: QueryTerm): string => (term.code ? CODE_PREFIX + term.folded : term.folded);

/** The fields a term is looked up in: document codes in theirs, syllables in the others. */
const fieldsOf = (term: QueryTerm): readonly [from: number, to: number] => (term.code ? [FIELD_COUNT - 1, FIELD_COUNT] : [0, FIELD_COUNT - 1]);

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
  if (mask === 0) return null;
  const [from, to] = fieldsOf(term);
  const postings = (segment.offsets[id * FIELD_COUNT + to] as number) - (segment.offsets[id * FIELD_COUNT + from] as number);
  return { term: id, mask, idf, counted, exact, postings };
}


/** Per segment, the BM25 length norm of each article's fields for the averages they were computed with. */
const norms = new WeakMap<Segment, { averages: Float64Array; norms: (Float64Array | null)[] }>();

/** `K * (1 - B + B * length / average)` of field `f` of every article of a segment (memoized while the averages hold). */
function normsOf(segment: Segment, averages: Float64Array, f: number): Float64Array {
  let entry = norms.get(segment);
  if (!entry || entry.averages.some((value, at) => value !== averages[at])) {
    entry = { averages: Float64Array.from(averages), norms: new Array<Float64Array | null>(FIELD_COUNT).fill(null) };
    norms.set(segment, entry);
  }
  let out = entry.norms[f];
  if (!out) {
    const size = segment.ids.length;
    const average = averages[f] as number;
    out = new Float64Array(size);
    for (let local = 0; local < size; local++) out[local] = K * (1 - B + (B * (segment.lengths[local * FIELD_COUNT + f] as number)) / average);
    entry.norms[f] = out;
  }
  return out;
}

/** The bits of the terms the query's syllables are, or -1 when one of them is no term (past `MAX_TERMS`). */
function tokenTermBits(parsed: ParsedQuery): number {
  const bits = new Map<string, number>();
  parsed.terms.forEach((term, at) => {
    if (!term.code) bits.set(term.marked ? term.normalized : term.folded, 1 << at);
  });
  let all = 0;
  for (const token of parsed.tokens) {
    const bit = bits.get(token.marked ? token.normalized : token.folded);
    if (bit === undefined) return -1;
    all |= bit;
  }
  return all;
}

/** Marks (1) the articles of a segment whose pair signature may hold every phrase. */
function mayHold(segment: Segment, phrases: readonly (readonly QueryToken[])[], buffer: Uint8Array): Uint8Array {
  const marks = buffer.subarray(0, segment.ids.length).fill(0);
  const pairs = phrasePairs(phrases.map((tokens) => ({ verify: { syllables: tokens.map((token) => token.folded) } })));
  if (pairs.length === 0) marks.fill(1);
  else segment.signatures.markMayHoldAll(pairs, marks);
  return marks;
}

/**
 * Scores one segment's articles for a query and adds those that may be among the `wanted`
 * best to `out`, with their phrase level bounded by the fields holding all the query's
 * syllables (checked later in the text, see `Candidates.bestChecked`). Returns whether some
 * articles were left out.
 * NOTE: content terms are read rarest first. After each term, every article seen has a level
 * it is sure to reach (no phrase; the content terms and exact spellings read so far) and one
 * it may reach (the phrase where the fields allow it; every term still to read). The
 * `wanted`-th best sure level is a floor: articles seen that may not reach it are dropped,
 * and once an article not yet seen may not reach it either (it lacks a syllable read, so no
 * phrase, and holds at most the content terms left), the remaining terms, stopwords
 * included, are read only for the articles kept, by a galloping merge over the sorted
 * posting lists. Stopwords alone never make an article a candidate, so they are always read
 * that way. Every article left out ranks below `wanted` others: the result is exact.
 */
export function scoreSegment(segment: Segment, aligned: readonly (Article | undefined)[], context: ScoreContext, out: Candidates): boolean {
  const { parsed, weights, averages, filter, wanted } = context;
  const size = segment.ids.length;
  scratch.reset(size);
  const { scores, cover, exact, held, fields, seen, sure, order: seenOrder } = scratch;
  const inTitle = fields[TITLE] as Uint32Array;
  const inLead = fields[LEAD] as Uint32Array;
  const inBody = fields[BODY] as Uint32Array;
  const inCaptions = fields[CAPTIONS] as Uint32Array;
  let seenCount = 0;
  const eligible = (local: number): boolean => {
    const article = aligned[local];
    return article !== undefined && !segment.deleted[local] && (!filter || filter(article.id));
  };
  let content = 0;
  const lookups = parsed.terms.map((term, at) => {
    if (!term.stopword) content |= 1 << at;
    return lookup(segment, term, weights[at] as TermWeights, parsed.marked);
  });
  const tokenBits = parsed.tokens.length >= 2 ? tokenTermBits(parsed) : 0;
  const phrase = parsed.tokens.length >= 2 ? mayHold(segment, [parsed.tokens], scratch.phrase) : null;
  const quoted = parsed.phrases.length > 0 ? mayHold(segment, parsed.phrases, scratch.quoted) : null;

  const present = parsed.terms.map((_, at) => at).filter((at) => lookups[at] !== null);
  const contentOrder = present.filter((at) => (content & (1 << at)) !== 0).sort((a, b) => (lookups[a] as Lookup).postings - (lookups[b] as Lookup).postings);
  const order = [...contentOrder, ...present.filter((at) => (content & (1 << at)) === 0)];
  // NOTE: content terms absent from the segment count as left to read: no article here holds them.
  const contentCount = parsed.terms.filter((term) => !term.stopword).length;
  const exactCount = present.filter((at) => (lookups[at] as Lookup).exact !== 0).length;
  let contentLeft = contentCount;
  let exactLeft = exactCount;
  let tokensRead = 0;
  let syllableRead = false;
  let kept: Int32Array | null = null;
  let keptCount = 0;
  /** The floor the articles kept were last checked against, while it holds (-1: to count again). */
  let known = -1;
  let pruned = false;

  /** The best place an article may write the phrase, its fields holding the syllables `need`. */
  const phraseBound = (local: number, need: number): number => {
    if (phrase === null || phrase[local] === 0) return PHRASE_LEVEL.none;
    if (tokenBits === -1) return PHRASE_LEVEL.title;
    if (((inTitle[local] as number) & need) === need) return PHRASE_LEVEL.title;
    if (((inLead[local] as number) & need) === need) return PHRASE_LEVEL.lead;
    if (((inBody[local] as number) & need) === need) return PHRASE_LEVEL.body;
    if (((inCaptions[local] as number) & need) === need) return PHRASE_LEVEL.caption;
    return PHRASE_LEVEL.none;
  };
  /** The best level an article may still reach. */
  const upper = (local: number): number =>
    level(phraseBound(local, tokenBits & tokensRead), contentLeft, exactLeft) + (sure[local] as number);
  /** The `wanted`-th best level the articles seen are sure to reach (0 when fewer are seen). */
  const floorOf = (locals: Int32Array, count: number): number => {
    if (count < wanted || quoted) return 0;
    const histogram = scratch.histogram.fill(0);
    for (let i = 0; i < count; i++) {
      const local = locals[i] as number;
      histogram[sure[local] as number]!++;
    }
    let above = 0;
    for (let at = histogram.length - 1; at > 0; at--) {
      above += histogram[at] as number;
      if (above >= wanted) return at;
    }
    return 0;
  };
  /** Keeps the articles seen eligible, in increasing order (a pass over the flags: cheaper than sorting them). */
  const collectSeen = (): Int32Array => {
    const locals = scratch.kept;
    let count = 0;
    for (let local = 0; local < size; local++) if (seen[local] === ELIGIBLE) locals[count++] = local;
    keptCount = count;
    return locals;
  };

  for (const at of order) {
    const found = lookups[at] as Lookup;
    const bit = 1 << at;
    const isContent = (content & bit) !== 0;
    if (isContent || found.exact !== 0) known = -1;
    if (!isContent && kept === null) {
      kept = collectSeen();
    }
    const [from, to] = fieldsOf(parsed.terms[at] as QueryTerm);
    for (let f = from; f < to; f++) {
      const start = segment.offsets[found.term * FIELD_COUNT + f] as number;
      const end = segment.offsets[found.term * FIELD_COUNT + f + 1] as number;
      if (start === end) continue;
      read.start(found, bit, BOOSTS[f] as number, normsOf(segment, averages, f), f < 4 ? (fields[f] as Uint32Array) : scratch.sink);
      if (kept === null) seenCount = read.readAll(segment, start, end, eligible, seenOrder, seenCount);
      // NOTE: a list much longer than the articles kept is galloped through; another is read whole.
      else if (end - start > keptCount * 8) read.readKept(segment, start, end, kept, keptCount);
      else read.readSeen(segment, start, end);
    }
    if (isContent) contentLeft--;
    if (found.exact !== 0) exactLeft--;
    if ((tokenBits & bit) !== 0) tokensRead |= bit;
    if (!(parsed.terms[at] as QueryTerm).code) syllableRead = true;
    // NOTE: articles seen are sure of at most as many content terms as were read; while as many
    // are left, an article not seen may still reach them, so no floor is worth counting.
    if (kept === null && contentCount - contentLeft < contentLeft) continue;
    let floor: number;
    if (kept === null) {
      // NOTE: an article not seen lacks every syllable read, so it cannot write the phrase.
      const unseen = level(phrase && !syllableRead ? PHRASE_LEVEL.title : PHRASE_LEVEL.none, contentLeft, exactLeft);
      // NOTE: no article seen is sure of more than the content terms and exact spellings read.
      if (level(0, contentCount - contentLeft, exactCount - exactLeft) <= unseen) continue;
      floor = floorOf(seenOrder, seenCount);
      if (floor === 0 || unseen >= floor) continue;
      kept = collectSeen();
      pruned = true;
    } else floor = known >= 0 ? known : floorOf(kept, keptCount);
    if (floor === 0) continue;
    // NOTE: after a term that changed no sure level the floor holds, and only an article that
    // may write the phrase can fall below it (the term's syllable narrowing where it may).
    const full = known < 0;
    if (!full && (tokenBits & bit) === 0) continue;
    let next = 0;
    // NOTE: an article that cannot write the phrase may reach its sure level and the terms left, no more.
    const unmarked = floor - level(PHRASE_LEVEL.none, contentLeft, exactLeft);
    for (let i = 0; i < keptCount; i++) {
      const local = kept[i] as number;
      const marked = phrase !== null && phrase[local] !== 0;
      if (marked ? upper(local) >= floor : !full || (sure[local] as number) >= unmarked) kept[next++] = local;
      else {
        seen[local] = EXCLUDED;
        pruned = true;
      }
    }
    known = floor;
    keptCount = next;
  }

  const locals = kept ?? collectSeen();
  const count = keptCount;
  let results = 0;
  for (let i = 0; i < count; i++) {
    const local = locals[i] as number;
    if (((held[local] as number) & content) === 0 || (quoted && !quoted[local])) continue;
    locals[results++] = local;
  }
  const [floorLevel, floorScore] = quoted ? [0, -Infinity] : finalFloor(locals, results, wanted);
  for (let i = 0; i < results; i++) {
    const local = locals[i] as number;
    const bound = phraseBound(local, tokenBits);
    const certain = sure[local] as number;
    const score = scores[local] as number;
    // NOTE: a check only lowers the phrase level to none, so an article ranks between its sure level and its bound.
    const best = level(bound, 0, 0) + certain;
    if (best < floorLevel || (best === floorLevel && score < floorScore)) {
      pruned = true;
      continue;
    }
    const checked = bound === PHRASE_LEVEL.none && !quoted;
    out.push(aligned[local] as Article, bound, checked, (certain / COORDINATION_STEP) | 0, certain % COORDINATION_STEP, score, held[local] as number, segment.duplicates[local] as number);
  }
  return pruned;
}

/**
 * The `wanted`-th best (sure level, score) among articles whose scores are all read: no
 * article ranking below it (its phrase bound included) can be among the `wanted` best, as
 * every article ranks at least at its sure level. [0, -Infinity] when there are fewer.
 */
function finalFloor(locals: Int32Array, count: number, wanted: number): [level: number, score: number] {
  if (count <= wanted) return [0, -Infinity];
  const { sure, scores, histogram, selected } = scratch;
  histogram.fill(0);
  for (let i = 0; i < count; i++) histogram[sure[locals[i] as number] as number]!++;
  let above = 0;
  let at = histogram.length - 1;
  for (; at > 0 && above + (histogram[at] as number) < wanted; at--) above += histogram[at] as number;
  let size = 0;
  for (let i = 0; i < count; i++) {
    const local = locals[i] as number;
    if (sure[local] === at) selected[size++] = scores[local] as number;
  }
  return [at, kthLargest(selected, size, wanted - above)];
}
