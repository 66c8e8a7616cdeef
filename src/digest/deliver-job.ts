import type { OutgoingPort, SendResult } from "../delivery/outgoing-port.ts";
import type { ChatAddress } from "../model/chat.ts";
import type { Reply } from "../reply/blocks.ts";
import type { ChatStatusStore, DeliveryStore } from "../store/index.ts";
import type { Clock } from "../util/clock.ts";
import type { Logger } from "../util/logger.ts";
import { emptyDigest, type DigestContent } from "./compose-digest.ts";
import type { RateLimiter } from "./rate-limiter.ts";

/** One target's digest for one local date, to be delivered. */
export interface DigestJob {
  readonly target: ChatAddress;
  readonly localDate: string;
  /** Whether a day with nothing new still sends "Không có tin mới". */
  readonly sendEmpty: boolean;
}

/** What delivering one job needs. */
export interface DeliveryDeps {
  /** Where deliveries are claimed and finished, and unreachable chats paused. */
  readonly store: DeliveryStore & Pick<ChatStatusStore, "setStatus">;
  /** Outgoing ports by platform. */
  readonly ports: ReadonlyMap<string, OutgoingPort>;
  /** Rate limiters by platform. */
  readonly limiters: ReadonlyMap<string, RateLimiter>;
  /** Platforms whose digest headline goes in the chat and its list in a thread under it (Slack). */
  readonly threaded: ReadonlySet<string>;
  /** Composes a job's digest with articles first seen up to `windowEnd`; null when nothing is new. */
  compose(job: DigestJob, windowEnd: number): Promise<DigestContent | null>;
  /** This process run's claim token. */
  readonly token: string;
  readonly maxAttempts: number;
  /** NOTE: milliseconds after which another run's unfinished claim counts as abandoned. */
  readonly staleAfterMs: number;
  /** True once a stop was asked: jobs not yet started are left unclaimed. */
  stopping(): boolean;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** How one job ended: sent, nothing new, failed, paused (chat unreachable), skipped, or uncertain (a dead run was sending it). */
export type DeliveryOutcomeKind = "sent" | "empty" | "failed" | "paused" | "skipped" | "uncertain";

function failureOf(error: unknown): SendResult {
  return { ok: false, reason: "failed", detail: error instanceof Error ? error.message : String(error) };
}

// NOTE: a digest too long for one message goes out as several, back to back, inside the
// adapter's send; the limiter cannot space them, so it is charged for them afterwards and the
// next sends wait for them (the overall rate holds on average; a 429 on a part is the
// adapter's to wait out).
/** Counts the extra messages of a reply the adapter split, so the overall rate stays true. */
function chargeParts(limiter: RateLimiter | undefined, address: ChatAddress, result: SendResult): void {
  if (result.ok) limiter?.charge(address.chatId, result.messageIds.length - 1);
}

/** Sends a reply through the port (a throw is a failure), charging the limiter for its extra parts. */
async function sendCharged(port: OutgoingPort, address: ChatAddress, reply: Reply, limiter: RateLimiter | undefined): Promise<SendResult> {
  let result: SendResult;
  try {
    result = await port.send(address, reply);
  } catch (error) {
    result = failureOf(error);
  }
  chargeParts(limiter, address, result);
  return result;
}

// NOTE: delivery guarantee. A platform send cannot be made atomic with a store write, so a
// process dying between "handed to the platform" and "marked sent" leaves the outcome unknown.
// The store keeps that window as small as it can be (`sending` is written after the rate-limit
// wait, just before the request; `sent` just after the answer) and resolves it at-most-once: an
// abandoned `claimed` delivery (nothing left the process) is taken over and sent; an abandoned
// `sending` one becomes `uncertain` and is never resent, logged at warn. A crash therefore never
// doubles a digest; it can drop one only if it hits the few milliseconds between writing
// `sending` and the request reaching the platform, for at most `concurrency` chats.
/**
 * Delivers one job at most once: claim (a store transaction), compose, wait for the rate
 * limiter, mark `sending`, send, mark the outcome; an `inactive` result pauses the chat.
 */
export async function deliverJob(job: DigestJob, deps: DeliveryDeps): Promise<DeliveryOutcomeKind> {
  const { store, token, logger } = deps;
  const { target, localDate } = job;
  const port = deps.ports.get(target.platform);
  if (!port) return "skipped";
  const now = deps.clock.now().getTime();
  const claim = await store.claimDelivery(target, localDate, { token, now, maxAttempts: deps.maxAttempts, staleAfterMs: deps.staleAfterMs });
  if (!claim) {
    const row = await store.deliveryOn(target, localDate);
    if (row?.status === "uncertain" && row.finishedAt === now) {
      logger.warn({ target, localDate }, "digest: a previous run stopped while sending; not resent");
      return "uncertain";
    }
    return "skipped";
  }
  const content = await deps.compose(job, now);
  if (!content && !job.sendEmpty) {
    await store.finishDelivery(target, localDate, token, { status: "empty", at: now, windowEnd: now });
    return "empty";
  }
  const limiter = deps.limiters.get(target.platform);
  const address: ChatAddress = { platform: port.platform, chatId: target.chatId, threadId: target.threadId };
  const threaded = content !== null && deps.threaded.has(target.platform);
  // NOTE: the window in which a crash leaves the outcome unknown runs from markSending to
  // finishDelivery; the rate-limit wait is kept before it.
  await limiter?.acquire(address.chatId);
  if (deps.stopping()) {
    // NOTE: released as failed (one attempt used) so the next run claims it again.
    await store.finishDelivery(target, localDate, token, { status: "failed", at: now, error: "stopped before sending" });
    return "skipped";
  }
  if (!(await store.markSending(target, localDate, token, content?.articleIds ?? [], now))) return "skipped";
  const result = await sendCharged(port, address, threaded ? (content as DigestContent).headline : (content?.reply ?? emptyDigest(localDate)), limiter);
  if (result.ok && threaded && result.messageIds[0] !== undefined) {
    await limiter?.acquire(address.chatId);
    const list = await sendCharged(port, { ...address, threadId: result.messageIds[0] }, (content as DigestContent).list, limiter);
    if (!list.ok) logger.warn({ target, localDate, detail: list.detail }, "digest: headline sent, thread list failed; not resent");
  }
  const at = deps.clock.now().getTime();
  if (result.ok) {
    await store.finishDelivery(target, localDate, token, { status: "sent", at });
    return "sent";
  }
  await store.finishDelivery(target, localDate, token, { status: "failed", at, error: `${result.reason}: ${result.detail}` });
  if (result.reason === "inactive") {
    await store.setStatus(target, false, result.detail, at);
    logger.warn({ target, detail: result.detail }, "digest: chat unreachable, paused");
    return "paused";
  }
  logger.warn({ target, localDate, detail: result.detail }, "digest: send failed");
  return "failed";
}
