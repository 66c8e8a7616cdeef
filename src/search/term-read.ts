import type { Segment } from "./segment.ts";

// NOTE: the state of scoring one segment for one query and the readers adding a term's
// postings to it; score-segment.ts decides which terms are read how.

/** BM25 term-frequency saturation. */
export const K = 1.2;
/** `Scratch.seen` of an article scoring has not met yet. */
export const UNSEEN = 0;
/** `Scratch.seen` of an article met and eligible (its postings are added). */
export const ELIGIBLE = 1;
/** `Scratch.seen` of an article met and left out for good (filtered, deleted, or below the floor). */
export const EXCLUDED = 2;

/** How a term reads in one segment: its id there, which spellings match, weigh and count. */
export interface Lookup {
  readonly term: number;
  readonly mask: number;
  /** Per mask bit, the IDF of the spelling(s) it stands for. */
  readonly idf: Float64Array;
  /** Mask bits of the spellings that count for coordination. */
  readonly counted: number;
  /** The bit of the spelling typed, for an unmarked syllable of a marked query (0: none). */
  readonly exact: number;
  /** Postings of the term in the fields it is looked up in. */
  readonly postings: number;
}

/** The step of one content term held in a level (`level`); exact spellings count below it. */
export const COORDINATION_STEP = 64;
/** The rank level of a phrase level, content terms held and exact spellings, packed as `Candidates` ranks them. */
export const level = (phrase: number, coordination: number, exact: number): number => phrase * 4096 + coordination * COORDINATION_STEP + exact;

/** Scratch arrays for scoring one segment, reused across queries. */
export class Scratch {
  scores = new Float64Array(0);
  cover = new Uint32Array(0);
  exact = new Uint32Array(0);
  held = new Uint32Array(0);
  /** Per phrase field (title, lead, body, captions: their `FIELDS` ids), the terms held there. */
  fields = [new Uint32Array(0), new Uint32Array(0), new Uint32Array(0), new Uint32Array(0)];
  seen = new Uint8Array(0);
  /** The level each article is sure of (`level(0, content terms held, exact spellings)`), kept as bits are set. */
  sure = new Uint16Array(0);
  /** The articles seen eligible, in the order seen. */
  order = new Int32Array(0);
  /** The articles kept, in increasing order. */
  kept = new Int32Array(0);
  /** Per article, 1 when its pair signature may hold the whole query; the same for the quoted phrases. */
  phrase = new Uint8Array(0);
  quoted = new Uint8Array(0);
  readonly histogram = new Int32Array(level(0, 32, 0));
  /** The scores of the articles at one level (`finalFloor`). */
  selected = new Float64Array(0);
  /** Where the terms held in fields that are not phrase fields go (never read). */
  sink = new Uint32Array(0);

  reset(size: number): void {
    if (this.scores.length < size) {
      this.scores = new Float64Array(size);
      this.cover = new Uint32Array(size);
      this.exact = new Uint32Array(size);
      this.held = new Uint32Array(size);
      this.fields = this.fields.map(() => new Uint32Array(size));
      this.seen = new Uint8Array(size);
      this.sure = new Uint16Array(size);
      this.order = new Int32Array(size);
      this.kept = new Int32Array(size);
      this.phrase = new Uint8Array(size);
      this.quoted = new Uint8Array(size);
      this.sink = new Uint32Array(size);
      this.selected = new Float64Array(size);
      return;
    }
    this.scores.fill(0, 0, size);
    this.cover.fill(0, 0, size);
    this.exact.fill(0, 0, size);
    this.held.fill(0, 0, size);
    for (const field of this.fields) field.fill(0, 0, size);
    this.seen.fill(0, 0, size);
    this.sure.fill(0, 0, size);
  }
}

/** The scratch arrays every segment is scored with (searches run one at a time). */
export const scratch = new Scratch();

/**
 * Adds the postings of one term in one field to the articles' scores and flags: `start` per
 * field, then one of the three readers over a range of the list, each adding a posting
 * through `add`, so scores do not depend on the reader.
 */
export class TermRead {
  private found: Lookup | null = null;
  private bit = 0;
  private termMask = 0;
  private counted = 0;
  private exactBits = 0;
  private boost = 0;
  /** `idf * boost` when the term matches one spelling, else -1 (the posting's spellings choose it). */
  private single = -1;
  private norm: Float64Array = new Float64Array(0);
  private inField: Uint32Array = new Uint32Array(0);

