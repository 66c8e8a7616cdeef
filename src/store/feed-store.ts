import type { Database } from "better-sqlite3";
import type { Clock } from "../util/clock.ts";
import { createFeedItemStore, type FeedItemStore } from "./feed-item-store.ts";
import { createFeedListStore, type FeedListStore } from "./feed-list-store.ts";

export type { FeedFetchOutcome, FeedOrigin, FeedRecord } from "./feed-list-store.ts";
export type { ItemRecord, NewItem, StoredArticle } from "./feed-item-store.ts";

/** The live corpus's SQLite tables: the feed list, the items and the articles stored from them. */
export interface FeedStore extends FeedListStore, FeedItemStore {}

/** Creates the store over an open database whose migrations include `FEED_MIGRATIONS`. */
export function createFeedStore(db: Database, clock: Clock): FeedStore {
  return { ...createFeedListStore(db, clock), ...createFeedItemStore(db, clock) };
}
