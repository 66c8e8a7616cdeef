import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Block, ChatAddress, Core, Reply } from "../../../src/index.ts";
import { blockKitProblems } from "./block-kit-validator.ts";
import { loadSeedCore, startSlackHarness, type SlackHarness } from "./harness.ts";
import { TEST_BOT_TOKEN } from "./signed-request.ts";

let core: Core;
let h: SlackHarness;

beforeAll(async () => {
  core = loadSeedCore();
  h = await startSlackHarness(core);
});

afterAll(async () => {
  await h?.close();
});

const CHANNEL: ChatAddress = { platform: "slack", chatId: "C0DIGEST", threadId: null };

describe("Slack outgoing port", () => {
  it("returns the message ts after posting the reply with chat.postMessage", async () => {
    const before = h.stub.callsTo("chat.postMessage").length;
    const result = await h.adapter.outgoing.send(CHANNEL, await core.ask("/moi"));
    const call = h.stub.callsTo("chat.postMessage")[before];
    expect(result).toEqual({ ok: true, messageIds: [expect.stringMatching(/^\d+\.\d+$/)] });
    expect(call?.args).toMatchObject({ channel: "C0DIGEST", unfurl_links: "false" });
    expect(call?.args.thread_ts).toBeUndefined();
    expect(call?.authorization).toBe(`Bearer ${TEST_BOT_TOKEN}`);
    expect(blockKitProblems(call?.args)).toEqual([]);
    expect(h.status.active).toContainEqual(CHANNEL);
  });

  it("returns a reply posted in the thread when the address has a thread ts", async () => {
    const headline = await h.adapter.outgoing.send(CHANNEL, await core.ask("/moi"));
    const ts = headline.ok ? (headline.messageIds[0] as string) : "";
    const result = await h.adapter.outgoing.send({ ...CHANNEL, threadId: ts }, await core.ask("/bai 1"));
    const calls = h.stub.callsTo("chat.postMessage");
    expect(result.ok).toBe(true);
    expect(calls[calls.length - 1]?.args.thread_ts).toBe(ts);
  });

  it("returns every block of a long reply over several messages, in order", async () => {
    const blocks: Block[] = Array.from({ length: 120 }, (_, index) => ({ kind: "paragraph", spans: [{ text: `Tin ${index}` }] }));
    const reply: Reply = { command: "test", ok: true, blocks, total: 0, results: [] };
    const before = h.stub.callsTo("chat.postMessage").length;
    const result = await h.adapter.outgoing.send(CHANNEL, reply);
    const calls = h.stub.callsTo("chat.postMessage").slice(before);
    expect(result.ok && result.messageIds.length).toBe(3);
    expect(calls.map((call) => (call.args.blocks as unknown[]).length)).toEqual([50, 50, 20]);
    for (const call of calls) expect(blockKitProblems(call.args)).toEqual([]);
  });

  it.each(["not_in_channel", "channel_not_found", "account_inactive", "is_archived"])(
    "returns inactive and marks the channel inactive on %s",
    async (error) => {
      h.stub.script("chat.postMessage", { error });
      const address: ChatAddress = { platform: "slack", chatId: `C0${error.toUpperCase()}`, threadId: null };
      const result = await h.adapter.outgoing.send(address, await core.ask("/moi"));
      expect(result).toEqual({ ok: false, reason: "inactive", detail: error });
      expect(h.status.inactive).toContainEqual({ address, reason: error });
    },
  );

  it("returns failed without marking the channel for other Web API errors", async () => {
    h.stub.script("chat.postMessage", { error: "invalid_blocks" });
    const inactive = h.status.inactive.length;
    const result = await h.adapter.outgoing.send(CHANNEL, await core.ask("/moi"));
    expect(result).toEqual({ ok: false, reason: "failed", detail: "invalid_blocks" });
    expect(h.status.inactive).toHaveLength(inactive);
  });

  it("returns ok after waiting out a 429 for its Retry-After seconds", async () => {
    h.stub.script("chat.postMessage", { status: 429, retryAfter: 1 });
    const reply = await core.ask("/moi");
    const before = h.stub.callsTo("chat.postMessage").length;
    const started = performance.now();
    const result = await h.adapter.outgoing.send(CHANNEL, reply);
    expect(result.ok).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
    expect(h.stub.callsTo("chat.postMessage").length - before).toBe(2);
  });

  it("returns failed instead of throwing when the Web API keeps failing", async () => {
    h.stub.script("chat.postMessage", { status: 500 }, { status: 500 }, { status: 500 });
    const result = await h.adapter.outgoing.send(CHANNEL, await core.ask("/moi"));
    expect(result).toMatchObject({ ok: false, reason: "failed" });
  });
});
