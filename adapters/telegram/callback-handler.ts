import type { Context } from "grammy";
import { PANEL_COMMAND, type ChatContext, type Core, type Reply } from "../../src/index.ts";
import { decodeCallback } from "./callback-data.ts";
import { addressOf, canManageChat, chatContextOf } from "./chat-context.ts";
import type { ChannelScope } from "./channel-scope.ts";
import type { ReplySender } from "./reply-sender.ts";

/** The toast shown for a button whose data is malformed, forged or from an inline message. */
export const FORGED_CALLBACK_TEXT = "Nút này không còn dùng được. Hãy gõ lại lệnh.";
/** The toast after a panel button did what it said and said nothing else. */
export const DONE_TEXT = "Đã xong.";
// NOTE: Telegram's limit on a callback answer's text, in characters.
const MAX_TOAST = 200;

function replyText(reply: Reply): string {
  const text = reply.blocks
    .map((block) => (block.kind === "paragraph" ? block.spans.map((span) => span.text).join("") : block.kind === "heading" ? block.text : ""))
    .filter(Boolean)
    .join(" ");
  return text.length <= MAX_TOAST ? text : `${text.slice(0, MAX_TOAST - 1)}…`;
}

/**
 * Creates the handler of inline keyboard presses: `p:<token>` turns the page by editing the
 * message in place, `b:<handle>` sends the article, `r:<line>` runs a command and sends its
 * answer, `d:<line>` runs a command (Hủy, a digest time) then shows the subscription panel again
 * in place with the outcome as a toast. Every query is answered; stale pages, buttons of
 * subscriptions already removed and forged data get a short toast.
 */
export function createCallbackHandler(core: Core, sender: ReplySender, channels: ChannelScope) {
  /** Runs a line as the user who pressed: in a channel's scope for `/kenh` lines, else in this chat. */
  async function runLine(ctx: Context, chat: ChatContext, line: string): Promise<Reply> {
    if (channels.isChannelLine(line)) return channels.run(ctx, line);
    const command = core.commandFor(line);
    const asked = command?.manages ? { ...chat, canManage: await canManageChat(ctx) } : chat;
    return core.ask(line, { chat: asked });
  }

  return async (ctx: Context): Promise<void> => {
    const query = ctx.callbackQuery;
    if (!query) return;
    const action = decodeCallback(query.data);
    const message = query.message;
    if (!action || !message) {
      await ctx.answerCallbackQuery({ text: FORGED_CALLBACK_TEXT });
      return;
    }
    const chat = chatContextOf(ctx);
    if (action.kind === "page") {
      const reply = await core.page(action.token, { chat });
      if (!reply.ok && reply.command === "page") {
        await ctx.answerCallbackQuery({ text: replyText(reply) || FORGED_CALLBACK_TEXT });
        return;
      }
      await sender.edit(addressOf(chat), message.message_id, reply);
      await ctx.answerCallbackQuery();
      return;
    }
    if (action.kind === "run") {
      const reply = await runLine(ctx, chat, action.line);
      if (action.then === "answer") {
        await ctx.answerCallbackQuery(reply.ok ? {} : { text: replyText(reply) || FORGED_CALLBACK_TEXT });
        if (reply.ok) await sender.send(addressOf(chat), reply);
        return;
      }
      // NOTE: the toast says what happened (or why not); the panel is shown again either way,
      // so a stale one is brought up to date.
      await ctx.answerCallbackQuery({ text: replyText(reply) || DONE_TEXT });
      const panelLine = channels.isChannelLine(action.line) ? channels.panelLine(action.line) : PANEL_COMMAND;
      const panel = await runLine(ctx, chat, panelLine);
      await sender.edit(addressOf(chat), message.message_id, panel);
      return;
    }
    const reply = await core.ask(`/bai ${action.handle}`, { chat });
    if (!reply.ok) {
      await ctx.answerCallbackQuery({ text: replyText(reply) || FORGED_CALLBACK_TEXT });
      return;
    }
    await ctx.answerCallbackQuery();
    await sender.send(addressOf(chat), reply);
  };
}
