import type { Database } from "better-sqlite3";
import type { Clock } from "../util/clock.ts";
import { createChatStatusStore } from "./sqlite-chat-status-store.ts";
import { createDeliveryStore } from "./sqlite-delivery-store.ts";
import { createFollowStore } from "./sqlite-follow-store.ts";
import type { SubscriptionStore } from "./subscription-store.ts";

/**
 * The SQLite `SubscriptionStore`: the follow, chat status and delivery stores over one database
 * opened with `openDatabase` (migrations applied). `clock` stamps the chat status changes
 * adapters report.
 */
export function createSubscriptionStore(db: Database, options: { clock?: Clock } = {}): SubscriptionStore {
  return { ...createFollowStore(db), ...createChatStatusStore(db, options), ...createDeliveryStore(db) };
}
