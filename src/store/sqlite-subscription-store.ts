import type { Database } from "better-sqlite3";
import { systemClock, type Clock } from "../util/clock.ts";
import type { ChatSettings, ChatStatus, ClaimOptions, Delivery, DeliveryStatus, DigestRun, Subscription, SubscriptionStore, TargetOverview } from "./subscription-store.ts";
import type { ChatAddress, Platform } from "../model/chat.ts";

interface SubscriptionRow {
  id: number;
  platform: string;
  chat_id: string;
  thread_id: string;
  kind: "province" | "keyword";
  value: string;
  label: string;
  typed: string;
  excludes: string;
  added_by: string | null;
  added_by_name: string | null;
  created_at: number;
}

interface SettingsRow {
  digest_time: string | null;
  timezone: string | null;
  send_empty: number | null;
}

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

interface TargetRow extends SettingsRow {
  platform: string;
  chat_id: string;
  thread_id: string;
  count: number;
  first_at: number;
  active: number | null;
  reason: string | null;
  changed_at: number | null;
}

const NO_SETTINGS: ChatSettings = { digestTime: null, timezone: null, sendEmpty: null };
const ACTIVE: ChatStatus = { active: true, reason: null, changedAt: null };

function key(target: ChatAddress): [string, string, string] {
  return [target.platform, target.chatId, target.threadId ?? ""];
}

function targetOf(row: { platform: string; chat_id: string; thread_id: string }): ChatAddress {
  return { platform: row.platform as Platform, chatId: row.chat_id, threadId: row.thread_id === "" ? null : row.thread_id };
}

function subscriptionOf(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    target: targetOf(row),
    kind: row.kind,
    value: row.value,
    label: row.label,
    typed: row.typed,
    excludes: JSON.parse(row.excludes) as string[],
    addedBy: row.added_by,
    addedByName: row.added_by_name,
    createdAt: row.created_at,
  };
}

function settingsOf(row: SettingsRow | undefined): ChatSettings {
  if (!row) return NO_SETTINGS;
  return { digestTime: row.digest_time, timezone: row.timezone, sendEmpty: row.send_empty === null ? null : row.send_empty === 1 };
}

