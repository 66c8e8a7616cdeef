import type { CorpusIndex } from "../core/corpus-index.ts";
import type { SearchIndex } from "../search/index.ts";
import type { SubscriptionService } from "../subscriptions/subscription-service.ts";
import type { Answer } from "./answer.ts";
import type { ArticleEvent } from "../events/event-index.ts";
import type { FeedsService } from "../live/feeds-service.ts";

/** What every command can read. */
export interface CommandDeps {
  readonly corpus: CorpusIndex;
  readonly search: SearchIndex;
  /** Subscriptions and digest settings; absent where there is no store (the CLI). */
  readonly subscriptions?: SubscriptionService;
  /** Feed administration (`/nguon`); absent without the live corpus. */
  readonly feeds?: FeedsService;
  /** Near-duplicate grouping: an article's event, null when alone; absent without the live corpus. */
  readonly events?: { eventOf(id: string): ArticleEvent | null };
}

/** The platforms a command can come from. */
export type Platform = "telegram" | "slack" | "console";

/**
 * Who asked and where: the chat a command came from. Adapters fill it in; the console and the
 * CLI use `CONSOLE_CHAT`.
 */
export interface ChatContext {
  readonly platform: Platform;
  /** The chat (Telegram) or channel (Slack) id, as a string. */
  readonly chatId: string;
  /** The forum topic (Telegram `message_thread_id`) or Slack thread ts, null when none. */
  readonly threadId: string | null;
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

/** A command of the bot: its names, its Vietnamese help and its handler. */
export interface Command {
  /** The ASCII name users type after the slash. */
  readonly name: string;
  readonly aliases: readonly string[];
  /** Argument shape shown in usage lines ("<tỉnh>"), empty when none. */
  readonly params: string;
  /** One Vietnamese sentence for /help and the platforms' command menus. */
  readonly summary: string;
  /** A full example line. */
  readonly example: string;
  /** Whether the command changes the chat's settings (adapters then check `canManage`). */
  readonly manages?: boolean;
  run(args: string, deps: CommandDeps, chat: ChatContext): Answer | Promise<Answer>;
}

/** The usage line of a command: `/tinh <tỉnh>`. */
export function usageOf(command: Command): string {
  return command.params ? `/${command.name} ${command.params}` : `/${command.name}`;
}
