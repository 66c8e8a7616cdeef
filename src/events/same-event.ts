import type { EventFingerprint } from "./fingerprint.ts";
import { estimateJaccard } from "./minhash.ts";
import { jaccard } from "./shingles.ts";
import { isDifferentSubject } from "./subject-conflict.ts";

// NOTE: thresholds measured on real pairs (scripts/inspect-events.ts lists every group with its
// scores). Seeds 000/001 (two papers on the same visit, written separately): head 0.203, body
// 0.129; the other seed pairs reach head 0.11, body 0.12, so the head score separates them and
// the body score guards against short leads sharing a formula. Whole-text scores alone cannot:
// same-topic dantri pairs of different events reach body 0.40. On the 2,653 dantri files, head
// ≥ 0.18 made 38 events of which 7 joined different events; the look-alikes between 0.18 and
// 0.195 (two case bulletins of one day, two banks' meetings) go with the higher threshold, the
// rest with `isDifferentSubject`. Now 30 events, none joining different events (3 join two
// happenings of one story, e.g. a minister's visit and the province's meeting on one
// outbreak); one true pair (head 0.192) is lost. Copies of one story score ≥ 0.6 on triples
// (dantri: 0.64, 0.61).
/** Minimum Jaccard of title+lead pair shingles for two reports of one story. */
export const HEAD_THRESHOLD = 0.195;
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

/** Whether two texts may be copies: dates within a week (or unknown) and signatures not plainly apart. */
export function mayBeCopy(a: EventFingerprint, b: EventFingerprint): boolean {
  if (a.when.day !== null && b.when.day !== null && Math.abs(a.when.day - b.when.day) > COPY_WINDOW_DAYS) return false;
  // NOTE: the signature estimate (±0.06 at 64 hashes) skips the exact count for clear misses.
  return estimateJaccard(a.signature, b.signature) >= COPY_THRESHOLD - 0.2;
}

/** Whether two texts are near-duplicate copies (any source, dates within a week or unknown). */
export function isCopy(a: EventFingerprint, b: EventFingerprint): boolean {
  return mayBeCopy(a, b) && jaccard(a.copy, b.copy) >= COPY_THRESHOLD;
}

/**
 * Whether two articles report the same event: copies, or the same story on the same day (title
 * and lead alike, whole texts somewhat alike, subjects not plainly different).
 */
export function isSameEvent(a: EventFingerprint, b: EventFingerprint): boolean {
  if (
    sameStoryDay(a, b) &&
    jaccard(a.head, b.head) >= HEAD_THRESHOLD &&
    jaccard(a.body, b.body) >= BODY_THRESHOLD &&
    !isDifferentSubject(a.subject, b.subject)
  ) {
    return true;
  }
  return isCopy(a, b);
}
