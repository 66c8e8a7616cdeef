import type { ChatAddress } from "../model/chat.ts";

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

/** Whether a delivery is over for good (sent, empty or uncertain): its day is never sent again. */
export function isFinishedDelivery(delivery: Pick<Delivery, "status"> | null): boolean {
  return delivery !== null && (delivery.status === "sent" || delivery.status === "empty" || delivery.status === "uncertain");
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
 * The digest's exactly-once bookkeeping: when each article was first seen, each target's
 * delivery per local date (claimed, sent…), and the scheduler's runs.
 */
export interface DeliveryStore {
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
  /** Finishes a claimed delivery; false when the claim was lost. */
  finishDelivery(target: ChatAddress, localDate: string, token: string, outcome: DeliveryOutcome): Promise<boolean>;
  /** Records the start of a run with `jobs` due digests; returns its id. */
  startRun(token: string, at: number, jobs: number): Promise<number>;
  /** Records a run's end and outcome counts. */
  finishRun(id: number, at: number, counts: Readonly<Record<string, number>>): Promise<void>;
  /** The latest runs, newest first. */
  recentRuns(limit: number): Promise<DigestRun[]>;
}
