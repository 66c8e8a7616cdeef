import { PassThrough, Writable } from "node:stream";
import { createInterface } from "node:readline";
import { describe, expect, it } from "vitest";
import { createPromptLog } from "../../../adapters/console/prompt-log.ts";
import { createLogger } from "../../../src/index.ts";

function sink(): { stream: Writable; text: () => string } {
  let text = "";
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString("utf8");
      done();
    },
  });
  return { stream, text: () => text };
}

const LINE = `${JSON.stringify({ level: 40, time: Date.UTC(2026, 0, 1), platform: "telegram", msg: "telegram: unreachable" })}\n`;

describe("createPromptLog", () => {
  it("returns the log line above the prompt: the typed line cleared, the line written, the prompt redrawn with what was typed", () => {
    const input = new PassThrough();
    const output = sink();
    const fallback = sink();
    const prompt = createInterface({ input, output: output.stream, terminal: true });
    prompt.setPrompt("> ");
    const log = createPromptLog(fallback.stream, { colorize: false });
    const detach = log.attach(prompt, output.stream);
    input.write("/tinh kon");
    const before = output.text().length;
    log.write(LINE);
    const written = output.text().slice(before);
    expect(written).toMatch(/^\x1b\[2K\x1b\[1G/);
    expect(written).toContain("WARN: telegram: unreachable");
    expect(written.slice(written.indexOf("telegram: unreachable"))).toContain("> /tinh kon");
    expect(fallback.text()).toBe("");
    detach();
    log.write(LINE);
    expect(fallback.text()).toContain("WARN: telegram: unreachable");
    prompt.close();
  });
});

describe("createLogger formats", () => {
  it("returns one readable line per entry with format pretty, and JSON with format json", () => {
    const pretty = sink();
    createLogger({ destination: pretty.stream, format: "pretty" }).info({ articles: 5 }, "app: started");
    expect(pretty.text()).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: app: started \{"articles":5\}\n$/);
    const json = sink();
    createLogger({ destination: json.stream, format: "json" }).info({ articles: 5 }, "app: started");
    expect(JSON.parse(json.text())).toMatchObject({ level: 30, msg: "app: started", articles: 5 });
  });
});
