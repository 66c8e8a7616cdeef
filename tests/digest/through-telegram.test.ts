import { afterEach, describe, expect, it } from "vitest";
import { createDigestService } from "../../src/digest/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { startTelegramHarness, type TelegramHarness } from "../adapters/telegram/harness.ts";
import { textMessage, USER } from "../adapters/telegram/updates.ts";
import { createHarness, type Harness } from "../subscriptions/fixtures.ts";
import { addArticles, QUANG_NINH_SEED } from "./fixtures.ts";
import { DEFAULT_DIGEST_CONFIG } from "../../src/config/index.ts";

const GROUP = -1001;
const FAST = { telegram: { perSecond: 1000, perChatIntervalMs: 0 } };

let running: TelegramHarness | null = null;

afterEach(async () => {
  await running?.stop();
  running = null;
});

async function start(): Promise<{ h: TelegramHarness; harness: Harness }> {
  const harness = createHarness({ at: "2026-11-23T05:00:00Z", sendEmpty: true });
  await harness.store.recordFirstSeen(harness.core.articles.map((article) => article.id), Date.parse("2026-11-23T04:00:00Z"));
  running = await startTelegramHarness(harness.core, { chatStatus: harness.store });
  return { h: running, harness };
}

/** The digest service over the harness's store and core, sending through the Telegram adapter. */
function digestOf(h: TelegramHarness, harness: Harness) {
  return createDigestService({
    store: harness.store,
    core: harness.core,
    ports: [h.adapter.outgoing],
    config: { ...DEFAULT_DIGEST_CONFIG, sendEmpty: true },
    logger: createSilentLogger(),
    clock: harness.clock,
    rates: FAST,
  });
}

async function say(h: TelegramHarness, text: string, options: Parameters<typeof textMessage>[1] = {}): Promise<string> {
  const before = h.fake.callsOf("sendMessage").length;
  h.fake.pushUpdate(textMessage(text, options));
  const calls = await h.fake.waitForCalls("sendMessage", before + 1);
  return String(calls[before]?.payload.text ?? "");
}

describe("digest through the Telegram adapter (fake Bot API)", () => {
  it("subscribes by admins only, in the forum topic, and posts the digest there", async () => {
    const { h, harness } = await start();
    const refused = await say(h, "/theodoi Quảng Ninh", { chatId: GROUP, threadId: 7 });
    expect(refused).toContain("chỉ quản trị viên");
    expect(await harness.store.targets()).toEqual([]);
    h.fake.setChatMember(GROUP, USER.id, "administrator");
    expect(await say(h, "/theodoi Quảng Ninh", { chatId: GROUP, threadId: 7 })).toContain("Quảng Ninh");
    expect((await harness.store.targets()).map((item) => item.target)).toEqual([{ platform: "telegram", chatId: String(GROUP), threadId: "7" }]);

    harness.clock.advance(60_000);
    addArticles(harness.core, QUANG_NINH_SEED, ["qn-fresh"]);
    const digest = digestOf(h, harness);
    await digest.recordArticles(harness.core.articles);
    harness.clock.set("2026-11-24T00:05:00Z");
    const before = h.fake.callsOf("sendMessage").length;
    expect(await digest.runOnce()).toMatchObject({ sent: 1 });
    const posted = h.fake.callsOf("sendMessage").slice(before);
    expect(posted.length).toBeGreaterThanOrEqual(1);
    expect(posted.every((call) => call.payload.chat_id === GROUP && call.payload.message_thread_id === 7)).toBe(true);
    expect(String(posted[0]?.payload.text)).toContain("Điểm tin ngày 24/11/2026");
  });

  it("pauses a chat that blocked the bot and still delivers the others", async () => {
    const { h, harness } = await start();
    await say(h, "/theodoi Quảng Ninh", { chatId: 501 });
    await say(h, "/theodoi Quảng Ninh", { chatId: 502 });
    h.fake.failChat(501, { error_code: 403, description: "Forbidden: bot was blocked by the user" });
    const digest = digestOf(h, harness);
    harness.clock.set("2026-11-24T00:05:00Z");
    expect(await digest.runOnce()).toMatchObject({ sent: 1, paused: 1 });
    expect(await harness.store.statusOf({ platform: "telegram", chatId: "501", threadId: null })).toMatchObject({ active: false });
    expect(h.fake.callsOf("sendMessage").filter((call) => call.payload.chat_id === 502 && call.status === 200)).toHaveLength(2);
  });

  it("returns every chat's digest exactly once when the Bot API answers a storm of 429s", async () => {
    const { h, harness } = await start();
    const chats = Array.from({ length: 6 }, (_, index) => 601 + index);
    for (const chatId of chats) await say(h, "/theodoi Quảng Ninh", { chatId });
    h.fake.clearCalls();
    h.fake.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } }, 9);
    const digest = digestOf(h, harness);
    harness.clock.set("2026-11-24T00:05:00Z");
    expect(await digest.runOnce()).toMatchObject({ sent: chats.length, failed: 0 });
    const calls = h.fake.callsOf("sendMessage");
    expect(calls.filter((call) => call.status === 429)).toHaveLength(9);
    const delivered = calls.filter((call) => call.status === 200).map((call) => call.payload.chat_id as number);
    expect(delivered.sort()).toEqual(chats);
    expect(await digest.runOnce()).toMatchObject({ sent: 0, failed: 0 });
  }, 120_000);
});
