import type { Database } from "better-sqlite3";
import type { ChatAddress } from "../model/chat.ts";
import type { ClaimOptions, Delivery, DeliveryStatus, DeliveryStore, DigestRun } from "./delivery-store.ts";
import { targetKey as key, targetOfRow } from "./sqlite-rows.ts";

interface DeliveryRow {
  platform: string;
  chat_id: string;
  thread_id: string;
  local_date: string;
  status: DeliveryStatus;
  article_ids: string;
  attempts: number;
  last_error: string | null;
  claim_token: string | null;
  claimed_at: number | null;
  window_end: number | null;
  finished_at: number | null;
}

interface RunRow {
  id: number;
  claim_token: string;
  started_at: number;
  finished_at: number | null;
  jobs: number;
  counts: string | null;
}

function deliveryOf(row: DeliveryRow): Delivery {
  return {
    target: targetOfRow(row),
    localDate: row.local_date,
    status: row.status,
    articleIds: JSON.parse(row.article_ids) as string[],
    attempts: row.attempts,
    lastError: row.last_error,
    claimToken: row.claim_token,
    claimedAt: row.claimed_at,
    windowEnd: row.window_end,
    finishedAt: row.finished_at,
  };
}

function runOf(row: RunRow): DigestRun {
  return {
    id: row.id,
    claimToken: row.claim_token,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    jobs: row.jobs,
    counts: row.counts === null ? null : (JSON.parse(row.counts) as Record<string, number>),
  };
}

/** Whether a delivery may be claimed, must be abandoned (a dead process was sending it), or neither. */
function claimable(row: Delivery, options: ClaimOptions): "claim" | "abandon" | "no" {
  switch (row.status) {
    case "failed":
      return row.attempts < options.maxAttempts ? "claim" : "no";
    case "claimed":
    case "sending": {
      const stale = row.claimToken !== options.token && (row.claimedAt ?? 0) <= options.now - options.staleAfterMs;
      if (!stale) return "no";
      return row.status === "claimed" ? "claim" : "abandon";
    }
    default:
      return "no";
  }
}

// NOTE: article ids recorded per statement.
const SEEN_BATCH = 5000;

/** The prepared statements of the delivery store. */
function deliveryStatements(db: Database) {
  return {
    // NOTE: one statement per batch of ids (a JSON array): a start records every article, and a
    // statement per id costs twice as much at 100k.
    seen: db.prepare("INSERT OR IGNORE INTO article_first_seen (article_id, first_seen_at) SELECT value, ? FROM json_each(?)"),
    seenAfter: db.prepare<[number], { article_id: string; first_seen_at: number }>(
      "SELECT article_id, first_seen_at FROM article_first_seen WHERE first_seen_at > ?",
    ),
    delivery: db.prepare<[string, string, string, string], DeliveryRow>(
      "SELECT * FROM digest_deliveries WHERE platform = ? AND chat_id = ? AND thread_id = ? AND local_date = ?",
    ),
    lastWindow: db.prepare<[string, string, string], { end: number | null }>(
      `SELECT max(window_end) AS end FROM digest_deliveries
       WHERE platform = ? AND chat_id = ? AND thread_id = ? AND status IN ('sent', 'empty', 'uncertain')`,
    ),
    insertClaim: db.prepare(
      `INSERT INTO digest_deliveries (platform, chat_id, thread_id, local_date, status, attempts, claim_token, claimed_at)
       VALUES (?, ?, ?, ?, 'claimed', 1, ?, ?)`,
    ),
    reclaim: db.prepare(
      `UPDATE digest_deliveries SET status = 'claimed', attempts = attempts + 1, claim_token = ?, claimed_at = ?
       WHERE platform = ? AND chat_id = ? AND thread_id = ? AND local_date = ?`,
    ),
    abandon: db.prepare(
      `UPDATE digest_deliveries SET status = 'uncertain', finished_at = ?, last_error = 'process stopped while sending'
       WHERE platform = ? AND chat_id = ? AND thread_id = ? AND local_date = ?`,
    ),
    sending: db.prepare(
      `UPDATE digest_deliveries SET status = 'sending', article_ids = ?, window_end = ?
       WHERE platform = ? AND chat_id = ? AND thread_id = ? AND local_date = ? AND claim_token = ? AND status = 'claimed'`,
    ),
    finish: db.prepare(
      `UPDATE digest_deliveries SET status = ?, finished_at = ?, last_error = ?, window_end = coalesce(?, window_end)
       WHERE platform = ? AND chat_id = ? AND thread_id = ? AND local_date = ? AND claim_token = ? AND status IN ('claimed', 'sending')`,
    ),
    startRun: db.prepare("INSERT INTO digest_runs (claim_token, started_at, jobs) VALUES (?, ?, ?)"),
    finishRun: db.prepare("UPDATE digest_runs SET finished_at = ?, counts = ? WHERE id = ?"),
    recentRuns: db.prepare<[number], RunRow>("SELECT * FROM digest_runs ORDER BY id DESC LIMIT ?"),
  };
}

