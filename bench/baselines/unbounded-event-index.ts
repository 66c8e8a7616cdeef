import { compareNewestFirst } from "../../src/model/compare-articles.ts";
import type { Article } from "../../src/model/article.ts";
import { fingerprintsOf, type EventFingerprint } from "../../src/events/fingerprint.ts";
import { isSameEvent } from "../../src/events/same-event.ts";
import { eventIndexOfGroups, type EventIndex } from "../../src/events/event-index.ts";

/** Options of `createUnboundedEventIndex`. */
export interface EventIndexOptions {
  /** Reused fingerprints keyed by article object (articles are immutable; replaced ones miss). */
  readonly cache?: WeakMap<Article, EventFingerprint>;
  /** Reused pair decisions keyed by both article objects (rebuilds after small updates stay cheap). */
  readonly decisions?: WeakMap<Article, WeakMap<Article, boolean>>;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The event grouping as it was before candidate blocking had bounds (the bench's baseline):
 * band buckets keep every article, a day keeps every leader, and pair decisions may be cached
 * without limit. Groups articles into events. Articles are taken newest first; each joins the event of the first
 * earlier article's event leader (its newest article) it matches (see `isSameEvent`), or
 * leads a new one. Candidates are articles of the same event day and articles sharing a
 * MinHash LSH band (copies, any day). NOTE: matching the leader, not any member, keeps
 * look-alike daily bulletins from chaining into one event.
 */
export function createUnboundedEventIndex(articles: readonly Article[], options: EventIndexOptions = {}): EventIndex {
  const prints = fingerprintsOf(articles, options.cache);
  const order = articles.map((_, i) => i).sort((a, b) => compareNewestFirst(articles[a] as Article, articles[b] as Article));
  const same = (i: number, j: number): boolean => {
    const a = articles[i] as Article;
    const b = articles[j] as Article;
    const known = options.decisions?.get(a)?.get(b);
    if (known !== undefined) return known;
    const decision = isSameEvent(prints[i] as EventFingerprint, prints[j] as EventFingerprint);
    if (options.decisions) {
      const row = options.decisions.get(a) ?? new WeakMap<Article, boolean>();
      row.set(b, decision);
      options.decisions.set(a, row);
    }
    return decision;
  };
  const rank = new Array<number>(articles.length);
  order.forEach((i, position) => (rank[i] = position));
  const leaderOf = new Array<number>(articles.length).fill(-1);
  // NOTE: per day, the leaders of that day's articles (a leader may be of another day when a
  // copy joined it); per band, the articles. `seen` dedupes candidates without a Set per article.
  const dayLeaders = new Map<number, Set<number>>();
  const bands = new Map<number, number[]>();
  const members = new Map<number, Article[]>();
  const seen = new Int32Array(articles.length).fill(-1);
  for (const i of order) {
    const print = prints[i] as EventFingerprint;
    // NOTE: the earliest-ranked matching leader wins; candidates ranked after the best match
    // so far need no check.
    let best = -1;
    const consider = (candidate: number): void => {
      if (seen[candidate] === i) return;
      seen[candidate] = i;
      if ((best === -1 || (rank[candidate] as number) < (rank[best] as number)) && same(i, candidate)) best = candidate;
    };
    if (print.when.day !== null) for (const candidate of dayLeaders.get(print.when.day) ?? []) consider(candidate);
    for (const key of print.bands) for (const j of bands.get(key) ?? []) consider(leaderOf[j] as number);
    const leader = best === -1 ? i : best;
    leaderOf[i] = leader;
    const group = members.get(leader);
    if (group) group.push(articles[i] as Article);
    else members.set(leader, [articles[i] as Article]);
    if (print.when.day !== null) {
      const leaders = dayLeaders.get(print.when.day);
      if (leaders) leaders.add(leader);
      else dayLeaders.set(print.when.day, new Set([leader]));
    }
    for (const key of print.bands) push(bands, key, i);
  }
  return eventIndexOfGroups(members.values());
}
