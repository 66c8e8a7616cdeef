import { deliverJob, type DeliveryDeps, type DigestJob } from "./deliver-job.ts";

/** What a fan-out run needs. */
export interface FanOutDeps extends DeliveryDeps {
  /** Sends in flight at once, over all platforms. */
  readonly concurrency: number;
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

/**
 * Delivers digests to their chats, each at most once: claim (a store transaction), compose,
 * wait for the rate limiter, mark `sending`, send, mark the outcome. One chat's failure never
 * stops the others; an `inactive` result pauses the chat.
 */
export async function fanOut(jobs: readonly DigestJob[], deps: FanOutDeps): Promise<FanOutReport> {
  const report: FanOutReport = { sent: 0, empty: 0, failed: 0, paused: 0, skipped: 0, uncertain: 0 };
  const { logger } = deps;
  let next = 0;

  async function worker(): Promise<void> {
    while (next < jobs.length && !deps.stopping()) {
      const job = jobs[next++] as DigestJob;
      try {
        report[await deliverJob(job, deps)]++;
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
