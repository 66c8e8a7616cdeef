import { Writable } from "node:stream";
import { LogLevel } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter } from "../../../adapters/slack/index.ts";
import { createFixedClock, createLogger, type ChatAddress, type Core, type Logger } from "../../../src/index.ts";
import { loadSeedCore, startSlackHarness, type SlackHarness } from "./harness.ts";
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET, buttonActionBody, postSigned, slashCommandBody } from "./signed-request.ts";
import { socketSlashPayload, startSocketStub } from "./socket-stub.ts";

const APP_TOKEN = "xapp-1-A0APP-0000-secretappleveltoken";
const SECRETS = [TEST_BOT_TOKEN, TEST_SIGNING_SECRET, APP_TOKEN];

// NOTE: the real process logger (pino, with its redaction) at debug level, Bolt and the Web API
// client at DEBUG too: the most verbose the app can be made to log.
let lines = "";
let logger: Logger;
let core: Core;
let h: SlackHarness;

beforeAll(async () => {
  const capture = new Writable({
    write(chunk, _encoding, done) {
      lines += String(chunk);
      done();
    },
  });
  logger = createLogger({ level: "debug", destination: capture });
  core = loadSeedCore();
  h = await startSlackHarness(core, { logger, boltLogLevel: LogLevel.DEBUG });
});

afterAll(async () => {
  await h?.close();
});

async function command(command: string, text: string, name: string, options: { secret?: string } = {}): Promise<void> {
  const body = slashCommandBody({ command, text, responseUrl: h.stub.responseUrl(name) });
  await postSigned(h.url, TEST_SIGNING_SECRET, body, options);
}

async function click(actionId: string, value: string, name: string): Promise<void> {
  await postSigned(h.url, TEST_SIGNING_SECRET, buttonActionBody({ actionId, value, responseUrl: h.stub.responseUrl(name) }));
}

describe("logs", () => {
  it("returns no token or secret in any log line after commands, buttons, failures and digest posts at debug level", async () => {
    await command("/tinh", "Quảng Ninh xoxb-typed-by-a-user", "s1");
    const [answer] = await h.stub.waitForResponses("s1", 1);
    const share = (answer?.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
      .flatMap((block) => block.elements ?? [])
      .find((button) => button.action_id === "diemtin_share");
    await click("diemtin_share", share?.value ?? "", "s2");
    await h.stub.waitForCalls("chat.postMessage", 1);
    h.stub.script("chat.postMessage", { error: "not_in_channel" });
    await click("diemtin_share", share?.value ?? "", "s3");
    await h.stub.waitForResponses("s3", 1);
    await click("diemtin_page_next", "<forged>", "s4");
    h.stub.scriptResponse("s5", 500);
    await command("/moi", "", "s5");
    await h.stub.waitForResponses("s5", 1);
    await command("/moi", "", "s6", { secret: "a-wrong-signing-secret-0000000000" });
    const digest: ChatAddress = { platform: "slack", chatId: "C0SECRET", threadId: null };
    h.stub.script("chat.postMessage", { status: 429, retryAfter: 0 }, { error: "is_archived" });
    await h.adapter.outgoing.send(digest, await core.ask("/moi"));
    await h.stub.waitForResponses("s4", 1);

    const socket = await startSocketStub();
    h.stub.setSocketUrl(socket.url);
    const config = { botToken: TEST_BOT_TOKEN, signingSecret: null, appToken: APP_TOKEN, port: 0, apiUrl: h.stub.apiUrl };
    const adapter = createSlackAdapter(config, core, { logger, clock: createFixedClock("2026-02-01T00:00:00Z"), retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 1 } });
    adapter.app.logger.setLevel(LogLevel.DEBUG);
    try {
      await adapter.start();
      socket.send({ envelope_id: "env-s", type: "slash_commands", accepts_response_payload: true, payload: socketSlashPayload({ command: "/moi", text: "", responseUrl: h.stub.responseUrl("s7"), triggerId: "secret-trigger" }) });
      await h.stub.waitForResponses("s7", 1);
    } finally {
      await adapter.stop();
      await socket.close();
    }

    const entries = lines.trim().split("\n").map((line) => JSON.parse(line) as { level: number; msg?: string; source?: string });
    expect(entries.filter((entry) => entry.level === 20 && entry.source).length).toBeGreaterThan(10);
    expect(entries.some((entry) => entry.msg?.includes("http request headers"))).toBe(true);
    expect(entries.some((entry) => entry.msg === "slack: request failed")).toBe(true);
    for (const secret of SECRETS) expect(lines).not.toContain(secret);
    expect(lines).not.toMatch(/xox[a-z]-|xapp-/);
  });
});
