import type { Transformer } from "grammy";
import type { Clock, Logger } from "../../src/index.ts";

/** How long-polling waits between failed getUpdates calls. NOTE: milliseconds. */
export interface PollingRetryOptions {
  readonly baseMs: number;
  readonly maxMs: number;
}

/** Default pacing: 1 s, doubling, at most a minute apart. */
export const DEFAULT_POLLING_RETRY: PollingRetryOptions = { baseMs: 1_000, maxMs: 60_000 };

/** What the poller last saw, for health checks. */
export interface PollingStatus {
  /** ISO instant of the last successful getUpdates, null before the first. */
  readonly lastOkAt: string | null;
  /** The last failure while it lasts (null once polling works again). */
  readonly lastError: string | null;
  /** Failed getUpdates calls since the last success. */
  readonly failures: number;
}

/** A getUpdates transformer that retries for ever, logs sparingly and keeps a status. */
export interface PollingRetry {
  readonly transformer: Transformer;
  status(): PollingStatus;
}

// NOTE: the first failure is logged at once; while failures go on, one line a minute at most.
const LOG_EVERY_MS = 60_000;

// NOTE: grammY passes an abort-controller polyfill signal: no `reason`.
type Signal = Pick<AbortSignal, "aborted" | "addEventListener" | "removeEventListener">;

function sleep(ms: number, signal: Signal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error("getUpdates: aborted"));
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new Error("getUpdates: aborted"));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function describeFailure(failure: unknown): string {
  if (failure && typeof failure === "object" && "ok" in failure && (failure as { ok: unknown }).ok === false) {
    const { error_code: code, description } = failure as { error_code?: number; description?: string };
    return `${code ?? "?"}: ${description ?? "no description"}`;
  }
  return failure instanceof Error ? failure.message : String(failure);
}

function retryAfterMs(failure: unknown): number {
  const seconds = (failure as { parameters?: { retry_after?: unknown } } | null)?.parameters?.retry_after;
  return typeof seconds === "number" && seconds > 0 ? Math.min(seconds, 3_600) * 1000 : 0;
}

/**
 * Creates the retry for long polling: a failed getUpdates (409 Conflict from another
 * instance, 5xx, network errors, any error answer) is tried again with capped exponential
 * back-off until it succeeds or polling stops; the runner never sees the failure. Logs a
 * warning at the first failure, at most one line a minute while it lasts, and one line when
 * polling recovers. `redact` removes secrets from error texts.
 */
export function createPollingRetry(deps: { logger: Logger; clock: Clock; redact: (text: string) => string; options?: PollingRetryOptions }): PollingRetry {
  const options = deps.options ?? DEFAULT_POLLING_RETRY;
  let status: PollingStatus = { lastOkAt: null, lastError: null, failures: 0 };
  let failingSince = 0;
  let loggedAt = Number.NEGATIVE_INFINITY;

  function failed(failure: unknown): void {
    const now = deps.clock.now().getTime();
    const error = deps.redact(describeFailure(failure));
    if (status.failures === 0) failingSince = now;
    status = { ...status, lastError: error, failures: status.failures + 1 };
    if (now - loggedAt < LOG_EVERY_MS) return;
    loggedAt = now;
    deps.logger.warn({ platform: "telegram", error, attempt: status.failures }, "telegram: getUpdates failed, retrying");
  }

  function succeeded(): void {
    const now = deps.clock.now();
    if (status.failures > 0) {
      deps.logger.info({ platform: "telegram", failures: status.failures, downMs: now.getTime() - failingSince }, "telegram: polling recovered");
      loggedAt = Number.NEGATIVE_INFINITY;
    }
    status = { lastOkAt: now.toISOString(), lastError: null, failures: 0 };
  }

  const transformer: Transformer = async (prev, method, payload, signal) => {
    if (method !== "getUpdates") return prev(method, payload, signal);
    for (;;) {
      let failure: unknown;
      try {
        const result = await prev(method, payload, signal);
        if (result.ok) {
          succeeded();
          return result;
        }
        failure = result;
      } catch (error) {
        if (signal?.aborted) throw error;
        failure = error;
      }
      failed(failure);
      const backoff = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(status.failures - 1, 30));
      await sleep(Math.max(backoff, retryAfterMs(failure)), signal as Signal | undefined);
    }
  };

  return { transformer, status: () => status };
}
