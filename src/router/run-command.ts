import { isAdmin } from "../live/is-admin.ts";
import type { ChatContext } from "../model/chat.ts";
import type { Answer } from "./answer.ts";
import type { Command, CommandDeps, FeedDeps, SubscribedDeps } from "./command.ts";
import { noFeedsAnswer, noStoreAnswer, notAdminAnswer, notAllowedAnswer } from "./refusals.ts";

/** Whether running `command` with `args` changes the chat's settings. */
function changesSettings(command: Command, args: string): boolean {
  return command.manages === true || (command.manages === "with-args" && args.trim() !== "");
}

/** Whether the subscription service is there. */
function isSubscribed(deps: CommandDeps): deps is SubscribedDeps {
  return deps.subscriptions !== undefined;
}

/** Whether feed administration is there. */
function isFeedAdministered(deps: CommandDeps): deps is FeedDeps {
  return deps.feeds !== undefined;
}

/** The refusal for a user who may not run `command` with `args` here, or null. */
function refusalOf(command: Command, args: string, deps: CommandDeps, chat: ChatContext): Answer | null {
  if (changesSettings(command, args) && !chat.canManage) return notAllowedAnswer();
  if (command.adminsOnly && !isAdmin(deps.feeds?.adminIds ?? [], chat)) return notAdminAnswer();
  return null;
}

/**
 * Runs a command after the checks it declares: the answer for a missing service when it needs
 * one (the subscription store, feed administration), then the refusal when the user may not
 * run it (it changes the chat's settings, or it is for the bot's admins).
 */
export async function runCommand(command: Command, args: string, deps: CommandDeps, chat: ChatContext): Promise<Answer> {
  switch (command.needs) {
    case "subscriptions":
      if (!isSubscribed(deps)) return noStoreAnswer();
      return refusalOf(command, args, deps, chat) ?? command.run(args, deps, chat);
    case "feeds":
      if (!isFeedAdministered(deps)) return noFeedsAnswer();
      return refusalOf(command, args, deps, chat) ?? command.run(args, deps, chat);
    default:
      return refusalOf(command, args, deps, chat) ?? command.run(args, deps, chat);
  }
}
