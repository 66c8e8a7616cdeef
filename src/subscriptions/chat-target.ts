import type { ChatContext, ChatAddress } from "../model/chat.ts";

/**
 * The digest target a command's chat stands for: a Telegram forum topic is its own target;
 * on Slack the channel is (a command typed in a thread still subscribes the channel).
 */
export function chatTarget(chat: ChatContext): ChatAddress {
  return { platform: chat.platform, chatId: chat.chatId, threadId: chat.platform === "telegram" ? chat.threadId : null };
}
