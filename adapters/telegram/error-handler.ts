import type { BotError, Context } from "grammy";
import type { ChatStatusSink, Logger } from "../../src/index.ts";
import { addressOf, chatContextOf } from "./chat-context.ts";
import type { ReplySender } from "./reply-sender.ts";
import { isInactiveError } from "./safe-error.ts";
import type { UpdateOutcome } from "./update-log.ts";

/** The short Vietnamese apology a user gets when handling their update failed. */
export const APOLOGY_TEXT = "Xin lỗi, đã có lỗi khi xử lý yêu cầu này. Hãy thử lại sau.";

/** What the Telegram error handler needs. */
export interface ErrorHandlerDeps {
  readonly logger: Logger;
  readonly sender: ReplySender;
  readonly chatStatus?: ChatStatusSink;
  /** A loggable description of an error, secrets masked. */
  describe(error: unknown): Record<string, unknown>;
  /** Records the update's outcome for its log line. */
  mark(ctx: Context, outcome: UpdateOutcome): void;
}

/**
 * Creates the handler of the adapter's error boundary: a chat that blocked or removed the bot is
 * marked inactive; any other failure is logged and the user gets a short apology.
 */
export function createErrorHandler(deps: ErrorHandlerDeps): (error: BotError<Context>) => Promise<void> {
  const { logger, describe } = deps;

  async function apologise(ctx: Context): Promise<void> {
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: APOLOGY_TEXT });
      else if (ctx.inlineQuery) await ctx.answerInlineQuery([], { cache_time: 0 });
      else if (ctx.chat) await deps.sender.send(addressOf(chatContextOf(ctx)), { command: "error", ok: false, total: 0, results: [], blocks: [{ kind: "paragraph", spans: [{ text: APOLOGY_TEXT }] }] });
    } catch (error) {
      logger.warn({ chatId: ctx.chat?.id, updateId: ctx.update.update_id, err: describe(error) }, "telegram: apology not sent");
    }
  }

  return async ({ error, ctx }) => {
    const chatId = ctx.chat?.id ?? null;
    if (isInactiveError(error)) {
      deps.mark(ctx, "inactive");
      if (chatId !== null) deps.chatStatus?.markInactive(addressOf(chatContextOf(ctx)), error.description);
      logger.warn({ chatId, updateId: ctx.update.update_id, err: describe(error) }, "telegram: chat is inactive");
      return;
    }
    deps.mark(ctx, "failed");
    logger.error({ chatId, updateId: ctx.update.update_id, err: describe(error) }, "telegram: update failed");
    await apologise(ctx);
  };
}
