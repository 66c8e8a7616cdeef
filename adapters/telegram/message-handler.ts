import type { Context } from "grammy";
import type { Core } from "../../src/index.ts";
import { addressOf, canManageChat, chatContextOf } from "./chat-context.ts";
import { deepLinkLine } from "./deep-link.ts";
import { parseCommand } from "./parse-command.ts";
import type { ReplySender } from "./reply-sender.ts";

/** What the message handler decided to do with a text message (for the update log line). */
export type MessageOutcome = "answered" | "ignored";

/**
 * Creates the handler of text messages: commands (`/tinh@ThisBot …` too) in every chat, plain
 * text as a search in private chats, `/start <payload>` deep links. Commands addressed to
 * another bot, and in groups commands the core does not know, are ignored.
 */
export function createMessageHandler(core: Core, sender: ReplySender) {
  return async (ctx: Context): Promise<MessageOutcome> => {
    const text = ctx.message?.text;
    if (text === undefined) return "ignored";
    let chat = chatContextOf(ctx);
    const typed = parseCommand(text);
    let line = text;
    if (typed) {
      if (typed.target !== null && typed.target.toLowerCase() !== ctx.me.username.toLowerCase()) return "ignored";
      if (typed.name.toLowerCase() === "start" && typed.args) line = deepLinkLine(typed.args) ?? "/start";
      const command = core.commandFor(line);
      // NOTE: in a group an unaddressed unknown command is probably another bot's.
      if (!command && chat.chatKind !== "private" && typed.target === null) return "ignored";
      if (command?.manages) chat = { ...chat, canManage: await canManageChat(ctx) };
    } else if (chat.chatKind !== "private") {
      return "ignored";
    }
    const reply = await core.ask(line, { chat });
    await sender.send(addressOf(chat), reply);
    return "answered";
  };
}
