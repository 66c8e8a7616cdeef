import type { Migration } from "./migration.ts";

// NOTE: times are epoch milliseconds (INTEGER); a chat's main thread is stored as thread_id ''
// because NULL never matches in a primary key.
/** Version 1: subscriptions, per-chat settings and per-chat status. */
export const SUBSCRIPTIONS_SCHEMA: Migration = {
  version: 1,
  name: "subscriptions",
  up(db) {
    db.exec(`
      CREATE TABLE subscriptions (
        id INTEGER PRIMARY KEY,
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        thread_id TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('province', 'keyword')),
        value TEXT NOT NULL,
        label TEXT NOT NULL,
        typed TEXT NOT NULL,
        excludes TEXT NOT NULL DEFAULT '[]',
        added_by TEXT,
        added_by_name TEXT,
        created_at INTEGER NOT NULL,
        UNIQUE (platform, chat_id, thread_id, kind, value)
      );
      CREATE TABLE chat_settings (
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        thread_id TEXT NOT NULL DEFAULT '',
        digest_time TEXT,
        timezone TEXT,
        send_empty INTEGER,
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (platform, chat_id, thread_id)
      );
      CREATE TABLE chat_status (
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        active INTEGER NOT NULL,
        reason TEXT,
        changed_at INTEGER NOT NULL,
        PRIMARY KEY (platform, chat_id)
      );
    `);
  },
};

/** Version 2: digest runs, deliveries (the exactly-once claims) and article first-seen times. */
export const DIGEST_SCHEMA: Migration = {
  version: 2,
  name: "digest deliveries",
  up(db) {
    db.exec(`
      CREATE TABLE digest_deliveries (
        platform TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        thread_id TEXT NOT NULL DEFAULT '',
        local_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('claimed', 'sending', 'sent', 'empty', 'failed', 'uncertain')),
        article_ids TEXT NOT NULL DEFAULT '[]',
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        claim_token TEXT,
        claimed_at INTEGER,
        window_end INTEGER,
        finished_at INTEGER,
        PRIMARY KEY (platform, chat_id, thread_id, local_date)
      );
      CREATE INDEX digest_deliveries_window ON digest_deliveries (platform, chat_id, thread_id, window_end);
      CREATE TABLE article_first_seen (
        article_id TEXT PRIMARY KEY,
        first_seen_at INTEGER NOT NULL
      );
      CREATE INDEX article_first_seen_at ON article_first_seen (first_seen_at);
      CREATE TABLE digest_runs (
        id INTEGER PRIMARY KEY,
        claim_token TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        finished_at INTEGER,
        jobs INTEGER NOT NULL,
        counts TEXT
      );
    `);
  },
};
