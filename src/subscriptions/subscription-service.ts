import { DEFAULT_DIGEST_CONFIG, type DigestConfig } from "../config/config.ts";
import type { ChatSettings, SubscriptionStore } from "../store/index.ts";
import { systemClock, type Clock } from "../util/clock.ts";

/** Groups near-duplicate articles: articles with the same key are about the same event. */
export type EventOf = (articleId: string) => string;

/** What the subscription commands and the digest read: the store, the defaults, the clock. */
export interface SubscriptionService {
  readonly store: SubscriptionStore;
  readonly defaults: DigestConfig;
  readonly clock: Clock;
  readonly eventOf: EventOf;
}

/** A chat's settings with the defaults filled in. */
export interface EffectiveSettings {
  readonly digestTime: string;
  readonly timezone: string;
  readonly sendEmpty: boolean;
}

/** Each article is its own event: no near-duplicate grouping. */
export const identityEventOf: EventOf = (id) => id;

/** Fills a chat's unset settings with the defaults. */
export function effectiveSettings(settings: ChatSettings, defaults: DigestConfig): EffectiveSettings {
  return {
    digestTime: settings.digestTime ?? defaults.defaultTime,
    timezone: settings.timezone ?? defaults.timezone,
    sendEmpty: settings.sendEmpty ?? defaults.sendEmpty,
  };
}

/**
 * Creates the subscription service passed to the core as `services.subscriptions`.
 * `eventOf` defaults to identity (each article its own event).
 */
export function createSubscriptionService(options: {
  readonly store: SubscriptionStore;
  readonly config?: DigestConfig;
  readonly clock?: Clock;
  readonly eventOf?: EventOf;
}): SubscriptionService {
  return {
    store: options.store,
    defaults: options.config ?? DEFAULT_DIGEST_CONFIG,
    clock: options.clock ?? systemClock,
    eventOf: options.eventOf ?? identityEventOf,
  };
}
