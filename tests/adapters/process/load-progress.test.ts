import { describe, expect, it } from "vitest";
import { createLoadProgress } from "../../../adapters/process/load-progress.ts";
import { createRecordingLogger } from "../../fixtures/seeds.ts";

function harness(isTTY: boolean) {
  const written: string[] = [];
  const logger = createRecordingLogger();
  let now = 0;
  const progress = createLoadProgress({ stream: { isTTY, write: (text: string) => written.push(text) }, logger, now: () => now });
  return { written, logger, progress, at: (ms: number) => (now = ms) };
}

describe("createLoadProgress", () => {
  it("shows nothing for a load that ends within the first second", () => {
    const { written, logger, progress, at } = harness(true);
    at(500);
    progress.onProgress({ stage: "files", done: 10, total: 10, parsed: 10 });
    progress.finish();
    expect(written).toEqual([]);
    expect(logger.entries).toEqual([]);
  });

  it("redraws one terminal line for a long load and ends it with a newline", () => {
    const { written, logger, progress, at } = harness(true);
    at(1500);
    progress.onProgress({ stage: "files", done: 1000, total: 3000, parsed: 400 });
    at(1550);
    progress.onProgress({ stage: "files", done: 2000, total: 3000, parsed: 800 });
    at(1600);
    progress.onProgress({ stage: "index", done: 3000, total: 3000, parsed: 0 });
    progress.finish();
    expect(written).toEqual(["\r\u001b[2Kcorpus: 1000/3000 files checked, 400 parsed", "\r\u001b[2Kcorpus: 3000/3000 articles indexed", "\n"]);
    expect(logger.entries).toEqual([]);
  });

  it("logs a long load now and then when stderr is not a terminal", () => {
    const { written, logger, progress, at } = harness(false);
    at(2000);
    progress.onProgress({ stage: "files", done: 1000, total: 5000, parsed: 1000 });
    at(3000);
    progress.onProgress({ stage: "files", done: 2000, total: 5000, parsed: 2000 });
    at(4000);
    progress.onProgress({ stage: "files", done: 5000, total: 5000, parsed: 5000 });
    progress.finish();
    expect(written).toEqual([]);
    expect(logger.entries.map((entry) => [entry.msg, entry.obj.done])).toEqual([
      ["corpus: loading", 1000],
      ["corpus: loading", 5000],
    ]);
  });
});
