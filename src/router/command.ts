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
