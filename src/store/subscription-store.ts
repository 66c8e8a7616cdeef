import type { ChatStatusStore } from "./chat-status-store.ts";
import type { DeliveryStore } from "./delivery-store.ts";
import type { FollowStore } from "./follow-store.ts";

/**
 * The persistent state of subscriptions and digests: the three stores kept in one database.
 * Services take the narrow store they need; the assembly and tests use this whole.
 */
export interface SubscriptionStore extends FollowStore, ChatStatusStore, DeliveryStore {}
