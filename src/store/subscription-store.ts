import type { ChatStatusSink } from "../delivery/outgoing-port.ts";
import type { ChatAddress, Platform } from "../model/chat.ts";

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

/** Whether the bot can still write to a chat (per chat, all its topics). */
export interface ChatStatus {
  readonly active: boolean;
  /** Why it was paused ("Forbidden: bot was blocked by the user"); null when active. */
  readonly reason: string | null;
  readonly changedAt: number | null;
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
 * The life of one day's digest for one target. claimed: a process owns it and is composing;
 * sending: handed to the platform (outcome unknown if the process dies now); sent; empty: nothing
 * new and nothing sent; failed: may be claimed again; uncertain: a process died while sending,
 * never resent (at-most-once).
 */
export type DeliveryStatus = "claimed" | "sending" | "sent" | "empty" | "failed" | "uncertain";

/** One target's digest for one local date. */
export interface Delivery {
  readonly target: ChatAddress;
  /** `YYYY-MM-DD` in the target's zone. */
  readonly localDate: string;
  readonly status: DeliveryStatus;
  readonly articleIds: readonly string[];
  readonly attempts: number;
  readonly lastError: string | null;
  readonly claimToken: string | null;
  readonly claimedAt: number | null;
  /** First-seen cutoff of the articles it covers; the next digest starts after it. */
  readonly windowEnd: number | null;
  readonly finishedAt: number | null;
}

/** One scheduler run that had digests to deliver. */
export interface DigestRun {
  readonly id: number;
  readonly claimToken: string;
  readonly startedAt: number;
  readonly finishedAt: number | null;
  readonly jobs: number;
  /** Outcome counts (sent, empty, failed…); null while running or when the process died. */
  readonly counts: Readonly<Record<string, number>> | null;
}

/** How a claim is taken. */
export interface ClaimOptions {
  /** Identifies the claiming process run. */
  readonly token: string;
  readonly now: number;
  /** Attempts allowed per target and day (a failed delivery is claimable until then). */
  readonly maxAttempts: number;
  /** A claim of another run older than this is abandoned (its process died). */
  readonly staleAfterMs: number;
}

/** How a claimed delivery ended. */
export type DeliveryOutcome =
  | { readonly status: "sent"; readonly at: number }
  /** Nothing new and nothing sent; `windowEnd` is where the next digest starts. */
  | { readonly status: "empty"; readonly at: number; readonly windowEnd: number }
  | { readonly status: "failed"; readonly at: number; readonly error: string };

/**
 * The persistent state of subscriptions and digests, behind an interface narrow enough for
 * another database: no SQL leaves the store, and every call is async so a networked database
 * (PostgreSQL) fits without changing callers. Also the adapters' `ChatStatusSink`, whose
 * methods stay synchronous: they start the write and log its failure.
 */
export interface SubscriptionStore extends ChatStatusSink {
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
  /** Whether the target's chat is active (all topics of a chat share it). */
  statusOf(target: ChatAddress): Promise<ChatStatus>;
  /** Pauses (with the reason) or resumes the target's chat. */
  setStatus(target: ChatAddress, active: boolean, reason: string | null, at: number): Promise<void>;
  /** Records `at` as the first-seen time of the ids not seen before; how many were new. */
  recordFirstSeen(ids: readonly string[], at: number): Promise<number>;
  /** Article id → first-seen time, for articles first seen strictly after `after`. */
  firstSeenAfter(after: number): Promise<Map<string, number>>;
  /** The target's digest for a local date, if any. */
  deliveryOn(target: ChatAddress, localDate: string): Promise<Delivery | null>;
  /** The latest window end of a finished digest (sent, empty or uncertain); null when none. */
  lastWindowEnd(target: ChatAddress): Promise<number | null>;
  /**
   * Atomically takes a day's delivery for a target: a new one, a failed one under the attempt
   * limit, or an abandoned `claimed` one of another run. An abandoned `sending` one becomes
   * `uncertain` instead (never resent). Null when the delivery is not claimable.
   */
  claimDelivery(target: ChatAddress, localDate: string, options: ClaimOptions): Promise<Delivery | null>;
  /** Records what is about to be sent (`sending`); false when the claim was lost. */
  markSending(target: ChatAddress, localDate: string, token: string, articleIds: readonly string[], windowEnd: number): Promise<boolean>;
  /** Records the start of a run with `jobs` due digests; returns its id. */
  startRun(token: string, at: number, jobs: number): Promise<number>;
  /** Records a run's end and outcome counts. */
  finishRun(id: number, at: number, counts: Readonly<Record<string, number>>): Promise<void>;
  /** The latest runs, newest first. */
  recentRuns(limit: number): Promise<DigestRun[]>;
  /** Finishes a claimed delivery; false when the claim was lost. */
  finishDelivery(target: ChatAddress, localDate: string, token: string, outcome: DeliveryOutcome): Promise<boolean>;
}
