import type { ChatContext } from "../model/chat.ts";
import type { Answer } from "./answer.ts";
import type { Command, CommandDeps, SubscribedDeps } from "./command.ts";
import { noStoreAnswer, notAllowedAnswer } from "./subscription-answers.ts";

/** Whether running `command` with `args` changes the chat's settings. */
function changesSettings(command: Command, args: string): boolean {
  return command.manages === true || (command.manages === "with-args" && args.trim() !== "");
}

/** Whether the subscription service is there. */
function isSubscribed(deps: CommandDeps): deps is SubscribedDeps {
  return deps.subscriptions !== undefined;
}

/**
 * Runs a command after the checks it declares: the no-store answer when it needs the
 * subscription store and there is none, then the polite refusal when it changes the chat's
 * settings and the user may not.
 */
export function runCommand(command: Command, args: string, deps: CommandDeps, chat: ChatContext): Answer | Promise<Answer> {
  const refused = changesSettings(command, args) && !chat.canManage;
  if (command.needs !== "subscriptions") return refused ? notAllowedAnswer() : command.run(args, deps, chat);
  if (!isSubscribed(deps)) return noStoreAnswer();
  return refused ? notAllowedAnswer() : command.run(args, deps, chat);
}
