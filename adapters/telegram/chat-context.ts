import type { Context } from "grammy";
import type { ChatAddress, ChatContext } from "../../src/index.ts";

/** The kind of chat the core sees for a Telegram chat type. */
export function chatKindOf(type: string | undefined): ChatContext["chatKind"] {
  if (type === "group" || type === "supergroup") return "group";
  if (type === "channel") return "channel";
  return "private";
}

function threadOf(ctx: Context): string | null {
  const message = ctx.message ?? ctx.callbackQuery?.message;
  if (!message || !("is_topic_message" in message) || !message.is_topic_message) return null;
  return message.message_thread_id === undefined ? null : String(message.message_thread_id);
}

/**
 * The core's ChatContext for an update: the chat (the user's own id for inline queries), the
 * forum topic, the user. NOTE: `canManage` is only true in private chats here; groups need
 * `canManageChat`.
 */
export function chatContextOf(ctx: Context): ChatContext {
  const from = ctx.from;
  const chatKind = chatKindOf(ctx.chat?.type);
  const userName = from ? [from.first_name, from.last_name].filter(Boolean).join(" ") || from.username || null : null;
  return {
    platform: "telegram",
    chatId: String(ctx.chat?.id ?? from?.id ?? "unknown"),
    threadId: threadOf(ctx),
    userId: from ? String(from.id) : null,
    userName,
    chatKind,
    canManage: chatKind === "private",
  };
}

/** Whether a Telegram chat id is a private chat (users have positive ids, groups and channels negative). */
export function isPrivateChatId(chatId: string): boolean {
  return /^\d+$/.test(chatId);
}

/** Where replies to a chat go. */
export function addressOf(chat: ChatContext): ChatAddress {
  return { platform: "telegram", chatId: chat.chatId, threadId: chat.threadId };
}

const MANAGERS = new Set(["creator", "administrator"]);

/**
 * Whether the sender may change a group's settings: a creator or administrator (one getChatMember
 * call), or the group itself posting as an anonymous admin. Always true in private chats.
 */
export async function canManageChat(ctx: Context): Promise<boolean> {
  if (ctx.chat?.type === "private") return true;
  if (!ctx.chat || !ctx.from) return false;
  if (ctx.message?.sender_chat?.id === ctx.chat.id) return true;
  const member = await ctx.api.getChatMember(ctx.chat.id, ctx.from.id);
  return MANAGERS.has(member.status);
}
