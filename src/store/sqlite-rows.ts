import type { ChatAddress, Platform } from "../model/chat.ts";
import type { ChatStatus } from "./chat-status-store.ts";

/** The status of a chat nothing was recorded for: active. */
export const ACTIVE: ChatStatus = Object.freeze({ active: true, reason: null, changedAt: null });

/**
 * The key columns (platform, chat_id, thread_id) of a target. NOTE: a chat's main thread is
 * stored as thread_id '' because NULL never matches in a primary key.
 */
export function targetKey(target: ChatAddress): [string, string, string] {
  return [target.platform, target.chatId, target.threadId ?? ""];
}

/** The target of a row's key columns. */
export function targetOfRow(row: { platform: string; chat_id: string; thread_id: string }): ChatAddress {
  return { platform: row.platform as Platform, chatId: row.chat_id, threadId: row.thread_id === "" ? null : row.thread_id };
}

/** The status of a chat_status row's columns; active when there is no row. */
export function statusOfRow(row: { active: number | null; reason: string | null; changed_at: number | null } | undefined): ChatStatus {
  if (!row || row.active === null) return ACTIVE;
  return { active: row.active === 1, reason: row.reason, changedAt: row.changed_at };
}
