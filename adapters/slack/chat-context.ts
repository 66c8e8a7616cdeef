import type { ChatContext } from "../../src/index.ts";

/** Where a Slack request came from: channel, user and the kind of conversation. */
export interface SlackOrigin {
  readonly channelId: string;
  /** Slack's channel name; `directmessage` for a DM with the app. */
  readonly channelName: string | null;
  readonly userId: string | null;
  readonly userName: string | null;
}

/** Whether a Slack conversation is a direct message (`D…` ids, `directmessage` name). */
export function isDirectMessage(origin: SlackOrigin): boolean {
  return origin.channelId.startsWith("D") || origin.channelName === "directmessage";
}

/**
 * The core's chat context for a Slack request. NOTE: any member of a channel may change its
 * subscriptions (Slack has no per-channel admins the bot can see), so `canManage` is true; the
 * adapter announces such changes in the channel instead.
 */
export function slackChatContext(origin: SlackOrigin): ChatContext {
  return {
    platform: "slack",
    chatId: origin.channelId,
    threadId: null,
    userId: origin.userId,
    userName: origin.userName,
    chatKind: isDirectMessage(origin) ? "private" : "channel",
    canManage: true,
  };
}
