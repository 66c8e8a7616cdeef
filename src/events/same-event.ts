import type { EventFingerprint } from "./fingerprint.ts";
import { estimateJaccard } from "./minhash.ts";
import { jaccard } from "./shingles.ts";

// NOTE: thresholds measured on real pairs. Seeds 000/001 (two papers on the same visit,
// written separately): head 0.20, body 0.13; the other seed pairs reach head 0.11, body 0.12,
// so the head score separates them and the body score guards against short leads sharing a
// formula. Whole-text scores alone cannot: same-topic dantri pairs of different events reach
// body 0.40. On all 2,653 dantri files the rules make 38 events of 80 articles; by hand about
// 5 are look-alikes of different events (two banks' meetings on one day, two Covid bulletins
// of one day). Copies of one story score ≥ 0.6 on triples (dantri: 0.64, 0.61).
/** Minimum Jaccard of title+lead pair shingles for two reports of one story. */
export const HEAD_THRESHOLD = 0.18;
/** Minimum Jaccard of whole-text pair shingles for two reports of one story. */
export const BODY_THRESHOLD = 0.08;
/** Minimum Jaccard of whole-text triple shingles for a near-duplicate copy. */
export const COPY_THRESHOLD = 0.6;
// NOTE: days; a copy republished a week later is still the same story.
const COPY_WINDOW_DAYS = 7;

// NOTE: a story is one day's: daily bulletins (gold prices, case counts) share their wording
// from one day to the next and must not chain into one event.
/** Whether two event days allow one story: the same day (dateline day, else publication day). */
export function sameStoryDay(a: EventFingerprint, b: EventFingerprint): boolean {
  return a.when.day !== null && a.when.day === b.when.day;
}

/** Whether two texts are near-duplicate copies (any source, dates within a week or unknown). */
export function isCopy(a: EventFingerprint, b: EventFingerprint): boolean {
  if (a.when.day !== null && b.when.day !== null && Math.abs(a.when.day - b.when.day) > COPY_WINDOW_DAYS) return false;
  // NOTE: the signature estimate (±0.06 at 64 hashes) skips the exact count for clear misses.
  if (estimateJaccard(a.signature, b.signature) < COPY_THRESHOLD - 0.2) return false;
  return jaccard(a.copy, b.copy) >= COPY_THRESHOLD;
}

/** Whether two articles report the same event: copies, or the same story on the same day. */
export function isSameEvent(a: EventFingerprint, b: EventFingerprint): boolean {
  if (sameStoryDay(a, b) && jaccard(a.head, b.head) >= HEAD_THRESHOLD && jaccard(a.body, b.body) >= BODY_THRESHOLD) return true;
  return isCopy(a, b);
}
