import type { EventFingerprint } from "./fingerprint.ts";
import { createKeyBuckets, type KeyBuckets } from "./key-buckets.ts";
import { HEAD_THRESHOLD, mayBeCopy } from "./same-event.ts";

/** Bounds of event candidate blocking: they keep grouping linear and its memory proportional to the articles. */
export interface EventBlockLimits {
  /** Event leaders kept per MinHash LSH band bucket. */
  readonly bandLeaders: number;
  /** Event leaders kept per event day and title/lead shingle. */
  readonly shingleLeaders: number;
  /** Full comparisons (`isSameEvent`) per article. */
  readonly maxChecks: number;
}

// NOTE: on the 2,658 seed and dantri files no list reaches these bounds (at most 55 articles
// of one day share a title/lead shingle, at most 2 share a band), so real groupings are those of
// unbounded blocking; the bounds only bite on floods of look-alike texts.
/** Default bounds of candidate blocking. */
export const EVENT_BLOCK_LIMITS: EventBlockLimits = { bandLeaders: 8, shingleLeaders: 64, maxChecks: 64 };

/** Candidate blocks over fingerprints: which event leaders an article is compared with. */
export interface CandidateBlocks {
  /**
   * The distinct leaders article `i` may join: leaders of its event day whose title and lead
   * shingles reach `HEAD_THRESHOLD` with its own (counted exactly over the blocks), and leaders
   * of articles sharing one of its LSH bands that may be copies of it (`mayBeCopy`). Any other
   * leader fails `isSameEvent`, so leaving it out changes nothing.
   */
  candidates(i: number): number[];
  /** Records that article `i` joined `leader`'s event (its own when it leads one). */
  add(i: number, leader: number): void;
}

// NOTE: articles keyed between two steps of `candidateBlockSteps`.
const STEP_ARTICLES = 2000;

/** Creates empty candidate blocks over the fingerprints of the articles being grouped. */
export function createCandidateBlocks(prints: readonly EventFingerprint[], limits: EventBlockLimits): CandidateBlocks {
  const steps = candidateBlockSteps(prints, limits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `createCandidateBlocks` in steps: the generator pauses after every few thousand articles
 * keyed and returns the blocks. NOTE: the blocks are typed arrays sized once from the keys
 * (see `createKeyBuckets`): a map of small arrays per day and shingle held about 6 M entries
 * at 100k articles, hundreds of MB of heap the process kept after the grouping was built.
 */
export function* candidateBlockSteps(prints: readonly EventFingerprint[], limits: EventBlockLimits): Generator<void, CandidateBlocks, void> {
  // NOTE: a head bucket is one event day's shingle; each day's shingles are numbered apart, so
  // its keys are the day's number and the shingle, exactly (no hash of the two).
  const dayNumbers = new Map<number, number>();
  const heads = yield* createKeyBuckets(prints.length, limits.shingleLeaders, "first", STEP_ARTICLES, function* (i) {
    const print = prints[i] as EventFingerprint;
    if (print.when.day === null) return;
    let day = dayNumbers.get(print.when.day);
    if (day === undefined) dayNumbers.set(print.when.day, (day = dayNumbers.size));
    for (const shingle of print.head) yield day * 0x1_0000_0000 + shingle;
  });
  dayNumbers.clear();
  // NOTE: copies are dated within a week of each other and articles come newest first, so a
  // band bucket keeps the leaders added last (the nearest in date).
  const bands = yield* createKeyBuckets(prints.length, limits.bandLeaders, "last", STEP_ARTICLES, (i) => (prints[i] as EventFingerprint).bands);
  return createBlocks(prints, heads, bands);
}

function createBlocks(prints: readonly EventFingerprint[], heads: KeyBuckets, bands: KeyBuckets): CandidateBlocks {
  const shared = new Int32Array(prints.length);
  const seen = new Int32Array(prints.length).fill(-1);
  const touched: number[] = [];
  return {
    candidates(i) {
      const print = prints[i] as EventFingerprint;
      const out: number[] = [];
      heads.forEachValue(i, (leader) => {
        if (shared[leader] === 0) touched.push(leader);
        shared[leader] = (shared[leader] as number) + 1;
      });
      for (const leader of touched) {
        const both = shared[leader] as number;
        shared[leader] = 0;
        const union = print.head.length + (prints[leader] as EventFingerprint).head.length - both;
        if (both / union >= HEAD_THRESHOLD) {
          seen[leader] = i;
          out.push(leader);
        }
      }
      touched.length = 0;
      bands.forEachValue(i, (leader) => {
        if (seen[leader] === i) return;
        seen[leader] = i;
        if (mayBeCopy(print, prints[leader] as EventFingerprint)) out.push(leader);
      });
      return out;
    },
    add(i, leader) {
      if (leader === i) heads.put(i, i);
      bands.put(i, leader);
    },
  };
}
