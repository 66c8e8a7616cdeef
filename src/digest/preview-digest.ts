import type { CorpusLookups } from "../corpus/index.ts";
import type { ChatAddress } from "../model/chat.ts";
import type { DeliveryStore, FollowStore } from "../store/index.ts";
import type { EffectiveSettings } from "../subscriptions/effective-settings.ts";
import type { EventOf } from "../subscriptions/event-of.ts";
import type { DigestContent } from "./compose-digest.ts";
import { composeForTarget } from "./compose-for-target.ts";
import { nextDigestDate } from "./next-digest.ts";

/** What a target's next digest would be, composed now. */
export type DigestPreview =
  | { readonly kind: "nothing-followed" }
  | {
      readonly kind: "nothing-new";
      readonly settings: EffectiveSettings;
      /** The local date of the next digest. */
      readonly date: string;
      /** Whether the window starts at the last digest (else at the first subscription). */
      readonly sinceLastDigest: boolean;
    }
  | { readonly kind: "digest"; readonly settings: EffectiveSettings; readonly date: string; readonly content: DigestContent };

/**
 * Composes now the digest `target` would get next: the articles first seen since its last
 * digest (or its first subscription) up to `now`, for the local date it is due.
 */
export async function previewDigest(
  target: ChatAddress,
  context: {
    readonly store: Pick<FollowStore, "subscriptionsOf"> & Pick<DeliveryStore, "deliveryOn" | "lastWindowEnd" | "firstSeenAfter">;
    readonly settings: EffectiveSettings;
    readonly corpus: CorpusLookups;
    readonly eventOf: EventOf;
    readonly now: Date;
  },
): Promise<DigestPreview> {
  const { store, settings, now } = context;
  const subscriptions = await store.subscriptionsOf(target);
  if (subscriptions.length === 0) return { kind: "nothing-followed" };
  const firstSubscribedAt = Math.min(...subscriptions.map((item) => item.createdAt));
  const date = await nextDigestDate(now, settings, firstSubscribedAt, (day) => store.deliveryOn(target, day));
  const content = await composeForTarget(target, { store, deps: context.corpus, eventOf: context.eventOf, windowEnd: now.getTime(), localDate: date });
  if (!content) return { kind: "nothing-new", settings, date, sinceLastDigest: (await store.lastWindowEnd(target)) !== null };
  return { kind: "digest", settings, date, content };
}
