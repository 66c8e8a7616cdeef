import type { UpdateInput } from "./fake-bot-api.ts";

/** Who sends test updates unless told otherwise. */
export const USER = { id: 42, is_bot: false, first_name: "Lan", last_name: "Nguyễn", language_code: "vi" } as const;

function chatOf(chatId: number, type: "private" | "group" | "supergroup") {
  return type === "private"
    ? { id: chatId, type, first_name: USER.first_name }
    : { id: chatId, type, title: "Nhóm tin tỉnh" };
}

let messageId = 1;

/** A text message update (with a bot_command entity when it starts with `/`). */
export function textMessage(
  text: string,
  options: { chatId?: number; userId?: number; chatType?: "private" | "group" | "supergroup"; threadId?: number } = {},
): UpdateInput {
  const chatType = options.chatType ?? (options.chatId !== undefined && options.chatId < 0 ? "supergroup" : "private");
  const chatId = options.chatId ?? USER.id;
  const command = /^\/\S+/.exec(text);
  return {
    message: {
      message_id: messageId++,
      date: 1769904000,
      chat: chatOf(chatId, chatType),
      from: { ...USER, id: options.userId ?? USER.id },
      text,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
      ...(options.threadId !== undefined ? { message_thread_id: options.threadId, is_topic_message: true } : {}),
    },
  } as UpdateInput;
}

/** A button press on a message the bot sent. */
export function callbackQuery(data: string, options: { chatId?: number; messageId?: number; chatType?: "private" | "supergroup" } = {}): UpdateInput {
  const chatId = options.chatId ?? USER.id;
  return {
    callback_query: {
      id: `cb${messageId++}`,
      from: USER,
      chat_instance: "ci-1",
      data,
      message: {
        message_id: options.messageId ?? 1000,
        date: 1769904000,
        chat: chatOf(chatId, options.chatType ?? (chatId < 0 ? "supergroup" : "private")),
        from: { id: 123456789, is_bot: true, first_name: "Điểm tin", username: "DiemTinBot" },
        text: "…",
      },
    },
  } as UpdateInput;
}

/** An inline query (`@DiemTinBot <query>`). */
export function inlineQuery(query: string, offset = ""): UpdateInput {
  return { inline_query: { id: `iq${messageId++}`, from: USER, query, offset, chat_type: "private" } } as UpdateInput;
}

/** The bot's own membership changing in a chat (blocked, kicked, added back). */
export function myChatMember(chatId: number, status: "member" | "administrator" | "left" | "kicked", oldStatus = "member"): UpdateInput {
  const bot = { id: 123456789, is_bot: true, first_name: "Điểm tin", username: "DiemTinBot" };
  return {
    my_chat_member: {
      chat: chatOf(chatId, chatId < 0 ? "supergroup" : "private"),
      from: USER,
      date: 1769904000,
      old_chat_member: { user: bot, status: oldStatus },
      new_chat_member: { user: bot, status, ...(status === "kicked" ? { until_date: 0 } : {}) },
    },
  } as UpdateInput;
}

/** A post in a channel (no sender user; the channel itself is the author). */
export function channelPost(text: string, channel: { readonly id: number; readonly username: string; readonly title: string }): UpdateInput {
  const command = /^\/\S+/.exec(text);
  return {
    channel_post: {
      message_id: messageId++,
      date: 1769904000,
      chat: { id: channel.id, type: "channel", title: channel.title, username: channel.username },
      sender_chat: { id: channel.id, type: "channel", title: channel.title, username: channel.username },
      text,
      ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
    },
  } as UpdateInput;
}

/** A document message (a file sent to the bot). */
export function documentMessage(document: { fileId: string; name: string; size: number; mimeType?: string }, options: { chatId?: number; userId?: number } = {}): UpdateInput {
  const chatId = options.chatId ?? USER.id;
  return {
    message: {
      message_id: messageId++,
      date: 1769904000,
      chat: chatOf(chatId, chatId < 0 ? "supergroup" : "private"),
      from: { ...USER, id: options.userId ?? USER.id },
      document: { file_id: document.fileId, file_unique_id: `u-${document.fileId}`, file_name: document.name, file_size: document.size, mime_type: document.mimeType ?? "application/xml" },
    },
  } as UpdateInput;
}
