import type { App } from "@slack/bolt";
import type { Core, Logger } from "../../src/index.ts";
import type { AnswerQueue } from "./answer-queue.ts";
import { slackChatContext } from "./chat-context.ts";
import { commandLine, UMBRELLA_COMMAND } from "./handlers.ts";
import { postMessage, slackErrorCode } from "./outgoing.ts";
import { renderReply } from "./render.ts";

const MENTION = /<@[A-Z0-9]+(?:\|[^>]*)?>/g;

/** The line a message to the app asks: `tinh Quảng Ninh` or `/tinh Quảng Ninh` as that command, other text as a search. */
export function messageLine(core: Core, text: string): string {
  const asked = text.replace(MENTION, " ").trim();
  return asked ? commandLine(core, `/${UMBRELLA_COMMAND}`, asked) : "/trogiup";
}

/**
 * Registers direct messages (`message.im`) and mentions (`app_mention`): each is answered like
 * plain text in a Telegram private chat (a search, or a command written with or without its
 * slash), in the DM, or in the mention's thread. Messages from bots and edits are ignored.
 */
export function registerConversations(app: App, deps: { readonly core: Core; readonly logger: Logger; readonly queue: AnswerQueue; readonly pageSize: number }): void {
  const { core, logger, queue, pageSize } = deps;

  app.event("message", async ({ event, client }) => {
    if (event.channel_type !== "im" || event.subtype !== undefined || "bot_id" in event && event.bot_id) return;
    const text = "text" in event ? (event.text ?? "") : "";
    const userId = "user" in event ? (event.user ?? null) : null;
    const chat = slackChatContext({ channelId: event.channel, channelName: "directmessage", userId, userName: null });
    const reply = await queue.run(() => core.ask(messageLine(core, text), { pageSize, chat }));
    try {
      await postMessage(client, event.channel, null, renderReply(reply));
    } catch (error) {
      logger.warn({ channel: event.channel, error: slackErrorCode(error) }, "slack: direct message answer not posted");
    }
  });

  app.event("app_mention", async ({ event, client }) => {
    if (event.bot_id) return;
    const chat = slackChatContext({ channelId: event.channel, channelName: null, userId: event.user ?? null, userName: null });
    const reply = await queue.run(() => core.ask(messageLine(core, event.text), { pageSize, chat }));
    try {
      await postMessage(client, event.channel, event.thread_ts ?? event.ts, renderReply(reply));
    } catch (error) {
      logger.warn({ channel: event.channel, error: slackErrorCode(error) }, "slack: mention answer not posted");
    }
  });
}