  start(found: Lookup, bit: number, boost: number, norm: Float64Array, inField: Uint32Array): void {
    this.found = found;
    this.bit = bit;
    this.termMask = found.mask;
    this.counted = found.counted;
    this.exactBits = found.exact;
    this.boost = boost;
    this.single = (found.mask & (found.mask - 1)) === 0 ? (found.idf[31 - Math.clz32(found.mask)] as number) * boost : -1;
    this.norm = norm;
    this.inField = inField;
  }

  /** Adds one posting (its article, spellings held by the term, count) to the scores and flags. */
  private add(local: number, mask: number, tf: number): void {
    const bit = this.bit;
    const weight = this.single >= 0 ? this.single : idfOf(this.found as Lookup, mask) * this.boost;
    scratch.scores[local]! += (weight * tf * (K + 1)) / (tf + (this.norm[local] as number));
    scratch.held[local]! |= bit;
    this.inField[local]! |= bit;
    if ((mask & this.counted) !== 0 && ((scratch.cover[local] as number) & bit) === 0) {
      scratch.cover[local]! |= bit;
      scratch.sure[local]! += COORDINATION_STEP;
    }
    if ((mask & this.exactBits) !== 0 && ((scratch.exact[local] as number) & bit) === 0) {
      scratch.exact[local]! |= bit;
      scratch.sure[local]!++;
    }
  }

  /**
   * Reads postings `[from, to)` of a list, making the articles first met seen (eligible or
   * excluded by `eligible`) and adding those eligible. Returns the new count of `order`.
   */
  readAll(segment: Segment, from: number, to: number, eligible: (local: number) => boolean, order: Int32Array, ordered: number): number {
    const { postings, masks, counts } = segment;
    const { seen } = scratch;
    const termMask = this.termMask;
    let count = ordered;
    for (let p = from; p < to; p++) {
      const local = postings[p] as number;
      const state = seen[local] as number;
      if (state === EXCLUDED) continue;
      const mask = (masks[p] as number) & termMask;
      if (state === UNSEEN) {
        if (mask === 0) continue;
        if (!eligible(local)) {
          seen[local] = EXCLUDED;
          continue;
        }
        seen[local] = ELIGIBLE;
        order[count++] = local;
      }
      if (mask === 0) continue;
      this.add(local, mask, counts[p] as number);
    }
    return count;
  }

  /** Reads postings `[from, to)` of a list for the articles seen eligible only. */
  readSeen(segment: Segment, from: number, to: number): void {
    const { postings, masks, counts } = segment;
    const { seen } = scratch;
    const termMask = this.termMask;
    for (let p = from; p < to; p++) {
      const local = postings[p] as number;
      if (seen[local] !== ELIGIBLE) continue;
      const mask = (masks[p] as number) & termMask;
      if (mask === 0) continue;
      this.add(local, mask, counts[p] as number);
    }
  }

  /** Reads postings `[from, to)` of a list for the articles `kept[0, count)` (increasing), galloping to each. */
  readKept(segment: Segment, from: number, to: number, kept: Int32Array, count: number): void {
    const { postings, masks, counts } = segment;
    const termMask = this.termMask;
    let p = from;
    for (let i = 0; i < count && p < to; i++) {
      const local = kept[i] as number;
      if ((postings[p] as number) < local) p = gallop(postings, p, to, local);
      if (p >= to || postings[p] !== local) continue;
      const mask = (masks[p] as number) & termMask;
      if (mask === 0) continue;
      this.add(local, mask, counts[p] as number);
    }
  }
}

/** The posting reader every segment is scored with. */
export const read = new TermRead();

/** The BM25 weight of a posting's spellings: an article weighs by the rarest spelling it writes ("tài" more than "tại"). */
function idfOf(found: Lookup, mask: number): number {
  if ((mask & (mask - 1)) === 0) return found.idf[31 - Math.clz32(mask)] as number;
  let idf = 0;
  for (let bits = mask; bits !== 0; bits &= bits - 1) idf = Math.max(idf, found.idf[31 - Math.clz32(bits & -bits)] as number);
  return idf;
}

/** The first position in `postings[from, end)` (sorted) holding at least `target`, by doubling steps then halving. */
function gallop(postings: Int32Array, from: number, end: number, target: number): number {
  let low = from;
  let step = 1;
  let high = from + 1;
  while (high < end && (postings[high] as number) < target) {
    low = high;
    step *= 2;
    high = from + step;
  }
  if (high > end) high = end;
  while (low + 1 < high) {
    const middle = (low + high) >>> 1;
    if ((postings[middle] as number) < target) low = middle;
    else high = middle;
  }
  return high;
}
