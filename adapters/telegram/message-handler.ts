import type { Context } from "grammy";
import type { Core } from "../../src/index.ts";
import type { ChannelScope } from "./channel-scope.ts";
import { addressOf, canManageChat, chatContextOf } from "./chat-context.ts";
import { deepLinkLine } from "./deep-link.ts";
import { parseCommand } from "./parse-command.ts";
import type { ReplySender } from "./reply-sender.ts";

/** What the message handler decided to do with a text message (for the update log line). */
export type MessageOutcome = "answered" | "ignored";

/**
 * Creates the handler of text messages and channel posts: commands (`/tinh@ThisBot …` too) in
 * every chat, plain text as a search in private chats, `/start <payload>` deep links, `/kenh`
 * for channels. Commands addressed to another bot, and in groups and channels commands the core
 * does not know, are ignored. NOTE: in a channel only its administrators can post, so a command
 * posted there may change the channel's subscriptions.
 */
export function createMessageHandler(core: Core, sender: ReplySender, channels: ChannelScope) {
  return async (ctx: Context): Promise<MessageOutcome> => {
    const post = ctx.channelPost;
    const text = ctx.message?.text ?? post?.text;
    if (text === undefined) return "ignored";
    let chat = chatContextOf(ctx);
    const typed = parseCommand(text);
    let line = text;
    if (typed) {
      if (typed.target !== null && typed.target.toLowerCase() !== ctx.me.username.toLowerCase()) return "ignored";
      if (typed.name.toLowerCase() === "start" && typed.args) line = deepLinkLine(typed.args) ?? "/start";
      if (channels.isChannelLine(line)) {
        await sender.send(addressOf(chat), await channels.run(ctx, line));
        return "answered";
      }
      const command = core.commandFor(line);
      // NOTE: in a group an unaddressed unknown command is probably another bot's.
      if (!command && chat.chatKind !== "private" && typed.target === null) return "ignored";
      if (post) chat = { ...chat, canManage: true };
      else if (command?.manages) chat = { ...chat, canManage: await canManageChat(ctx) };
    } else if (chat.chatKind !== "private") {
      return "ignored";
    }
    const reply = await core.ask(line, { chat });
    await sender.send(addressOf(chat), reply);
    return "answered";
  };
}
