import type { Server } from "node:http";
import { setImmediate as nextTurn, setTimeout as sleep } from "node:timers/promises";

/**
 * Runs the CPU-bound part of answers (the core's search and paging, rendering) one at a time,
 * after pending acknowledgements: Slack's 3-second ack must never wait behind other users'
 * searches in the same event loop.
 */
export interface AnswerQueue {
  run<T>(job: () => T | Promise<T>): Promise<T>;
}

// NOTE: milliseconds. Under sustained load the receiver may never be idle; after waiting this
// long the next job runs anyway, so answers cannot starve.
const MAX_WAIT_MS = 100;
// NOTE: milliseconds without a new request before the receiver counts as idle: requests of a
// burst arrive a little apart, and a job started in such a gap would hold up the rest.
const QUIET_MS = 3;

/** Creates the queue; `isBusy` says whether the receiver has acks to send (or just received a request). */
export function createAnswerQueue(isBusy: () => boolean = () => false): AnswerQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(job: () => T | Promise<T>): Promise<T> {
      const result = tail.then(async () => {
        // NOTE: at least one turn, so I/O that arrived during the previous job is read first.
        await nextTurn();
        const started = performance.now();
        while (isBusy() && performance.now() - started < MAX_WAIT_MS) await sleep(1);
        return job();
      });
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

/** Watches a server: busy while a received request awaits its response, or one arrived within `QUIET_MS`. */
export function trackPendingRequests(server: Server): () => boolean {
  let pending = 0;
  let lastArrival = 0;
  server.on("request", (_request, response) => {
    pending += 1;
    lastArrival = performance.now();
    response.once("close", () => {
      pending -= 1;
    });
  });
  return () => pending > 0 || performance.now() - lastArrival < QUIET_MS;
}
