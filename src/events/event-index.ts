import { compareNewestFirst } from "../model/compare-articles.ts";
import type { Article } from "../model/article.ts";
import { candidateBlockSteps, EVENT_BLOCK_LIMITS, type EventBlockLimits } from "./candidate-blocks.ts";
import { fingerprintsOf, type EventFingerprint } from "./fingerprint.ts";
import { isSameEvent } from "./same-event.ts";

/** Several articles reporting one event (near-duplicates or the same story across sources). */
export interface ArticleEvent {
  /** The id of the event's newest article; stable while its members do not change. */
  readonly id: string;
  /** Member article ids, newest first; always two or more. */
  readonly articleIds: readonly string[];
}

/** Which articles report the same event. */
export interface EventIndex {
  /** The event an article belongs to, or null when it is alone (or unknown). */
  eventOf(id: string): ArticleEvent | null;
  /** Every event of two or more articles. */
  readonly events: readonly ArticleEvent[];
}

/** Options of `createEventIndex`. */
export interface EventIndexOptions {
  /** Reused fingerprints keyed by article object (articles are immutable; replaced ones miss). */
  readonly cache?: WeakMap<Article, EventFingerprint>;
  /** Bounds of candidate blocking (tests lower them). */
  readonly limits?: Partial<EventBlockLimits>;
}

// NOTE: articles grouped between two steps of `eventIndexSteps` (a few milliseconds).
const STEP_ARTICLES = 500;

/**
 * Groups articles into events. Articles are taken newest first; each joins the event of the
 * first earlier event leader (an event's newest article) it matches (see `isSameEvent`), or
 * leads a new one. Candidates are leaders of the same event day sharing enough of the title
 * and lead, and leaders of articles sharing a MinHash LSH band (copies, any day); both blocks
 * and the comparisons per article are bounded (see `EVENT_BLOCK_LIMITS`), so grouping is
 * linear in the number of articles. NOTE: matching the leader, not any member, keeps look-alike
 * daily bulletins from chaining into one event.
 */
export function createEventIndex(articles: readonly Article[], options: EventIndexOptions = {}): EventIndex {
  const steps = eventIndexSteps(articles, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `createEventIndex` in steps: the generator pauses after every few hundred articles (so a
 * caller can let other work run between steps) and returns the index.
 */
export function* eventIndexSteps(articles: readonly Article[], options: EventIndexOptions = {}): Generator<void, EventIndex, void> {
  const prints = fingerprintsOf(articles, options.cache);
  const limits: EventBlockLimits = { ...EVENT_BLOCK_LIMITS, ...options.limits };
  const order = articles.map((_, i) => i).sort((a, b) => compareNewestFirst(articles[a] as Article, articles[b] as Article));
  const rank = new Int32Array(articles.length);
  order.forEach((i, position) => (rank[i] = position));
  const blocks = yield* candidateBlockSteps(prints, limits);
  const members = new Map<number, Article[]>();
  let grouped = 0;
  for (const i of order) {
    if (++grouped % STEP_ARTICLES === 0) yield;
    const print = prints[i] as EventFingerprint;
    // NOTE: the earliest-ranked matching leader wins, so candidates are checked in rank order.
    const candidates = blocks.candidates(i).sort((a, b) => (rank[a] as number) - (rank[b] as number));
    let leader = i;
    const checks = Math.min(candidates.length, limits.maxChecks);
    for (let k = 0; k < checks; k++) {
      const candidate = candidates[k] as number;
      if (isSameEvent(print, prints[candidate] as EventFingerprint)) {
        leader = candidate;
        break;
      }
    }
    blocks.add(i, leader);
    const group = members.get(leader);
    if (group) group.push(articles[i] as Article);
    else members.set(leader, [articles[i] as Article]);
  }
  return eventIndexOfGroups(members.values());
}

/** The event index of groups of articles, each led by its first article; groups of one are no event. */
export function eventIndexOfGroups(groups: Iterable<readonly Article[]>): EventIndex {
  const byId = new Map<string, ArticleEvent>();
  const events: ArticleEvent[] = [];
  for (const group of groups) {
    if (group.length < 2) continue;
    const articleIds = group.map((article) => article.id);
    const event: ArticleEvent = { id: articleIds[0] as string, articleIds };
    events.push(event);
    for (const id of articleIds) byId.set(id, event);
  }
  return { eventOf: (id) => byId.get(id) ?? null, events };
}
