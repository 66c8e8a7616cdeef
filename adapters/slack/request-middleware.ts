import type { Middleware, AnyMiddlewareArgs } from "@slack/bolt";
import type { Logger } from "../../src/index.ts";
import type { AnswerQueue } from "./answer-queue.ts";
import { deliveryKey, type DeliveryDedupe } from "./delivery-dedupe.ts";

/**
 * The middleware that acknowledges every command and interaction before anything else runs;
 * listeners never call ack() themselves. Register it first.
 */
export function ackFirst(queue: AnswerQueue): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { ack } = args as { ack?: () => Promise<void> };
    if (ack) {
      await ack();
      // NOTE: the rest of the request's processing waits until the receiver has no ack left to
      // send, so requests that arrived meanwhile are acknowledged first.
      await queue.afterAcks();
    }
    await args.next();
  };
}

/** The middleware that drops a request Slack delivers again (a retry of one already taken in), with a log line. */
export function dropDuplicates(dedupe: DeliveryDedupe, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const key = deliveryKey(body as unknown as Record<string, unknown>);
    if (key !== null && !dedupe.firstTime(key)) {
      logger.info({ key, retryNum: context.retryNum ?? null, retryReason: context.retryReason ?? null }, "slack: duplicate delivery ignored");
      return;
    }
    await next();
  };
}
