import type { Context } from "grammy";
import type { ChatStatusSink, Logger } from "../../src/index.ts";

const GONE = new Set(["kicked", "left"]);

/**
 * Creates the `my_chat_member` handler: the bot blocked, kicked or removed marks the chat
 * inactive for outgoing messages; added back (or unblocked) marks it active.
 */
export function createChatMemberHandler(deps: { chatStatus?: ChatStatusSink; logger: Logger }) {
  return (ctx: Context): void => {
    const update = ctx.myChatMember;
    if (!update) return;
    const address = { platform: "telegram" as const, chatId: String(update.chat.id), threadId: null };
    const member = update.new_chat_member;
    const status = member.status;
    if (GONE.has(status) || (status === "restricted" && !member.is_member)) {
      deps.chatStatus?.markInactive(address, status);
      deps.logger.info({ chatId: address.chatId, status }, "telegram: bot removed from chat");
    } else {
      deps.chatStatus?.markActive(address);
      deps.logger.info({ chatId: address.chatId, status }, "telegram: bot added to chat");
    }
  };
}
