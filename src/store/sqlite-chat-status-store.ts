import type { Database } from "better-sqlite3";
import type { ChatAddress } from "../model/chat.ts";
import { systemClock, type Clock } from "../util/clock.ts";
import type { ChatStatusStore } from "./chat-status-store.ts";
import { statusOfRow } from "./sqlite-rows.ts";

function chatOf(address: ChatAddress): ChatAddress {
  return { platform: address.platform, chatId: address.chatId, threadId: null };
}

/**
 * The SQLite implementation of `ChatStatusStore` over a database opened with `openDatabase`
 * (migrations applied). `clock` stamps the chat status changes adapters report.
 */
export function createChatStatusStore(db: Database, options: { clock?: Clock } = {}): ChatStatusStore {
  const clock = options.clock ?? systemClock;
  const q = {
    status: db.prepare<[string, string], { active: number; reason: string | null; changed_at: number }>(
      "SELECT active, reason, changed_at FROM chat_status WHERE platform = ? AND chat_id = ?",
    ),
    upsertStatus: db.prepare(
      `INSERT INTO chat_status (platform, chat_id, active, reason, changed_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (platform, chat_id) DO UPDATE SET active = excluded.active, reason = excluded.reason, changed_at = excluded.changed_at`,
    ),
  };

  function statusOf(target: ChatAddress) {
    return statusOfRow(q.status.get(target.platform, target.chatId));
  }

  function setStatus(target: ChatAddress, active: boolean, reason: string | null, at: number): void {
    q.upsertStatus.run(target.platform, target.chatId, active ? 1 : 0, active ? null : reason, at);
  }

  return {
    statusOf: async (target) => statusOf(target),
    setStatus: async (target, active, reason, at) => setStatus(target, active, reason, at),
    markInactive(address, reason) {
      setStatus(chatOf(address), false, reason, clock.now().getTime());
    },
    markActive(address) {
      const target = chatOf(address);
      if (!statusOf(target).active) setStatus(target, true, null, clock.now().getTime());
    },
  };
}
