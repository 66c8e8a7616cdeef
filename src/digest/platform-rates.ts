import { DEFAULT_TELEGRAM_DIGEST_RATE, type DigestConfig } from "../config/config.ts";
import type { MessagingPlatform } from "../model/chat.ts";
import { createRateLimiter, type RateLimiter, type RateLimits, type Timer } from "./rate-limiter.ts";

// NOTE: 25/s stays under Telegram's 30/s broadcast limit, leaving room for the bot's own
// replies on the same token; docs/digest-rates.md has the fan-out measurements behind it.
/** Default outgoing rates: Telegram ≤ 25 messages/s overall and 1/s per chat; Slack 1/s per channel. */
export const DEFAULT_RATES: Readonly<Record<MessagingPlatform, RateLimits>> = Object.freeze({
  telegram: { perSecond: DEFAULT_TELEGRAM_DIGEST_RATE, perChatIntervalMs: 1000 },
  slack: { perSecond: 10, perChatIntervalMs: 1000 },
});

/**
 * One rate limiter per messaging platform: `rates` where given, else `DEFAULT_RATES` with
 * Telegram's overall rate from `config.telegramPerSecond`.
 */
export function createPlatformLimiters(
  config: Pick<DigestConfig, "telegramPerSecond">,
  rates: Partial<Record<MessagingPlatform, RateLimits>>,
  timer: Timer,
): Map<string, RateLimiter> {
  const limiters = new Map<string, RateLimiter>();
  for (const platform of ["telegram", "slack"] as const) {
    const defaults = platform === "telegram" ? { ...DEFAULT_RATES.telegram, perSecond: config.telegramPerSecond } : DEFAULT_RATES[platform];
    limiters.set(platform, createRateLimiter(rates[platform] ?? defaults, timer));
  }
  return limiters;
}
