import type { PlatformStatus } from "./platform-status.ts";

/** Asks a platform's API something cheap; resolves when it answered, rejects with why not. */
export type Probe = (signal: AbortSignal) => Promise<void>;

/** Periodic checks that a platform still answers; stopped with `stop()`. */
export interface PlatformProbe {
  stop(): void;
}

/** Timing of a probe. NOTE: milliseconds. */
export interface ProbeTiming {
  /** Between checks while the platform answers; a check is skipped when something else reached it since. */
  readonly intervalMs: number;
  /** How long one check may wait for an answer. */
  readonly timeoutMs: number;
  /** First wait after a failure, doubled per failure up to `intervalMs`. */
  readonly retryMs: number;
}

/** A check a minute, an answer within 8 s (a warning within 10 s), retries from 5 s. */
export const DEFAULT_PROBE_TIMING: ProbeTiming = { intervalMs: 60_000, timeoutMs: 8_000, retryMs: 5_000 };

function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return `no answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}

/**
 * Starts checking a platform: once at once, then whenever it has not been reached for
 * `intervalMs`; after a failure again with a doubling delay (at most `intervalMs`). Every
 * result goes to `status`, which decides what to log.
 */
export function startPlatformProbe(status: PlatformStatus, probe: Probe, now: () => number, timing: ProbeTiming = DEFAULT_PROBE_TIMING): PlatformProbe {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let failures = 0;
  const controller = new AbortController();

  function schedule(delayMs: number): void {
    if (stopped) return;
    timer = setTimeout(() => void check(), delayMs);
    timer.unref();
  }

  async function check(): Promise<void> {
    const sinceOk = status.lastOkAt === null ? Number.POSITIVE_INFINITY : now() - status.lastOkAt;
    if (failures === 0 && status.lastError === null && sinceOk < timing.intervalMs) {
      schedule(timing.intervalMs - sinceOk);
      return;
    }
    try {
      await probe(AbortSignal.any([controller.signal, AbortSignal.timeout(timing.timeoutMs)]));
      if (stopped) return;
      failures = 0;
      status.reached();
      schedule(timing.intervalMs);
    } catch (error) {
      if (stopped) return;
      failures += 1;
      status.failed(reasonOf(error, timing.timeoutMs));
      schedule(Math.min(timing.intervalMs, timing.retryMs * 2 ** (failures - 1)));
    }
  }

  schedule(0);
  return {
    stop() {
      stopped = true;
      controller.abort();
      if (timer) clearTimeout(timer);
    },
  };
}
