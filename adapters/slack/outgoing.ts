import type { webApi } from "@slack/bolt";
import type { ChatAddress, ChatStatusSink, Logger, OutgoingPort, Reply, SendResult } from "../../src/index.ts";
import { scrubSecrets } from "./bolt-logger.ts";
import { renderReplyMessages, type SlackMessage } from "./render.ts";

/** Web API errors meaning the bot can no longer post in a channel: mark it inactive, stop trying. */
export const INACTIVE_ERRORS: ReadonlySet<string> = new Set(["not_in_channel", "channel_not_found", "account_inactive", "is_archived"]);

/** The Web API error code (`not_in_channel`…) of a thrown Web API error, else its message. */
export function slackErrorCode(error: unknown): string {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  if (typeof data?.error === "string") return data.error;
  return scrubSecrets(error instanceof Error ? error.message : String(error), []);
}

/** Posts one rendered message with `chat.postMessage`; returns its `ts`. */
export async function postMessage(client: webApi.WebClient, channel: string, threadTs: string | null, message: SlackMessage): Promise<string> {
  const result = await client.chat.postMessage({
    channel,
    text: message.text,
    ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
    ...(threadTs ? { thread_ts: threadTs } : {}),
    unfurl_links: false,
    unfurl_media: false,
  });
  return String(result.ts ?? "");
}

/**
 * The Slack outgoing port: posts a core reply with `chat.postMessage` (into `threadId` when
 * set), split over several messages when it has more than 50 blocks. Rate limits are waited
 * out by the Web API client (`Retry-After`). NOTE: when a later part of a split reply fails,
 * the parts already posted are reported as sent (re-sending would duplicate them).
 */
export function createSlackOutgoing(client: webApi.WebClient, deps: { readonly logger: Logger; readonly chatStatus?: ChatStatusSink }): OutgoingPort {
  const { logger, chatStatus } = deps;
  return {
    platform: "slack",
    async send(address: ChatAddress, reply: Reply): Promise<SendResult> {
      const messageIds: string[] = [];
      for (const message of renderReplyMessages(reply)) {
        try {
          messageIds.push(await postMessage(client, address.chatId, address.threadId, message));
        } catch (error) {
          const code = slackErrorCode(error);
          const inactive = INACTIVE_ERRORS.has(code);
          logger.warn({ channel: address.chatId, thread: address.threadId, error: code, sent: messageIds.length }, "slack: chat.postMessage failed");
          if (messageIds.length > 0) break;
          if (inactive) {
            try {
              chatStatus?.markInactive(address, code);
            } catch (statusError) {
              logger.error({ err: statusError, channel: address.chatId }, "slack: could not mark the channel inactive");
            }
          }
          return { ok: false, reason: inactive ? "inactive" : "failed", detail: code };
        }
      }
      try {
        chatStatus?.markActive(address);
      } catch (statusError) {
        logger.error({ err: statusError, channel: address.chatId }, "slack: could not mark the channel active");
      }
      return { ok: true, messageIds };
    },
  };
}
