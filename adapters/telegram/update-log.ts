import type { Context, MiddlewareFn } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../src/index.ts";
import type { BotMetrics } from "../ops/metrics.ts";

/** How handling an update ended, as logged and counted. */
export type UpdateOutcome = "handled" | "ignored" | "inactive" | "failed";

/** One log line and one metric per update, with its outcome and duration. */
export interface UpdateLog {
  readonly middleware: MiddlewareFn<Context>;
  /** Records how the update in `ctx` ended, for its log line (the last mark wins). */
  mark(ctx: Context, outcome: UpdateOutcome): void;
}

// NOTE: an update's kind is its one field besides `update_id` ("message", "callback_query"…).
function updateKind(update: Update): string {
  return Object.keys(update).find((key) => key !== "update_id") ?? "unknown";
}

/** Creates the per-update log: each update's kind, chat, outcome and milliseconds, once it is done. */
export function createUpdateLog(deps: { readonly logger: Logger; readonly metrics?: Pick<BotMetrics, "update"> }): UpdateLog {
  const outcomes = new WeakMap<Context, UpdateOutcome>();
  return {
    mark: (ctx, outcome) => {
      outcomes.set(ctx, outcome);
    },
    async middleware(ctx, next) {
      const started = performance.now();
      try {
        await next();
      } finally {
        const outcome = outcomes.get(ctx) ?? "handled";
        const ms = Math.round((performance.now() - started) * 10) / 10;
        const kind = updateKind(ctx.update);
        deps.metrics?.update("telegram", kind, outcome);
        deps.logger.info({ updateId: ctx.update.update_id, kind, chatId: ctx.chat?.id ?? null, outcome, ms }, "telegram: update");
      }
    },
  };
}
