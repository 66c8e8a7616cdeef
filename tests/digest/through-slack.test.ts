import { afterEach, describe, expect, it } from "vitest";
import { createDigestService } from "../../src/digest/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { startSlackHarness, type SlackHarness } from "../adapters/slack/harness.ts";
import { chatOf, createHarness } from "../subscriptions/fixtures.ts";
import { addArticles, QUANG_NINH_SEED } from "./fixtures.ts";
import { DEFAULT_DIGEST_CONFIG } from "../../src/config/index.ts";

let running: SlackHarness | null = null;

afterEach(async () => {
  await running?.close();
  running = null;
});

describe("digest through the Slack adapter (stub Web API)", () => {
  it("posts the headline in the channel and the list in a thread under it; pauses a channel the bot left", async () => {
    const harness = createHarness({ at: "2026-11-23T05:00:00Z" });
    await harness.store.recordFirstSeen(harness.core.articles.map((article) => article.id), Date.parse("2026-11-23T04:00:00Z"));
    running = await startSlackHarness(harness.core);
    const h = running;
    for (const channel of ["C0NEWS", "C0GONE"]) {
      const reply = await harness.core.ask("/theodoi Quảng Ninh", { chat: chatOf({ platform: "slack", chatId: channel, chatKind: "channel", userName: "lan" }) });
      expect(reply.ok).toBe(true);
    }
    harness.clock.advance(60_000);
    addArticles(harness.core, QUANG_NINH_SEED, ["qn-fresh-1", "qn-fresh-2"]);
    const digest = createDigestService({
      store: harness.store,
      core: harness.core,
      ports: [h.adapter.outgoing],
      config: DEFAULT_DIGEST_CONFIG,
      logger: createSilentLogger(),
      clock: harness.clock,
      rates: { slack: { perSecond: 1000, perChatIntervalMs: 0 } },
      concurrency: 1,
    });
    await digest.recordArticles(harness.core.articles);
    harness.clock.set("2026-11-24T00:05:00Z");
    // NOTE: targets go in id order with one send at a time: C0GONE first, then C0NEWS's two posts.
    h.stub.script(
      "chat.postMessage",
      { error: "not_in_channel" },
      { body: { ok: true, channel: "C0NEWS", ts: "1764000000.000100" } },
      { body: { ok: true, channel: "C0NEWS", ts: "1764000000.000200" } },
    );
    expect(await digest.runOnce()).toMatchObject({ sent: 1, paused: 1 });
    const posts = h.stub.callsTo("chat.postMessage");
    const news = posts.filter((call) => call.args.channel === "C0NEWS");
    expect(news).toHaveLength(2);
    expect(news[0]?.args.thread_ts).toBeUndefined();
    expect(String(news[0]?.args.text)).toContain("Điểm tin ngày 24/11/2026");
    expect(news[1]?.args.thread_ts).toBe("1764000000.000100");
    expect(await harness.store.statusOf({ platform: "slack", chatId: "C0GONE", threadId: null })).toMatchObject({ active: false, reason: expect.stringContaining("not_in_channel") });
  });
});