function deliveryOf(row: DeliveryRow): Delivery {
  return {
    target: targetOf(row),
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

function addressTarget(address: ChatAddress): ChatAddress {
  return { platform: address.platform, chatId: address.chatId, threadId: null };
}

/**
 * The SQLite implementation of `SubscriptionStore` over a database opened with `openDatabase`
 * (migrations applied). `clock` stamps the chat status changes adapters report.
 */
export function createSubscriptionStore(db: Database, options: { clock?: Clock } = {}): SubscriptionStore {
  const clock = options.clock ?? systemClock;
  const q = {
    findSub: db.prepare<[string, string, string, string, string], SubscriptionRow>(
      "SELECT * FROM subscriptions WHERE platform = ? AND chat_id = ? AND thread_id = ? AND kind = ? AND value = ?",
    ),
    insertSub: db.prepare(
      `INSERT INTO subscriptions (platform, chat_id, thread_id, kind, value, label, typed, excludes, added_by, added_by_name, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    updateSub: db.prepare("UPDATE subscriptions SET label = ?, typed = ?, excludes = ? WHERE id = ?"),
    subById: db.prepare<[number], SubscriptionRow>("SELECT * FROM subscriptions WHERE id = ?"),
    deleteSub: db.prepare("DELETE FROM subscriptions WHERE platform = ? AND chat_id = ? AND thread_id = ? AND id = ?"),
    deleteAll: db.prepare("DELETE FROM subscriptions WHERE platform = ? AND chat_id = ? AND thread_id = ?"),
    subsOf: db.prepare<[string, string, string], SubscriptionRow>(
      "SELECT * FROM subscriptions WHERE platform = ? AND chat_id = ? AND thread_id = ? ORDER BY created_at, id",
    ),
    targets: db.prepare<[], TargetRow>(
      `SELECT s.platform, s.chat_id, s.thread_id, count(*) AS count, min(s.created_at) AS first_at,
              cs.digest_time, cs.timezone, cs.send_empty, st.active, st.reason, st.changed_at
       FROM subscriptions s
       LEFT JOIN chat_settings cs ON cs.platform = s.platform AND cs.chat_id = s.chat_id AND cs.thread_id = s.thread_id
       LEFT JOIN chat_status st ON st.platform = s.platform AND st.chat_id = s.chat_id
       GROUP BY s.platform, s.chat_id, s.thread_id
       ORDER BY s.platform, s.chat_id, s.thread_id`,
    ),
    settings: db.prepare<[string, string, string], SettingsRow>(
      "SELECT digest_time, timezone, send_empty FROM chat_settings WHERE platform = ? AND chat_id = ? AND thread_id = ?",
    ),
    upsertSettings: db.prepare(
      `INSERT INTO chat_settings (platform, chat_id, thread_id, digest_time, timezone, send_empty, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (platform, chat_id, thread_id) DO UPDATE SET
         digest_time = excluded.digest_time, timezone = excluded.timezone, send_empty = excluded.send_empty, updated_at = excluded.updated_at`,
    ),
    status: db.prepare<[string, string], { active: number; reason: string | null; changed_at: number }>(
      "SELECT active, reason, changed_at FROM chat_status WHERE platform = ? AND chat_id = ?",
    ),
    upsertStatus: db.prepare(
      `INSERT INTO chat_status (platform, chat_id, active, reason, changed_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (platform, chat_id) DO UPDATE SET active = excluded.active, reason = excluded.reason, changed_at = excluded.changed_at`,
    ),
    seen: db.prepare("INSERT OR IGNORE INTO article_first_seen (article_id, first_seen_at) VALUES (?, ?)"),
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
    startRun: db.prepare("INSERT INTO digest_runs (claim_token, started_at, jobs) VALUES (?, ?, ?)"),
    finishRun: db.prepare("UPDATE digest_runs SET finished_at = ?, counts = ? WHERE id = ?"),
    recentRuns: db.prepare<[number], { id: number; claim_token: string; started_at: number; finished_at: number | null; jobs: number; counts: string | null }>(
      "SELECT * FROM digest_runs ORDER BY id DESC LIMIT ?",
    ),
    finish: db.prepare(
      `UPDATE digest_deliveries SET status = ?, finished_at = ?, last_error = ?, window_end = coalesce(?, window_end)
       WHERE platform = ? AND chat_id = ? AND thread_id = ? AND local_date = ? AND claim_token = ? AND status IN ('claimed', 'sending')`,
    ),
  };

  function readDelivery(target: ChatAddress, localDate: string): Delivery | null {
    const row = q.delivery.get(...key(target), localDate);
    return row ? deliveryOf(row) : null;
  }

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

  const subscribe = db.transaction((input: Parameters<SubscriptionStore["subscribe"]>[0]) => {
    const [platform, chatId, threadId] = key(input.target);
    const excludes = JSON.stringify(input.excludes);
    const existing = q.findSub.get(platform, chatId, threadId, input.kind, input.value);
    if (existing) {
      q.updateSub.run(input.label, input.typed, excludes, existing.id);
      return { subscription: subscriptionOf(q.subById.get(existing.id) as SubscriptionRow), created: false };
    }
    const result = q.insertSub.run(
      platform, chatId, threadId, input.kind, input.value, input.label, input.typed, excludes,
      input.addedBy, input.addedByName, input.createdAt,
    );
    return { subscription: subscriptionOf(q.subById.get(Number(result.lastInsertRowid)) as SubscriptionRow), created: true };
  });

  const recordFirstSeen = db.transaction((ids: readonly string[], at: number) => {
    let added = 0;
    for (const id of ids) added += q.seen.run(id, at).changes;
    return added;
  });

  function statusOf(target: ChatAddress): ChatStatus {
    const row = q.status.get(target.platform, target.chatId);
    return row ? { active: row.active === 1, reason: row.reason, changedAt: row.changed_at } : ACTIVE;
  }

  function setStatus(target: ChatAddress, active: boolean, reason: string | null, at: number): void {
    q.upsertStatus.run(target.platform, target.chatId, active ? 1 : 0, active ? null : reason, at);
  }

  // NOTE: every method is async to fit the interface; SQLite itself answers synchronously.
  const store: SubscriptionStore = {
    subscribe: async (input) => subscribe(input),
    unsubscribe: async (target, id) => q.deleteSub.run(...key(target), id).changes > 0,
    unsubscribeAll: async (target) => q.deleteAll.run(...key(target)).changes,
    subscriptionsOf: async (target) => q.subsOf.all(...key(target)).map(subscriptionOf),
    async targets(): Promise<TargetOverview[]> {
      return q.targets.all().map((row) => ({
        target: targetOf(row),
        settings: settingsOf(row),
        status: row.active === null ? ACTIVE : { active: row.active === 1, reason: row.reason, changedAt: row.changed_at },
        subscriptionCount: row.count,
        firstSubscribedAt: row.first_at,
      }));
    },
    settingsOf: async (target) => settingsOf(q.settings.get(...key(target))),
    async updateSettings(target, patch, at) {
      const next = { ...settingsOf(q.settings.get(...key(target))), ...patch };
      const sendEmpty = next.sendEmpty === null ? null : next.sendEmpty ? 1 : 0;
      q.upsertSettings.run(...key(target), next.digestTime, next.timezone, sendEmpty, at);
    },
    statusOf: async (target) => statusOf(target),
    setStatus: async (target, active, reason, at) => setStatus(target, active, reason, at),
    markInactive(address, reason) {
      setStatus(addressTarget(address), false, reason, clock.now().getTime());
    },
    markActive(address) {
      const target = addressTarget(address);
      if (!statusOf(target).active) setStatus(target, true, null, clock.now().getTime());
    },
    recordFirstSeen: async (ids, at) => recordFirstSeen(ids, at),
    firstSeenAfter: async (after) => new Map(q.seenAfter.all(after).map((row) => [row.article_id, row.first_seen_at])),
    deliveryOn: async (target, localDate) => readDelivery(target, localDate),
    lastWindowEnd: async (target) => q.lastWindow.get(...key(target))?.end ?? null,
    claimDelivery: async (target, localDate, options) => claim.immediate(target, localDate, options),
    markSending: async (target, localDate, token, articleIds, windowEnd) =>
      q.sending.run(JSON.stringify(articleIds), windowEnd, ...key(target), localDate, token).changes > 0,
    startRun: async (token, at, jobs) => Number(q.startRun.run(token, at, jobs).lastInsertRowid),
    async finishRun(id, at, counts) {
      q.finishRun.run(at, JSON.stringify(counts), id);
    },
    recentRuns: async (limit): Promise<DigestRun[]> =>
      q.recentRuns.all(limit).map((row) => ({
        id: row.id,
        claimToken: row.claim_token,
        startedAt: row.started_at,
        finishedAt: row.finished_at,
        jobs: row.jobs,
        counts: row.counts === null ? null : (JSON.parse(row.counts) as Record<string, number>),
      })),
    async finishDelivery(target, localDate, token, outcome) {
      const error = outcome.status === "failed" ? outcome.error : null;
      const windowEnd = outcome.status === "empty" ? outcome.windowEnd : null;
      return q.finish.run(outcome.status, outcome.at, error, windowEnd, ...key(target), localDate, token).changes > 0;
    },
  };
  return store;
}
