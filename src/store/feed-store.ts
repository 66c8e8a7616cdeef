import type { Database } from "better-sqlite3";
import type { ParsedArticle } from "../model/article.ts";
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

/** A fetched item's state: waiting (retried), stored, or skipped for good. */
export interface ItemRecord {
  readonly canonicalUrl: string;
  /** The link as the feed gave it (fetched as is); the canonical URL only de-duplicates. */
  readonly link: string;
  readonly feedUrl: string;
  readonly articleId: string;
  readonly status: "pending" | "stored" | "skipped";
  readonly attempts: number;
  readonly feedTitle: string | null;
  readonly feedPublished: string | null;
}

/** An article stored from a feed, as the core takes it back at start. */
export interface StoredArticle {
  readonly id: string;
  readonly canonicalUrl: string;
  readonly feedUrl: string;
  readonly parsed: ParsedArticle;
  /** The handle it was shown with, null before the first core update. */
  readonly handle: number | null;
  /** ISO instant the item was first seen in a feed (the digest's "new since"). */
  readonly firstSeenAt: string;
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

/** An item first seen in a feed. */
export interface NewItem {
  readonly canonicalUrl: string;
  readonly link: string;
  readonly feedUrl: string;
  readonly articleId: string;
  readonly feedTitle: string | null;
  readonly feedPublished: string | null;
}

/** The live corpus's SQLite tables: feeds, items, stored articles. */
export interface FeedStore {
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
  getItem(canonicalUrl: string): ItemRecord | undefined;
  /** Records a newly seen item as pending; false when the URL was already known. */
  addItem(item: NewItem): boolean;
  /** Records newly seen items in one transaction; returns how many were new. */
  addItems(items: readonly NewItem[]): number;
  /** Pending items of a feed tried fewer than `maxAttempts` times. */
  pendingItems(feedUrl: string, maxAttempts: number): ItemRecord[];
  /** Counts a failed attempt; `permanent` marks the item skipped for good. */
  failItem(canonicalUrl: string, error: string, permanent: boolean): void;
  storeArticle(canonicalUrl: string, page: { rawHtml: string; charset: string; parsed: ParsedArticle }): void;
  setHandle(articleId: string, handle: number | null): void;
  storedArticles(): StoredArticle[];
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

interface ItemRow {
  canonical_url: string;
  link: string | null;
  feed_url: string;
  article_id: string;
  status: ItemRecord["status"];
  attempts: number;
  feed_title: string | null;
  feed_published: string | null;
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

function toItem(row: ItemRow): ItemRecord {
  return {
    canonicalUrl: row.canonical_url,
    link: row.link ?? row.canonical_url,
    feedUrl: row.feed_url,
    articleId: row.article_id,
    status: row.status,
    attempts: row.attempts,
    feedTitle: row.feed_title,
    feedPublished: row.feed_published,
  };
}

/** Creates the store over an open database whose migrations include `FEED_MIGRATIONS`. */
export function createFeedStore(db: Database, clock: Clock): FeedStore {
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
    item: db.prepare(`SELECT * FROM live_items WHERE canonical_url = ?`),
    addItem: db.prepare(
      `INSERT OR IGNORE INTO live_items (canonical_url, link, feed_url, article_id, status, feed_title, feed_published, first_seen_at)
       VALUES (@canonicalUrl, @link, @feedUrl, @articleId, 'pending', @feedTitle, @feedPublished, @at)`,
    ),
    pending: db.prepare(`SELECT * FROM live_items WHERE feed_url = ? AND status = 'pending' AND attempts < ? ORDER BY first_seen_at, rowid`),
    failItem: db.prepare(
      `UPDATE live_items SET attempts = attempts + 1, last_error = @error, fetched_at = @at,
       status = CASE WHEN @permanent = 1 THEN 'skipped' ELSE status END WHERE canonical_url = @url AND status = 'pending'`,
    ),
    storeArticle: db.prepare(
      `UPDATE live_items SET status = 'stored', attempts = attempts + 1, last_error = NULL, raw_html = @rawHtml, charset = @charset,
       parsed_json = @parsed, fetched_at = @at WHERE canonical_url = @url`,
    ),
    setHandle: db.prepare(`UPDATE live_items SET handle = ? WHERE article_id = ?`),
    clearHandle: db.prepare(`UPDATE live_items SET handle = NULL WHERE handle = ? AND article_id <> ?`),
    stored: db.prepare(`SELECT article_id, canonical_url, feed_url, parsed_json, handle, first_seen_at FROM live_items WHERE status = 'stored' ORDER BY rowid`),
  };
  const syncConfig = db.transaction((feeds: readonly { url: string; label: string | null }[]) => {
    for (const feed of feeds) statements.insertConfig.run(feed.url, feed.label, now());
  });
  const addItems = db.transaction((items: readonly NewItem[], at: string) => {
    let added = 0;
    for (const item of items) added += statements.addItem.run({ ...item, at }).changes;
    return added;
  });
  const setHandle = db.transaction((articleId: string, handle: number | null) => {
    if (handle !== null) statements.clearHandle.run(handle, articleId);
    statements.setHandle.run(handle, articleId);
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
    getItem: (canonicalUrl) => {
      const row = statements.item.get(canonicalUrl) as ItemRow | undefined;
      return row ? toItem(row) : undefined;
    },
    addItem: (item) => statements.addItem.run({ ...item, at: now() }).changes > 0,
    addItems: (items) => addItems(items, now()),
    pendingItems: (feedUrl, maxAttempts) => (statements.pending.all(feedUrl, maxAttempts) as ItemRow[]).map(toItem),
    failItem(canonicalUrl, error, permanent) {
      statements.failItem.run({ url: canonicalUrl, error, permanent: permanent ? 1 : 0, at: now() });
    },
    storeArticle(canonicalUrl, page) {
      statements.storeArticle.run({ url: canonicalUrl, rawHtml: page.rawHtml, charset: page.charset, parsed: JSON.stringify(page.parsed), at: now() });
    },
    setHandle: (articleId, handle) => setHandle(articleId, handle),
    storedArticles: () =>
      (statements.stored.all() as { article_id: string; canonical_url: string; feed_url: string; parsed_json: string; handle: number | null; first_seen_at: string }[]).map(
        (row) => ({
          id: row.article_id,
          canonicalUrl: row.canonical_url,
          feedUrl: row.feed_url,
          parsed: JSON.parse(row.parsed_json) as ParsedArticle,
          handle: row.handle,
          firstSeenAt: row.first_seen_at,
        }),
      ),
  };
}
