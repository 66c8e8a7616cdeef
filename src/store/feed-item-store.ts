import type { Database } from "better-sqlite3";
import type { ParsedArticle } from "../model/article.ts";
import type { Clock } from "../util/clock.ts";

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

/** An item first seen in a feed. */
export interface NewItem {
  readonly canonicalUrl: string;
  readonly link: string;
  readonly feedUrl: string;
  readonly articleId: string;
  readonly feedTitle: string | null;
  readonly feedPublished: string | null;
}

/** The items feeds listed and the articles stored from them (with their handles). */
export interface FeedItemStore {
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

/** Creates the feed item store over an open database whose migrations include `FEED_MIGRATIONS`. */
export function createFeedItemStore(db: Database, clock: Clock): FeedItemStore {
  const now = () => clock.now().toISOString();
  const statements = {
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
