import { describe, expect, it } from "vitest";
import { createRateLimiter, type Timer } from "../../src/digest/index.ts";

/** A virtual clock: sleeps wake in time order as the test drives it; nothing really waits. */
function virtualTimer() {
  let now = 0;
  const pending: { at: number; resolve: () => void }[] = [];
  const timer: Timer = {
    now: () => now,
    sleep: (ms) => new Promise<void>((resolve) => pending.push({ at: now + ms, resolve })),
  };
  async function drive(until: Promise<unknown>): Promise<void> {
    let done = false;
    void until.then(() => (done = true));
    while (!done) {
      await new Promise((resolve) => setImmediate(resolve));
      pending.sort((a, b) => a.at - b.at);
      const next = pending.shift();
      if (!next) continue;
      now = Math.max(now, next.at);
      next.resolve();
    }
  }
  return { timer, drive };
}

async function grants(keys: readonly string[], perSecond: number, perChatIntervalMs: number): Promise<{ key: string; at: number }[]> {
  const { timer, drive } = virtualTimer();
  const limiter = createRateLimiter({ perSecond, perChatIntervalMs }, timer);
  const out: { key: string; at: number }[] = [];
  await drive(Promise.all(keys.map((key) => limiter.acquire(key).then(() => out.push({ key, at: timer.now() })))));
  return out;
}

describe("createRateLimiter", () => {
  it("spaces sends to different chats by the overall rate", async () => {
    const out = await grants(["a", "b", "c", "d", "e"], 25, 1000);
    const times = out.map((grant) => grant.at).sort((x, y) => x - y);
    for (let index = 1; index < times.length; index++) expect((times[index] as number) - (times[index - 1] as number)).toBeGreaterThanOrEqual(40);
  });

  it("spaces two sends to the same chat by the per-chat interval", async () => {
    const out = await grants(["a", "a", "b"], 25, 1000);
    const a = out.filter((grant) => grant.key === "a").map((grant) => grant.at);
    expect((a[1] as number) - (a[0] as number)).toBeGreaterThanOrEqual(1000);
    expect(out.find((grant) => grant.key === "b")!.at).toBeLessThan(1000);
  });

  it("returns the next grant later by the charged messages when a split reply was charged", async () => {
    const { timer, drive } = virtualTimer();
    const limiter = createRateLimiter({ perSecond: 10, perChatIntervalMs: 1000 }, timer);
    await drive(limiter.acquire("a"));
    limiter.charge("a", 4);
    let at = -1;
    await drive(limiter.acquire("b").then(() => (at = timer.now())));
    expect(at).toBeGreaterThanOrEqual(500);
    let again = -1;
    await drive(limiter.acquire("a").then(() => (again = timer.now())));
    expect(again).toBeGreaterThanOrEqual(1000);
  });

  it("returns at once when nothing extra is charged", async () => {
    const { timer, drive } = virtualTimer();
    const limiter = createRateLimiter({ perSecond: 10, perChatIntervalMs: 1000 }, timer);
    limiter.charge("a", 0);
    await drive(limiter.acquire("b"));
    expect(timer.now()).toBe(0);
  });
});
