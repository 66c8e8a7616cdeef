import { DEFAULT_DIGEST_CONFIG, type DigestConfig } from "../config/config.ts";
import type { CorpusLookups } from "../corpus/index.ts";
import { previewDigest, type DigestPreview } from "../digest/preview-digest.ts";
import type { ChatContext } from "../model/chat.ts";
import type { ChatStatusStore, DeliveryStore, FollowStore } from "../store/index.ts";
import { systemClock, type Clock } from "../util/clock.ts";
import { chatTarget } from "./chat-target.ts";
import { effectiveSettings, type EffectiveSettings } from "./effective-settings.ts";
import { identityEventOf, type EventOf } from "./event-of.ts";
import { findSubscription } from "./find-subscription.ts";
import type { ChatOverview, DigestTimeSet, FollowableSubject, Followed, Unfollowed, UnfollowSelector } from "./subscription-results.ts";

/**
 * Following provinces and keywords, and a chat's digest settings: the rules behind the
 * subscription commands. Each method acts on the digest target of the chat a command came
 * from (`chatTarget`) and returns what happened for the command to render.
 */
export interface SubscriptionService {
  /** Follows a subject (or updates its excludes); the chat becomes active again, as a command came from it. */
  follow(chat: ChatContext, subject: FollowableSubject): Promise<Followed>;
  /** Removes the subscription the selector means, or all of them. */
  unfollow(chat: ChatContext, selector: UnfollowSelector): Promise<Unfollowed>;
  /** The chat's subscriptions, settings and status. */
  overview(chat: ChatContext): Promise<ChatOverview>;
  /** The chat's digest settings, defaults filled in. */
  settings(chat: ChatContext): Promise<EffectiveSettings>;
  /** Sets the digest time; `timezone` null goes back to the default zone, undefined keeps the chat's. */
  setDigestTime(chat: ChatContext, digestTime: string, timezone?: string | null): Promise<DigestTimeSet>;
  /** Whether a day with nothing new still sends "Không có tin mới". */
  setSendEmpty(chat: ChatContext, sendEmpty: boolean): Promise<void>;
  /** The chat's next digest, composed now over `corpus`. */
  preview(chat: ChatContext, corpus: CorpusLookups): Promise<DigestPreview>;
}

/** The stores the subscription service reads and changes. */
export type SubscriptionServiceStore = FollowStore &
  Pick<ChatStatusStore, "statusOf" | "setStatus"> &
  Pick<DeliveryStore, "deliveryOn" | "lastWindowEnd" | "firstSeenAfter">;

/**
 * Creates the subscription service passed to the core as `services.subscriptions`. `config`
 * defaults to the configuration's digest defaults; `eventOf` to identity (each article its own
 * event).
 */
export function createSubscriptionService(options: {
  readonly store: SubscriptionServiceStore;
  readonly config?: DigestConfig;
  readonly clock?: Clock;
  readonly eventOf?: EventOf;
}): SubscriptionService {
  const { store } = options;
  const defaults = options.config ?? DEFAULT_DIGEST_CONFIG;
  const clock = options.clock ?? systemClock;
  const eventOf = options.eventOf ?? identityEventOf;
  const settingsOf = async (chat: ChatContext) => effectiveSettings(await store.settingsOf(chatTarget(chat)), defaults);

  return {
    async follow(chat, subject) {
      const target = chatTarget(chat);
      const { subscription, created } = await store.subscribe({
        target,
        kind: subject.kind,
        value: subject.value,
        label: subject.label,
        typed: subject.typed,
        excludes: subject.excludes,
        addedBy: chat.userId,
        addedByName: chat.userName,
        createdAt: clock.now().getTime(),
      });
      if (!(await store.statusOf(target)).active) await store.setStatus(target, true, null, clock.now().getTime());
      return { kind: created ? "followed" : "updated", subscription, settings: await settingsOf(chat), all: await store.subscriptionsOf(target) };
    },
    async unfollow(chat, selector) {
      const target = chatTarget(chat);
      const list = await store.subscriptionsOf(target);
      const byId = selector.by === "id";
      if (list.length === 0 || (byId && !findSubscription(list, selector))) return { kind: "nothing-to-remove", alreadyRemoved: byId, list };
      if (selector.by === "nothing") return { kind: "no-selection", list };
      if (selector.by === "all") return { kind: "removed-all", count: await store.unsubscribeAll(target) };
      const found = findSubscription(list, selector);
      if (!found) return { kind: "not-found", list };
      await store.unsubscribe(target, found.id);
      return { kind: "removed", subscription: found, rest: list.filter((item) => item.id !== found.id) };
    },
    async overview(chat) {
      const target = chatTarget(chat);
      return { subscriptions: await store.subscriptionsOf(target), settings: await settingsOf(chat), status: await store.statusOf(target) };
    },
    settings: settingsOf,
    async setDigestTime(chat, digestTime, timezone) {
      const target = chatTarget(chat);
      await store.updateSettings(target, timezone === undefined ? { digestTime } : { digestTime, timezone }, clock.now().getTime());
      return { settings: await settingsOf(chat), followsNothing: (await store.subscriptionsOf(target)).length === 0 };
    },
    async setSendEmpty(chat, sendEmpty) {
      await store.updateSettings(chatTarget(chat), { sendEmpty }, clock.now().getTime());
    },
    async preview(chat, corpus) {
      return previewDigest(chatTarget(chat), { store, settings: await settingsOf(chat), corpus, eventOf, now: clock.now() });
    },
  };
}
