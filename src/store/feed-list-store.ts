import type { Database } from "better-sqlite3";
import type { Clock } from "../util/clock.ts";

/** Where a feed was listed: the configuration (FEEDS, FEEDS_FILE) or `/nguon them`. */
export type FeedOrigin = "config" | "admin";

/** A feed's stored state. */
export interface FeedRecord {
  readonly url: string;
  readonly label: string | null;
  readonly origin: FeedOrigin;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** ISO instant of the last attempt, null before the first. */
  readonly lastFetchAt: string | null;
  /** "new", "ok", "not-modified" or "error". */
  readonly status: string;
  /** Articles stored from this feed. */
  readonly itemCount: number;
  readonly lastError: string | null;
  /** Consecutive failures (drives the back-off). */
  readonly failures: number;
  /** ISO instant before which the feed is not polled again, null when due. */
  readonly nextFetchAt: string | null;
}

/** What a feed poll changes in a feed's state. */
export interface FeedFetchOutcome {
  readonly status: "ok" | "not-modified" | "error";
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly lastError: string | null;
  readonly failures: number;
  readonly nextFetchAt: string | null;
}

/** The feeds the live corpus polls: which are listed and how each fetch went. */
export interface FeedListStore {
  /** Adds configured feeds not yet known, refreshing their labels (a feed removed by an admin stays removed). */
  syncConfigFeeds(feeds: readonly { url: string; label: string | null }[]): void;
  /** The active feeds, in the order they were added. */
  listFeeds(): FeedRecord[];
  getFeed(url: string): FeedRecord | undefined;
  /** Adds (or re-activates) a feed; false when it is already active. */
  addFeed(url: string, label: string | null, origin: FeedOrigin): boolean;
  /** Deactivates a feed (its articles stay); false when it was not active. */
  removeFeed(url: string): boolean;
  recordFetch(url: string, outcome: FeedFetchOutcome): void;
}

interface FeedRow {
  url: string;
  label: string | null;
  origin: FeedOrigin;
  etag: string | null;
  last_modified: string | null;
  last_fetch_at: string | null;
  status: string;
  item_count: number;
  last_error: string | null;
  failures: number;
  next_fetch_at: string | null;
}

const FEED_COLUMNS = `f.url, f.label, f.origin, f.etag, f.last_modified, f.last_fetch_at, f.status, f.last_error, f.failures, f.next_fetch_at,
  (SELECT COUNT(*) FROM live_items i WHERE i.feed_url = f.url AND i.status = 'stored') AS item_count`;

function toFeed(row: FeedRow): FeedRecord {
  return {
    url: row.url,
    label: row.label,
    origin: row.origin,
    etag: row.etag,
    lastModified: row.last_modified,
    lastFetchAt: row.last_fetch_at,
    status: row.status,
    itemCount: row.item_count,
    lastError: row.last_error,
    failures: row.failures,
    nextFetchAt: row.next_fetch_at,
  };
}

/** Creates the feed list over an open database whose migrations include `FEED_MIGRATIONS`. */
export function createFeedListStore(db: Database, clock: Clock): FeedListStore {
  const now = () => clock.now().toISOString();
  const statements = {
    feeds: db.prepare(`SELECT ${FEED_COLUMNS} FROM live_feeds f WHERE f.removed = 0 ORDER BY f.rowid`),
    feed: db.prepare(`SELECT ${FEED_COLUMNS} FROM live_feeds f WHERE f.url = ? AND f.removed = 0`),
    insertConfig: db.prepare(
      `INSERT INTO live_feeds (url, label, origin, added_at) VALUES (?, ?, 'config', ?)
       ON CONFLICT (url) DO UPDATE SET label = COALESCE(excluded.label, label) WHERE origin = 'config'`,
    ),
    upsertFeed: db.prepare(
      `INSERT INTO live_feeds (url, label, origin, added_at) VALUES (@url, @label, @origin, @at)
       ON CONFLICT (url) DO UPDATE SET removed = 0, label = COALESCE(@label, label), failures = 0, next_fetch_at = NULL`,
    ),
    removeFeed: db.prepare(`UPDATE live_feeds SET removed = 1 WHERE url = ? AND removed = 0`),
    recordFetch: db.prepare(
      `UPDATE live_feeds SET status = @status, etag = COALESCE(@etag, etag), last_modified = COALESCE(@lastModified, last_modified),
       last_error = @lastError, failures = @failures, next_fetch_at = @nextFetchAt, last_fetch_at = @at WHERE url = @url`,
    ),
  };
  const syncConfig = db.transaction((feeds: readonly { url: string; label: string | null }[]) => {
    for (const feed of feeds) statements.insertConfig.run(feed.url, feed.label, now());
  });
  return {
    syncConfigFeeds: (feeds) => syncConfig(feeds),
    listFeeds: () => (statements.feeds.all() as FeedRow[]).map(toFeed),
    getFeed: (url) => {
      const row = statements.feed.get(url) as FeedRow | undefined;
      return row ? toFeed(row) : undefined;
    },
    addFeed(url, label, origin) {
      if (statements.feed.get(url)) return false;
      statements.upsertFeed.run({ url, label, origin, at: now() });
      return true;
    },
    removeFeed: (url) => statements.removeFeed.run(url).changes > 0,
    recordFetch(url, outcome) {
      statements.recordFetch.run({
        url,
        status: outcome.status,
        etag: outcome.etag ?? null,
        lastModified: outcome.lastModified ?? null,
        lastError: outcome.lastError,
        failures: outcome.failures,
        nextFetchAt: outcome.nextFetchAt,
        at: now(),
      });
    },
  };
}
