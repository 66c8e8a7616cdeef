import type { CorpusIndex } from "../core/corpus-index.ts";
import type { SearchIndex } from "../search/index.ts";
import type { Answer } from "./answer.ts";

/** What every command can read. */
export interface CommandDeps {
  readonly corpus: CorpusIndex;
  readonly search: SearchIndex;
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
  run(args: string, deps: CommandDeps): Answer;
}

/** The usage line of a command: `/tinh <tỉnh>`. */
export function usageOf(command: Command): string {
  return command.params ? `/${command.name} ${command.params}` : `/${command.name}`;
}
