import type { OutgoingPort, SendResult } from "../delivery/outgoing-port.ts";
import type { Reply } from "../reply/blocks.ts";
import type { ChatStatusStore, DeliveryStore } from "../store/index.ts";
import type { Clock } from "../util/clock.ts";
import type { Logger } from "../util/logger.ts";
import { emptyDigest, type DigestContent } from "./compose-digest.ts";
import type { RateLimiter } from "./rate-limiter.ts";
import type { ChatAddress } from "../model/chat.ts";

/** One target's digest for one local date, to be delivered. */
export interface DigestJob {
  readonly target: ChatAddress;
  readonly localDate: string;
  /** Whether a day with nothing new still sends "Không có tin mới". */
  readonly sendEmpty: boolean;
}

/** What a fan-out run needs. */
export interface FanOutDeps {
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
  /** Sends in flight at once, over all platforms. */
  readonly concurrency: number;
  /** True once a stop was asked: jobs not yet started are left unclaimed. */
  stopping(): boolean;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** How many jobs ended which way in one run. */
export interface FanOutReport {
  sent: number;
  empty: number;
  failed: number;
  /** Chats found unreachable (403, kicked, archived) and paused. */
  paused: number;
  /** Not claimable (done, in flight elsewhere, attempts used up) or left for after a stop. */
  skipped: number;
  /** Abandoned while sending by a dead process: not resent. */
  uncertain: number;
}

type Outcome = keyof FanOutReport;

function failureOf(error: unknown): SendResult {
  return { ok: false, reason: "failed", detail: error instanceof Error ? error.message : String(error) };
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
 * Delivers digests to their chats, each at most once: claim (a store transaction), compose,
 * wait for the rate limiter, mark `sending`, send, mark the outcome. One chat's failure never
 * stops the others; an `inactive` result pauses the chat.
 */
export async function fanOut(jobs: readonly DigestJob[], deps: FanOutDeps): Promise<FanOutReport> {
  const report: FanOutReport = { sent: 0, empty: 0, failed: 0, paused: 0, skipped: 0, uncertain: 0 };
  const { store, token, logger } = deps;
  let next = 0;

  // NOTE: a digest too long for one message goes out as several, back to back, inside the
  // adapter's send; the limiter cannot space them, so it is charged for them afterwards and the
  // next sends wait for them (the overall rate holds on average; a 429 on a part is the
  // adapter's to wait out).
  /** Counts the extra messages of a reply the adapter split, so the overall rate stays true. */
  function chargeParts(limiter: RateLimiter | undefined, address: ChatAddress, result: SendResult): void {
    if (result.ok) limiter?.charge(address.chatId, result.messageIds.length - 1);
  }

  async function send(port: OutgoingPort, address: ChatAddress, reply: Reply, limiter: RateLimiter | undefined): Promise<SendResult> {
    await limiter?.acquire(address.chatId);
    let result: SendResult;
    try {
      result = await port.send(address, reply);
    } catch (error) {
      result = failureOf(error);
    }
    chargeParts(limiter, address, result);
    return result;
  }

  async function deliver(job: DigestJob): Promise<Outcome> {
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
    let result: SendResult;
    try {
      result = await port.send(address, threaded ? (content as DigestContent).headline : (content?.reply ?? emptyDigest(localDate)));
    } catch (error) {
      result = failureOf(error);
    }
    chargeParts(limiter, address, result);
    if (result.ok && threaded && result.messageIds[0] !== undefined) {
      const list = await send(port, { ...address, threadId: result.messageIds[0] }, (content as DigestContent).list, limiter);
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

  async function worker(): Promise<void> {
    while (next < jobs.length && !deps.stopping()) {
      const job = jobs[next++] as DigestJob;
      try {
        report[await deliver(job)]++;
      } catch (error) {
        report.failed++;
        logger.error({ target: job.target, err: error }, "digest: delivery crashed");
      }
    }
  }

  await Promise.all(Array.from({ length: Math.max(1, Math.min(deps.concurrency, jobs.length)) }, worker));
  report.skipped += jobs.length - Math.min(next, jobs.length);
  return report;
}
