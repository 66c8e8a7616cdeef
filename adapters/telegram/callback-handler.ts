import type { Context } from "grammy";
import type { Core, Reply } from "../../src/index.ts";
import { decodeCallback } from "./callback-data.ts";
import { addressOf, chatContextOf } from "./chat-context.ts";
import type { ReplySender } from "./reply-sender.ts";

/** The toast shown for a button whose data is malformed, forged or from an inline message. */
export const FORGED_CALLBACK_TEXT = "Nút này không còn dùng được. Hãy gõ lại lệnh.";
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
 * message in place, `b:<handle>` sends the article. Every query is answered; stale pages and
 * forged data get a short toast instead of a message.
 */
export function createCallbackHandler(core: Core, sender: ReplySender) {
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
    const reply = await core.ask(`/bai ${action.handle}`, { chat });
    if (!reply.ok) {
      await ctx.answerCallbackQuery({ text: replyText(reply) || FORGED_CALLBACK_TEXT });
      return;
    }
    await ctx.answerCallbackQuery();
    await sender.send(addressOf(chat), reply);
  };
}
