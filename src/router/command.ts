import type { SearchIndex } from "../search/index.ts";
import type { SubscriptionService } from "../subscriptions/subscription-service.ts";
import type { Answer } from "./answer.ts";
import type { ArticleEvent } from "../events/event-index.ts";
import type { FeedsService } from "../live/feeds-service.ts";
import type { ChatContext } from "../model/chat.ts";
import type { CorpusIndex } from "../corpus/corpus-index.ts";

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

/** What a command declaring `needs: "subscriptions"` reads: the subscription service is there. */
export interface SubscribedDeps extends CommandDeps {
  readonly subscriptions: SubscriptionService;
}

/** What a command declaring `needs: "feeds"` reads: feed administration is there. */
export interface FeedDeps extends CommandDeps {
  readonly feeds: FeedsService;
}

/** A command's names, its Vietnamese help and who may run it. */
interface CommandInfo {
  /** The ASCII name users type after the slash. */
  readonly name: string;
  readonly aliases: readonly string[];
  /** Argument shape shown in usage lines ("<tỉnh>"), empty when none. */
  readonly params: string;
  /** One Vietnamese sentence for /help and the platforms' command menus. */
  readonly summary: string;
  /** A full example line. */
  readonly example: string;
  /**
   * Whether the command changes the chat's settings, so only users who may (`canManage`) run
   * it: `true` always, `"with-args"` only when typed with arguments (without, it just shows).
   * The router refuses the others; adapters compute `canManage` for these commands.
   */
  readonly manages?: true | "with-args";
  /** Whether only the bot's admins (`ADMIN_IDS`, and the console's operator) may run it; the router refuses the others. */
  readonly adminsOnly?: true;
}

/** A command that needs only the corpus (and reads the optional services itself). */
export interface CorpusCommand extends CommandInfo {
  readonly needs?: undefined;
  run(args: string, deps: CommandDeps, chat: ChatContext): Answer | Promise<Answer>;
}

/** A command that needs the subscription store; the router answers for it where there is none. */
export interface SubscriptionCommand extends CommandInfo {
  readonly needs: "subscriptions";
  run(args: string, deps: SubscribedDeps, chat: ChatContext): Answer | Promise<Answer>;
}

/** A command that needs feed administration (the live corpus); the router answers for it where there is none. */
export interface FeedCommand extends CommandInfo {
  readonly needs: "feeds";
  run(args: string, deps: FeedDeps, chat: ChatContext): Answer | Promise<Answer>;
}

/** A command of the bot: its names, its Vietnamese help, what it needs and its handler. */
export type Command = CorpusCommand | SubscriptionCommand | FeedCommand;

/** The usage line of a command: `/tinh <tỉnh>`. */
export function usageOf(command: Command): string {
  return command.params ? `/${command.name} ${command.params}` : `/${command.name}`;
}
