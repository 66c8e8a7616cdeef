import { describe, expect, it, vi } from "vitest";
import { createAnswerQueue } from "../../../adapters/slack/answer-queue.ts";

describe("createAnswerQueue", () => {
  it("returns each job's result, running jobs one at a time in order", async () => {
    const queue = createAnswerQueue();
    const events: string[] = [];
    const job = (name: string) => async () => {
      events.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, 2));
      events.push(`end ${name}`);
      return name;
    };
    expect(await Promise.all([queue.run(job("a")), queue.run(job("b"))])).toEqual(["a", "b"]);
    expect(events).toEqual(["start a", "end a", "start b", "end b"]);
  });

  it("returns a failed job's error to its caller and still runs the next job", async () => {
    const queue = createAnswerQueue();
    const failed = queue.run(() => {
      throw new Error("boom");
    });
    const next = queue.run(() => "ok");
    await expect(failed).rejects.toThrow("boom");
    expect(await next).toBe("ok");
  });

  it("returns only after the receiver has no pending ack", async () => {
    let pending = 3;
    const queue = createAnswerQueue(() => pending-- > 0);
    expect(await queue.run(() => pending)).toBe(-1);
  });
});

// NOTE: waiters that never give up on a busy receiver, so a slow machine cannot release them early.
const PATIENT = { maxWaitMs: 3_600_000 };

describe("AnswerQueue.afterAcks", () => {
  it("returns after one turn when the receiver is idle", async () => {
    let busyChecks = 0;
    const queue = createAnswerQueue(() => {
      busyChecks += 1;
      return false;
    });
    await queue.afterAcks();
    expect(busyChecks).toBe(1);
  });

  it("returns to every waiter only once the receiver turns idle", async () => {
    let busy = true;
    let checks = 0;
    const queue = createAnswerQueue(() => (checks++, busy), PATIENT);
    const released: number[] = [];
    const waiters = [1, 2, 3].map((id) => queue.afterAcks().then(() => released.push(id)));
    await vi.waitFor(() => expect(checks).toBeGreaterThan(10), { timeout: 15_000 });
    expect(released).toEqual([]);
    busy = false;
    await Promise.all(waiters);
    expect(released.sort()).toEqual([1, 2, 3]);
  });

  it("returns after about 100 ms when the receiver never turns idle", async () => {
    const queue = createAnswerQueue(() => true);
    const started = performance.now();
    await queue.afterAcks();
    expect(performance.now() - started).toBeGreaterThanOrEqual(95);
  });

  it("returns jobs only after the acks, while afterAcks waiters share the wait", async () => {
    let busy = true;
    let checks = 0;
    const queue = createAnswerQueue(() => (checks++, busy), PATIENT);
    const events: string[] = [];
    const job = queue.run(() => events.push("job"));
    const wait = queue.afterAcks().then(() => events.push("after acks"));
    await vi.waitFor(() => expect(checks).toBeGreaterThan(10), { timeout: 15_000 });
    expect(events).toEqual([]);
    busy = false;
    await Promise.all([job, wait]);
    expect(events).toHaveLength(2);
  });
});
