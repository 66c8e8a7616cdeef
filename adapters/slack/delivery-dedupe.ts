import type { Clock } from "../../src/index.ts";

/** Remembers which Slack deliveries were already handled, so a retried one is handled once. */
export interface DeliveryDedupe {
  /** Records the key; false when it was already seen (a duplicate). */
  firstTime(key: string): boolean;
}

// NOTE: Slack retries a delivery at most 3 times within about 5 minutes; 10 minutes and
// 10,000 keys cover that with room for bursts.
const MAX_KEYS = 10_000;
const TTL_MS = 10 * 60 * 1000;

/** Creates the bounded dedupe cache (oldest keys dropped first, keys expire after `TTL_MS`). */
export function createDeliveryDedupe(clock: Clock, maxKeys = MAX_KEYS): DeliveryDedupe {
  const seen = new Map<string, number>();
  return {
    firstTime(key) {
      const now = clock.now().getTime();
      for (const [old, at] of seen) {
        if (seen.size < maxKeys && now - at < TTL_MS) break;
        seen.delete(old);
      }
      if (seen.has(key)) return false;
      seen.set(key, now);
      return true;
    },
  };
}

/**
 * The identity of a Slack delivery: the event id of an Events API callback, the trigger id of a
 * slash command or an interaction (unique per user gesture); null when it has none.
 */
export function deliveryKey(body: Record<string, unknown>): string | null {
  if (typeof body.event_id === "string") return `event:${body.event_id}`;
  if (typeof body.trigger_id === "string") return `trigger:${body.trigger_id}`;
  const actions = body.actions;
  if (Array.isArray(actions) && typeof actions[0]?.action_ts === "string") return `action:${actions[0].action_ts}`;
  return null;
}
