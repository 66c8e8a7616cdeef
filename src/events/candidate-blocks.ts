import type { EventFingerprint } from "./fingerprint.ts";
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

// NOTE: a full list keeps its first leaders (`keep: "first"`) or its last (`keep: "last"`).
function pushCapped<K>(map: Map<K, number[]>, key: K, value: number, cap: number, keep: "first" | "last"): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list.includes(value)) return;
  else if (list.length < cap) list.push(value);
  else if (keep === "last") {
    list.shift();
    list.push(value);
  }
}

/** Creates empty candidate blocks over the fingerprints of the articles being grouped. */
export function createCandidateBlocks(prints: readonly EventFingerprint[], limits: EventBlockLimits): CandidateBlocks {
  const bands = new Map<number, number[]>();
  // NOTE: day → head shingle → leaders of that day whose title and lead have the shingle; the
  // shingle as a signed 32-bit key stays a small integer (no boxed number per lookup).
  const heads = new Map<number, Map<number, number[]>>();
  const shared = new Int32Array(prints.length);
  const seen = new Int32Array(prints.length).fill(-1);
  const touched: number[] = [];
  return {
    candidates(i) {
      const print = prints[i] as EventFingerprint;
      const out: number[] = [];
      const day = print.when.day === null ? undefined : heads.get(print.when.day);
      if (day) {
        for (const shingle of print.head) {
          for (const leader of day.get(shingle | 0) ?? []) {
            if (shared[leader] === 0) touched.push(leader);
            shared[leader] = (shared[leader] as number) + 1;
          }
        }
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
      }
      for (const key of print.bands) {
        for (const leader of bands.get(key) ?? []) {
          if (seen[leader] === i) continue;
          seen[leader] = i;
          if (mayBeCopy(print, prints[leader] as EventFingerprint)) out.push(leader);
        }
      }
      return out;
    },
    add(i, leader) {
      const print = prints[i] as EventFingerprint;
      if (leader === i && print.when.day !== null) {
        let day = heads.get(print.when.day);
        if (!day) heads.set(print.when.day, (day = new Map()));
        for (const shingle of print.head) pushCapped(day, shingle | 0, i, limits.shingleLeaders, "first");
      }
      // NOTE: copies are dated within a week of each other and articles come newest first, so a
      // band bucket keeps the leaders added last (the nearest in date).
      for (const key of print.bands) pushCapped(bands, key, leader, limits.bandLeaders, "last");
    },
  };
}
