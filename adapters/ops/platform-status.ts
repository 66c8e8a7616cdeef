import type { Clock, Logger } from "../../src/index.ts";

/** What an operator and `/readyz` know about one platform's API: when it last answered, the last error. */
export interface PlatformStatus {
  /** `telegram` or `slack`. */
  readonly platform: string;
  /** When the platform last answered (epoch ms), null before the first answer. */
  readonly lastOkAt: number | null;
  /** The last failure while the platform is unreachable; null once it answers again. */
  readonly lastError: string | null;
  /** Records an answer from the platform; logs the recovery once after a failure. */
  reached(): void;
  /** Records a failed attempt; logs it at once, then at most once per quiet period while it lasts. */
  failed(error: string): void;
}

/** Options of `createPlatformStatus`. */
export interface PlatformStatusOptions {
  readonly logger: Logger;
  readonly clock: Clock;
  /** The least time between two warnings about the same outage (a minute when absent). */
  readonly quietMs?: number;
}

const DEFAULT_QUIET_MS = 60_000;

/**
 * Creates the status of one platform. The first failure after an answer (or at start) logs a
 * warning naming the platform and the error; while the outage lasts, one line per quiet period
 * with the number of failed attempts; the first answer after it logs the recovery once.
 */
export function createPlatformStatus(platform: string, options: PlatformStatusOptions): PlatformStatus {
  const { logger, clock } = options;
  const quietMs = options.quietMs ?? DEFAULT_QUIET_MS;
  let lastOkAt: number | null = null;
  let lastError: string | null = null;
  let downSince: number | null = null;
  let lastWarnAt = 0;
  let attempts = 0;
  return {
    platform,
    get lastOkAt() {
      return lastOkAt;
    },
    get lastError() {
      return lastError;
    },
    reached() {
      const now = clock.now().getTime();
      lastOkAt = now;
      if (downSince !== null) {
        logger.info({ platform, downMs: now - downSince, attempts }, `${platform}: reachable again`);
      }
      downSince = null;
      lastError = null;
      attempts = 0;
    },
    failed(error) {
      const now = clock.now().getTime();
      lastError = error;
      attempts += 1;
      if (downSince === null) {
        downSince = now;
        lastWarnAt = now;
        logger.warn({ platform, error }, `${platform}: unreachable`);
      } else if (now - lastWarnAt >= quietMs) {
        lastWarnAt = now;
        logger.warn({ platform, error, attempts, downMs: now - downSince }, `${platform}: still unreachable`);
      }
    },
  };
}
