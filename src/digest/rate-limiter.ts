/** A source of monotonic time and waiting; injected so the limiter can be driven in tests. */
export interface Timer {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The real timer (performance.now and setTimeout). */
export const realTimer: Timer = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Outgoing message rates of one platform. */
export interface RateLimits {
  /** Messages per second over all chats. */
  readonly perSecond: number;
  /** NOTE: milliseconds between two messages to the same chat. */
  readonly perChatIntervalMs: number;
}

/** Spaces out sends: `acquire(chat)` resolves when one more message may go to that chat. */
export interface RateLimiter {
  acquire(chatKey: string): Promise<void>;
  /**
   * Counts `count` more messages just sent to a chat without waiting (the extra parts of a
   * reply the adapter split): later `acquire` calls wait for them as for granted ones.
   */
  charge(chatKey: string, count: number): void;
}

/**
 * Creates a limiter that keeps sends at most `perSecond` overall, evenly spaced, and at most
 * one per `perChatIntervalMs` per chat (same-chat requests queue behind each other).
 */
export function createRateLimiter(limits: RateLimits, timer: Timer = realTimer): RateLimiter {
  const interval = 1000 / limits.perSecond;
  let nextGlobal = Number.NEGATIVE_INFINITY;
  const lastAt = new Map<string, number>();
  const chains = new Map<string, Promise<void>>();

  // NOTE: grant times of the last `perSecond` sends. Late timers bunch evenly spaced sends
  // together; this keeps any one-second window at `perSecond` anyway, as platforms count.
  const recent: number[] = [];
  const cap = Math.max(1, Math.floor(limits.perSecond));
  // NOTE: milliseconds of slack so network jitter cannot squeeze `cap + 1` into a platform's second.
  const margin = interval / 4;

  async function take(chatKey: string): Promise<void> {
    const chatWait = (lastAt.get(chatKey) ?? Number.NEGATIVE_INFINITY) + limits.perChatIntervalMs - timer.now();
    if (chatWait > 0) await timer.sleep(chatWait);
    const now = timer.now();
    const at = Math.max(now, nextGlobal);
    nextGlobal = at + interval;
    if (at > now) await timer.sleep(at - now);
    for (;;) {
      const oldest = recent.length >= cap ? (recent[recent.length - cap] as number) : Number.NEGATIVE_INFINITY;
      const wait = oldest + 1000 + margin - timer.now();
      if (wait <= 0) break;
      await timer.sleep(wait);
    }
    const granted = timer.now();
    recent.push(granted);
    if (recent.length > cap * 2) recent.splice(0, recent.length - cap);
    lastAt.set(chatKey, granted);
  }

  function charge(chatKey: string, count: number): void {
    if (!(count > 0)) return;
    const now = timer.now();
    for (let index = 0; index < count; index++) recent.push(now);
    if (recent.length > cap * 2) recent.splice(0, recent.length - cap);
    nextGlobal = Math.max(nextGlobal, now) + interval * count;
    lastAt.set(chatKey, Math.max(lastAt.get(chatKey) ?? Number.NEGATIVE_INFINITY, now));
  }

  return {
    charge,
    acquire(chatKey) {
      const previous = chains.get(chatKey) ?? Promise.resolve();
      const mine = previous.then(() => take(chatKey));
      chains.set(chatKey, mine);
      void mine.finally(() => {
        if (chains.get(chatKey) === mine) chains.delete(chatKey);
      });
      return mine;
    },
  };
}
