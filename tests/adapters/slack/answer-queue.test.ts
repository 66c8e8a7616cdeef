import { describe, expect, it } from "vitest";
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
