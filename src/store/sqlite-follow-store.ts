import type { Database } from "better-sqlite3";
import type { ChatSettings, FollowStore, NewSubscription, Subscription, TargetOverview } from "./follow-store.ts";
import { statusOfRow, targetKey as key, targetOfRow } from "./sqlite-rows.ts";

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

function subscriptionOf(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    target: targetOfRow(row),
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

/** The prepared statements of the follow store. */
function followStatements(db: Database) {
  return {
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
  };
}

/** The SQLite implementation of `FollowStore` over a database opened with `openDatabase` (migrations applied). */
export function createFollowStore(db: Database): FollowStore {
  const q = followStatements(db);

  const subscribe = db.transaction((input: NewSubscription) => {
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

  // NOTE: every method is async to fit the interface; SQLite itself answers synchronously.
  return {
    subscribe: async (input) => subscribe(input),
    unsubscribe: async (target, id) => q.deleteSub.run(...key(target), id).changes > 0,
    unsubscribeAll: async (target) => q.deleteAll.run(...key(target)).changes,
    subscriptionsOf: async (target) => q.subsOf.all(...key(target)).map(subscriptionOf),
    async targets(): Promise<TargetOverview[]> {
      return q.targets.all().map((row) => ({
        target: targetOfRow(row),
        settings: settingsOf(row),
        status: statusOfRow(row),
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
  };
}
