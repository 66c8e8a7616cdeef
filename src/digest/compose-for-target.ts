import type { CorpusLookups } from "../corpus/index.ts";
import type { DeliveryStore, FollowStore } from "../store/index.ts";
import type { EventOf } from "../subscriptions/event-of.ts";
import { composeDigest, type DigestContent } from "./compose-digest.ts";
import type { ChatAddress } from "../model/chat.ts";

/** Caches `firstSeenAfter` answers within one run (many targets share a window start). */
export type FirstSeenCache = Map<number, Map<string, number>>;

/**
 * Composes the digest a target would get now: its subscriptions, the articles first seen
 * after its last digest's window (or after each subscription was made) up to `windowEnd`.
 */
export async function composeForTarget(
  target: ChatAddress,
  context: {
    readonly store: Pick<FollowStore, "subscriptionsOf"> & Pick<DeliveryStore, "lastWindowEnd" | "firstSeenAfter">;
    readonly deps: CorpusLookups;
    readonly eventOf: EventOf;
    readonly windowEnd: number;
    readonly localDate: string;
    readonly cache?: FirstSeenCache;
  },
): Promise<DigestContent | null> {
  const { store } = context;
  const subscriptions = await store.subscriptionsOf(target);
  if (subscriptions.length === 0) return null;
  const windowStart = await store.lastWindowEnd(target);
  const after = Math.max(windowStart ?? Number.NEGATIVE_INFINITY, Math.min(...subscriptions.map((item) => item.createdAt)));
  let firstSeen = context.cache?.get(after);
  if (!firstSeen) {
    firstSeen = await store.firstSeenAfter(after);
    context.cache?.set(after, firstSeen);
  }
  return composeDigest({
    subscriptions,
    firstSeen,
    windowStart,
    windowEnd: context.windowEnd,
    localDate: context.localDate,
    deps: context.deps,
    eventOf: context.eventOf,
  });
}
