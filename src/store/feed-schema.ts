import type { Migration } from "./migration.ts";

// NOTE: versions 100-199 belong to the live corpus; append only, never edit a shipped step.
/** The live corpus's schema steps: feeds, fetched pages and their articles. */
export const FEED_MIGRATIONS: readonly Migration[] = [
  {
    version: 100,
    name: "live: feeds and fetched articles",
    up(db) {
      db.exec(`
        CREATE TABLE live_feeds (
          url TEXT PRIMARY KEY,
          label TEXT,
          origin TEXT NOT NULL CHECK (origin IN ('config', 'admin')),
          etag TEXT,
          last_modified TEXT,
          last_fetch_at TEXT,
          status TEXT NOT NULL DEFAULT 'new',
          last_error TEXT,
          failures INTEGER NOT NULL DEFAULT 0,
          next_fetch_at TEXT,
          removed INTEGER NOT NULL DEFAULT 0,
          added_at TEXT NOT NULL
        );
        CREATE TABLE live_items (
          canonical_url TEXT PRIMARY KEY,
          feed_url TEXT NOT NULL,
          article_id TEXT NOT NULL UNIQUE,
          status TEXT NOT NULL CHECK (status IN ('pending', 'stored', 'skipped')),
          attempts INTEGER NOT NULL DEFAULT 0,
          last_error TEXT,
          feed_title TEXT,
          feed_published TEXT,
          raw_html TEXT,
          charset TEXT,
          parsed_json TEXT,
          handle INTEGER UNIQUE,
          first_seen_at TEXT NOT NULL,
          fetched_at TEXT
        );
        CREATE INDEX live_items_feed ON live_items (feed_url);
        CREATE INDEX live_items_status ON live_items (status);
      `);
    },
  },
  {
    version: 101,
    name: "live: the link an item gave, fetched as is",
    up(db) {
      db.exec(`ALTER TABLE live_items ADD COLUMN link TEXT`);
    },
  },
];
