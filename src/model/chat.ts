/** The platforms a command can come from and a message can go to. */
export type Platform = "telegram" | "slack" | "console";

/**
 * A chat or channel, and a topic or thread inside it: where a command came from, where a
 * subscription's digest goes, where a message is sent.
 */
export interface ChatAddress {
  readonly platform: Platform;
  /** The chat (Telegram) or channel (Slack) id, as a string. */
  readonly chatId: string;
  /** The forum topic (Telegram `message_thread_id`) or Slack thread `ts`, null for the main chat. */
  readonly threadId: string | null;
}

/**
 * Who asked and where: the chat a command came from. Adapters fill it in; the console and the
 * CLI use `CONSOLE_CHAT`.
 */
export interface ChatContext extends ChatAddress {
  readonly userId: string | null;
  /** The user's display name, for "who added it". */
  readonly userName: string | null;
  readonly chatKind: "private" | "group" | "channel";
  /**
   * Whether this user may change the chat's subscriptions. NOTE: adapters compute it only
   * for commands with `manages: true` (a Telegram group needs a getChatMember call); it is
   * true in private chats, on the console and for Slack channel members.
   */
  readonly canManage: boolean;
}

/** The context of the console and the CLI: one private chat of one local user. */
export const CONSOLE_CHAT: ChatContext = Object.freeze({
  platform: "console",
  chatId: "console",
  threadId: null,
  userId: "console",
  userName: null,
  chatKind: "private",
  canManage: true,
});

/** The platforms the bot sends messages to unprompted (the console only answers). */
export type MessagingPlatform = Exclude<Platform, "console">;
