import type { Server } from "node:http";
import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * Holds back what follows an acknowledgement until the receiver has no ack left to send:
 * Slack's 3-second ack must never wait behind other requests' middleware or users' searches in
 * the same event loop.
 */
export interface AnswerQueue {
  /** Resolves once the receiver is idle (or after the longest wait); many callers share one check. */
  afterAcks(): Promise<void>;
  /** Runs the CPU-bound part of an answer (search, paging, rendering) after pending acks, one job at a time. */
  run<T>(job: () => T | Promise<T>): Promise<T>;
}

// NOTE: milliseconds. Under sustained load the receiver may never be idle; after waiting this
// long a waiter goes on anyway, so answers cannot starve.
const MAX_WAIT_MS = 100;
// NOTE: milliseconds between checks of a busy receiver.
const POLL_MS = 1;
// NOTE: milliseconds without a new request before the receiver counts as idle: requests of a
// burst arrive a little apart, and work started in such a gap would hold up the rest.
const QUIET_MS = 3;

/** Options of the answer queue. */
export interface AnswerQueueOptions {
  /** Milliseconds a waiter waits for a busy receiver before it goes on; `MAX_WAIT_MS` when absent. */
  readonly maxWaitMs?: number;
}

/** Creates the queue; `isBusy` says whether the receiver has acks to send (or just received a request). */
export function createAnswerQueue(isBusy: () => boolean = () => false, options: AnswerQueueOptions = {}): AnswerQueue {
  const maxWaitMs = options.maxWaitMs ?? MAX_WAIT_MS;
  let waiters: { since: number; resolve: () => void }[] = [];
  let timer: NodeJS.Timeout | null = null;

  const check = (): void => {
    timer = null;
    const now = performance.now();
    const busy = isBusy();
    const pending = waiters;
    waiters = [];
    for (const waiter of pending) {
      if (busy && now - waiter.since < maxWaitMs) waiters.push(waiter);
      else waiter.resolve();
    }
    if (waiters.length > 0) timer = setTimeout(check, POLL_MS);
  };

  const afterAcks = async (): Promise<void> => {
    // NOTE: at least one turn, so I/O that arrived meanwhile is read first.
    await nextTurn();
    if (!isBusy()) return;
    await new Promise<void>((resolve) => {
      waiters.push({ since: performance.now(), resolve });
      timer ??= setTimeout(check, POLL_MS);
    });
  };

  let tail: Promise<unknown> = Promise.resolve();
  return {
    afterAcks,
    run<T>(job: () => T | Promise<T>): Promise<T> {
      const result = tail.then(async () => {
        await afterAcks();
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
