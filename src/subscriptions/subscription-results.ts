import type { ChatStatus, Subscription, SubscriptionKind } from "../store/index.ts";
import type { EffectiveSettings } from "./effective-settings.ts";
import type { Subject } from "./subject.ts";

/** A subject that can be followed: a province or a keyword (not an empty or ambiguous reading). */
export type FollowableSubject = Extract<Subject, { readonly kind: SubscriptionKind }>;

/** What following a subject did: a new subscription, or the same one with new excludes. */
export interface Followed {
  readonly kind: "followed" | "updated";
  readonly subscription: Subscription;
  /** The chat's settings, defaults filled in. */
  readonly settings: EffectiveSettings;
  /** Every subscription of the chat now, oldest first. */
  readonly all: readonly Subscription[];
}

/** Which subscription `/huytheodoi` means, as read from what was typed. */
export type UnfollowSelector =
  | { readonly by: "nothing" }
  | { readonly by: "all" }
  /** The stored id a "Hủy" button carries. */
  | { readonly by: "id"; readonly id: number }
  /** A 1-based place in the chat's list. */
  | { readonly by: "position"; readonly position: number }
  /** A province or keyword, in the user's words. */
  | { readonly by: "words"; readonly typed: string };

/** What unfollowing did, with the list the answer shows. */
export type Unfollowed =
  /** The chat follows nothing, or the id is no longer in its list (a button pressed twice). */
  | { readonly kind: "nothing-to-remove"; readonly alreadyRemoved: boolean; readonly list: readonly Subscription[] }
  | { readonly kind: "no-selection"; readonly list: readonly Subscription[] }
  | { readonly kind: "not-found"; readonly list: readonly Subscription[] }
  | { readonly kind: "removed-all"; readonly count: number }
  | { readonly kind: "removed"; readonly subscription: Subscription; readonly rest: readonly Subscription[] };

/** A chat's subscriptions, digest settings and status. */
export interface ChatOverview {
  readonly subscriptions: readonly Subscription[];
  readonly settings: EffectiveSettings;
  readonly status: ChatStatus;
}

/** The chat's settings after a digest time was set, and whether it follows anything. */
export interface DigestTimeSet {
  readonly settings: EffectiveSettings;
  readonly followsNothing: boolean;
}
