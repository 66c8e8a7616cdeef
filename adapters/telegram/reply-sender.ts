import { GrammyError, InputFile, type Api } from "grammy";
import type { ChatAddress, ChatStatusSink, Logger, OutgoingPort, Reply, SendResult } from "../../src/index.ts";
import { MAX_MESSAGE_LENGTH, renderReply, type RenderLinks, type TelegramMessage } from "./render.ts";
import { describeError, isInactiveError } from "./safe-error.ts";

/** Sends and edits rendered replies (files as documents) through the Bot API. Errors are thrown (see `createOutgoingPort`). */
export interface ReplySender {
  /** Sends a reply as one or more messages; returns their ids. */
  send(address: ChatAddress, reply: Reply): Promise<string[]>;
  /** Replaces a message with a reply (a pager turning pages); extra parts are sent after it. */
  edit(address: ChatAddress, messageId: number, reply: Reply): Promise<void>;
}

function options(message: TelegramMessage) {
  return {
    parse_mode: "HTML" as const,
    ...(message.disablePreview ? { link_preview_options: { is_disabled: true } } : {}),
    ...(message.keyboard ? { reply_markup: { inline_keyboard: message.keyboard.map((row) => [...row]) } } : {}),
  };
}

/** The Bot API chat id of an address: a number for numeric ids, the `@username` otherwise. */
function chatIdOf(address: ChatAddress): number | string {
  return /^-?\d{1,20}$/.test(address.chatId) ? Number(address.chatId) : address.chatId;
}

function threadOf(address: ChatAddress) {
  return address.threadId === null ? {} : { message_thread_id: Number(address.threadId) };
}

/** Creates the sender over a bot's API; `linksFor` says how command references become links in a chat. */
export function createReplySender(api: Api, linksFor?: (address: ChatAddress) => RenderLinks): ReplySender {
  const render = (address: ChatAddress, reply: Reply) => renderReply(reply, MAX_MESSAGE_LENGTH, linksFor?.(address));
  async function sendMessages(address: ChatAddress, messages: readonly TelegramMessage[]): Promise<string[]> {
    const ids: string[] = [];
    for (const message of messages) {
      const sent = await api.sendMessage(chatIdOf(address), message.html, { ...options(message), ...threadOf(address) });
      ids.push(String(sent.message_id));
    }
    return ids;
  }

  /** Sends the reply's files (an OPML feed list) as documents after its messages. */
  async function sendFiles(address: ChatAddress, reply: Reply, ids: string[]): Promise<string[]> {
    for (const block of reply.blocks) {
      if (block.kind !== "file") continue;
      const sent = await api.sendDocument(chatIdOf(address), new InputFile(Buffer.from(block.text, "utf8"), block.name), threadOf(address));
      ids.push(String(sent.message_id));
    }
    return ids;
  }

  return {
    send: async (address, reply) => sendFiles(address, reply, await sendMessages(address, render(address, reply))),
    async edit(address, messageId, reply) {
      const [first, ...rest] = render(address, reply);
      if (!first) return;
      try {
        await api.editMessageText(chatIdOf(address), messageId, first.html, options(first));
      } catch (error) {
        // NOTE: pressing the same page twice edits nothing; Telegram reports it as a 400.
        if (error instanceof GrammyError && /message is not modified/i.test(error.description)) return;
        // NOTE: old or deleted messages cannot be edited; the page is sent as a new message.
        if (!(error instanceof GrammyError && /message can't be edited|message to edit not found/i.test(error.description))) throw error;
        await sendMessages(address, [first]);
      }
      await sendMessages(address, rest);
    },
  };
}

/**
 * The Telegram OutgoingPort: sends a reply unprompted (the digest). Never throws: a 403 (blocked,
 * kicked) marks the chat inactive and reports `inactive`, anything else reports `failed`.
 * NOTE: 429 waits and 5xx retries happen below, in the bot's auto-retry transformer.
 */
export function createOutgoingPort(sender: ReplySender, deps: { logger: Logger; chatStatus?: ChatStatusSink; secrets: readonly string[] }): OutgoingPort {
  return {
    platform: "telegram",
    async send(address, reply): Promise<SendResult> {
      try {
        return { ok: true, messageIds: await sender.send(address, reply) };
      } catch (error) {
        const described = describeError(error, deps.secrets);
        if (isInactiveError(error)) {
          deps.chatStatus?.markInactive(address, error.description);
          deps.logger.warn({ chatId: address.chatId, err: described }, "telegram: chat is inactive");
          return { ok: false, reason: "inactive", detail: error.description };
        }
        deps.logger.error({ chatId: address.chatId, err: described }, "telegram: send failed");
        return { ok: false, reason: "failed", detail: error instanceof GrammyError ? error.description : String(described.message ?? "error") };
      }
    },
  };
}
