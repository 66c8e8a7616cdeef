import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/util/logger.ts";

/** A stderr whose reader is gone: every write fails with EPIPE, as Node reports it. */
function brokenPipe(mode: "throws" | "emits") {
  const emitter = new EventEmitter();
  let writes = 0;
  const stream = Object.assign(emitter, {
    write(_chunk: string) {
      writes += 1;
      const error = Object.assign(new Error("write EPIPE"), { code: "EPIPE" });
      if (mode === "throws") throw error;
      queueMicrotask(() => emitter.emit("error", error));
      return false;
    },
  });
  return { stream: stream as unknown as NodeJS.WritableStream, writes: () => writes };
}

describe("createLogger on a broken pipe", () => {
  it.each([["throws"], ["emits"]] as const)("stops writing after the first EPIPE (the write %s) and never throws", async (mode) => {
    const pipe = brokenPipe(mode);
    const logger = createLogger({ destination: pipe.stream });
    logger.info({}, "app: stopping");
    await new Promise((done) => setImmediate(done));
    for (let i = 0; i < 1_000; i++) logger.warn({ i }, "still logging");
    expect(pipe.writes()).toBe(1);
  });

  it("keeps writing to a healthy destination", () => {
    const lines: string[] = [];
    const logger = createLogger({ destination: { write: (chunk: string) => lines.push(chunk) } as unknown as NodeJS.WritableStream });
    logger.info({ a: 1 }, "một");
    logger.info({ a: 2 }, "hai");
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(["một", "hai"]);
  });
});
