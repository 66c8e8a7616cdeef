import type { ChatAddress } from "../model/chat.ts";
import type { ChatStatus } from "./chat-status-store.ts";

/** What a subscription follows: a current province (by id) or a keyword phrase. */
export type SubscriptionKind = "province" | "keyword";

/** A subscription as it is created. NOTE: every time in the store is epoch milliseconds. */
export interface NewSubscription {
  readonly target: ChatAddress;
  readonly kind: SubscriptionKind;
  /** Province id, or the keyword folded and single-spaced (the uniqueness key). */
  readonly value: string;
  /** What is shown: the province's current name, or the keyword as normalized from the user's text. */
  readonly label: string;
  /** The user's own words, as typed. */
  readonly typed: string;
  /** Excluded phrases (`-thể thao`), normalized. */
  readonly excludes: readonly string[];
  readonly addedBy: string | null;
  readonly addedByName: string | null;
  readonly createdAt: number;
}

/** A stored subscription. */
export interface Subscription extends NewSubscription {
  readonly id: number;
}

/** A chat's own digest settings; null fields take the configured defaults. */
export interface ChatSettings {
  /** `HH:MM` local time. */
  readonly digestTime: string | null;
  /** IANA zone. */
  readonly timezone: string | null;
  /** Whether a day with nothing new still sends "Không có tin mới". */
  readonly sendEmpty: boolean | null;
}

/** A digest target with everything the scheduler needs to decide whether it is due. */
export interface TargetOverview {
  readonly target: ChatAddress;
  readonly settings: ChatSettings;
  readonly status: ChatStatus;
  readonly subscriptionCount: number;
  /** When the oldest of its current subscriptions was made. */
  readonly firstSubscribedAt: number;
}

/**
 * What chats follow and how they want their digest: subscriptions and per-target settings.
 * NOTE: every call is async so a networked database fits without changing callers; no SQL
 * leaves the store.
 */
export interface FollowStore {
  /** Adds a subscription, or updates the excludes and typed text of the same one. */
  subscribe(input: NewSubscription): Promise<{ readonly subscription: Subscription; readonly created: boolean }>;
  /** Removes one subscription of a target by id; whether it existed. */
  unsubscribe(target: ChatAddress, id: number): Promise<boolean>;
  /** Removes every subscription of a target; how many. */
  unsubscribeAll(target: ChatAddress): Promise<number>;
  /** A target's subscriptions, oldest first. */
  subscriptionsOf(target: ChatAddress): Promise<Subscription[]>;
  /** Every target with at least one subscription. */
  targets(): Promise<TargetOverview[]>;
  /** A target's own settings (nulls where it uses the defaults). */
  settingsOf(target: ChatAddress): Promise<ChatSettings>;
  /** Changes some of a target's settings. */
  updateSettings(target: ChatAddress, patch: Partial<ChatSettings>, at: number): Promise<void>;
}