/** The SQLite implementation of `DeliveryStore` over a database opened with `openDatabase` (migrations applied). */
export function createDeliveryStore(db: Database): DeliveryStore {
  const q = deliveryStatements(db);

  function readDelivery(target: ChatAddress, localDate: string): Delivery | null {
    const row = q.delivery.get(...key(target), localDate);
    return row ? deliveryOf(row) : null;
  }

  // NOTE: IMMEDIATE takes the write lock at BEGIN, so two processes never both read "claimable".
  const claim = db.transaction((target: ChatAddress, localDate: string, options: ClaimOptions): Delivery | null => {
    const existing = readDelivery(target, localDate);
    if (!existing) {
      q.insertClaim.run(...key(target), localDate, options.token, options.now);
    } else {
      const verdict = claimable(existing, options);
      if (verdict === "no") return null;
      if (verdict === "abandon") {
        q.abandon.run(options.now, ...key(target), localDate);
        return null;
      }
      q.reclaim.run(options.token, options.now, ...key(target), localDate);
    }
    return readDelivery(target, localDate);
  });

  const recordFirstSeen = db.transaction((ids: readonly string[], at: number) => {
    let added = 0;
    for (let start = 0; start < ids.length; start += SEEN_BATCH) added += q.seen.run(at, JSON.stringify(ids.slice(start, start + SEEN_BATCH))).changes;
    return added;
  });

  // NOTE: every method is async to fit the interface; SQLite itself answers synchronously.
  return {
    recordFirstSeen: async (ids, at) => recordFirstSeen(ids, at),
    firstSeenAfter: async (after) => new Map(q.seenAfter.all(after).map((row) => [row.article_id, row.first_seen_at])),
    deliveryOn: async (target, localDate) => readDelivery(target, localDate),
    lastWindowEnd: async (target) => q.lastWindow.get(...key(target))?.end ?? null,
    claimDelivery: async (target, localDate, options) => claim.immediate(target, localDate, options),
    markSending: async (target, localDate, token, articleIds, windowEnd) =>
      q.sending.run(JSON.stringify(articleIds), windowEnd, ...key(target), localDate, token).changes > 0,
    async finishDelivery(target, localDate, token, outcome) {
      const error = outcome.status === "failed" ? outcome.error : null;
      const windowEnd = outcome.status === "empty" ? outcome.windowEnd : null;
      return q.finish.run(outcome.status, outcome.at, error, windowEnd, ...key(target), localDate, token).changes > 0;
    },
    startRun: async (token, at, jobs) => Number(q.startRun.run(token, at, jobs).lastInsertRowid),
    async finishRun(id, at, counts) {
      q.finishRun.run(at, JSON.stringify(counts), id);
    },
    recentRuns: async (limit) => q.recentRuns.all(limit).map(runOf),
  };
}
