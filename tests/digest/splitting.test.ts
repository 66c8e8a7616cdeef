import { afterEach, describe, expect, it } from "vitest";
import type { DigestService } from "../../src/digest/index.ts";
import type { OutgoingPort } from "../../src/delivery/outgoing-port.ts";
import { blockKitProblems, messageTexts } from "../adapters/slack/block-kit-validator.ts";
import { startSlackHarness, type SlackHarness } from "../adapters/slack/harness.ts";
import { startTelegramHarness, type TelegramHarness } from "../adapters/telegram/harness.ts";
import { telegramHtmlProblems } from "../adapters/telegram/telegram-html.ts";
import { chatOf, createHarness, type Harness } from "../subscriptions/fixtures.ts";
import { addArticles, fastDigest } from "./fixtures.ts";

// NOTE: each keyword matches one seed only once the earlier groups took theirs, so every group
// gets its own 12 copies: 10 shown and "và 2 bài khác". 5 × 10 cards make a digest far over
// one Telegram message and over Slack's 50 blocks.
const GROUPS = [
  { keyword: "tiên phong", seed: "001_bf3dcb981beec8a1" },
  { keyword: "Phạm Minh Chính", seed: "000_70cbb156967204ba" },
  { keyword: "Trương Thị Mai", seed: "002_3c5535e1b6821573" },
  { keyword: "Nguyễn Xuân Ký", seed: "003_45bae082017173c4" },
  { keyword: "Nguyễn Phú Trọng", seed: "004_bf77c165b1ddf6b4" },
] as const;
const COPIES = 12;
const SHOWN = GROUPS.length * 10;
const SUBSCRIBED_AT = "2026-11-23T05:00:00Z";
const MORNING = "2026-11-24T00:05:00Z";
const TELEGRAM_LIMIT = 4096;

let stops: Array<() => Promise<void>> = [];

afterEach(async () => {
  for (const stop of stops.splice(0).reverse()) await stop();
});

/** Subscribes `chat` to every group and adds fresh copies of the seeds; returns the harness. */
async function bigDigest(chat: ReturnType<typeof chatOf>): Promise<Harness> {
  const harness = createHarness({ at: SUBSCRIBED_AT });
  await harness.store.recordFirstSeen(harness.core.articles.map((article) => article.id), Date.parse(SUBSCRIBED_AT) - 60_000);
  for (const group of GROUPS) expect((await harness.core.ask(`/theodoi "${group.keyword}"`, { chat })).ok).toBe(true);
  harness.clock.advance(60_000);
  for (const [index, group] of GROUPS.entries()) {
    addArticles(harness.core, group.seed, Array.from({ length: COPIES }, (_, copy) => `g${index}-copy-${String(copy).padStart(2, "0")}`));
  }
  await harness.store.recordFirstSeen(harness.core.articles.map((article) => article.id), harness.clock.now().getTime());
  harness.clock.set(MORNING);
  return harness;
}

function service(harness: Harness, port: OutgoingPort): DigestService {
  return fastDigest(harness, port, { schedule: "0 0 1 1 *" });
}

describe("digest splitting through the adapters", () => {
  it("returns several valid Telegram messages, each within 4096 units, in the topic, when the digest is too long for one", async () => {
    const harness = await bigDigest(chatOf({ chatId: "-1009", threadId: "5", chatKind: "group" }));
    const h: TelegramHarness = await startTelegramHarness(harness.core, { chatStatus: harness.store });
    stops.push(() => h.stop());
    expect(await service(harness, h.adapter.outgoing).runOnce()).toMatchObject({ sent: 1, failed: 0 });

    const posted = h.fake.callsOf("sendMessage");
    expect(posted.length).toBeGreaterThan(1);
    expect(posted.every((call) => call.status === 200)).toBe(true);
    const texts = posted.map((call) => String(call.payload.text));
    for (const text of texts) {
      expect(text.length).toBeLessThanOrEqual(TELEGRAM_LIMIT);
      expect(telegramHtmlProblems(text)).toEqual([]);
    }
    expect(posted.every((call) => call.payload.chat_id === -1009 && call.payload.message_thread_id === 5 && call.payload.parse_mode === "HTML")).toBe(true);
    expect(texts[0]).toContain("Điểm tin ngày 24/11/2026");
    expect(texts[0]).toContain(`${GROUPS.length * COPIES} bài mới theo ${GROUPS.length} mục`);
    // NOTE: every shown card once, over all parts, in group order; buttons only on the last part.
    const handles = texts.join("\n").match(/<b>\[\d+\]<\/b>/g) ?? [];
    expect(handles).toHaveLength(SHOWN);
    expect(new Set(handles).size).toBe(SHOWN);
    const all = texts.join("\n");
    const positions = GROUPS.map((group) => all.indexOf(`Từ khóa “${group.keyword}”`));
    expect(positions.every((position, index) => position >= 0 && (index === 0 || position > (positions[index - 1] as number)))).toBe(true);
    expect(all.match(/và 2 bài khác\. Xem thêm/g)).toHaveLength(GROUPS.length);
    expect(posted.slice(0, -1).every((call) => call.payload.reply_markup === undefined)).toBe(true);
    expect(posted.at(-1)?.payload.reply_markup).toBeDefined();
    expect((await harness.store.deliveryOn({ platform: "telegram", chatId: "-1009", threadId: "5" }, "2026-11-24"))?.articleIds).toHaveLength(GROUPS.length * COPIES);
  });

  it("returns the Slack headline in the channel and the full list in several thread messages within Block Kit limits", async () => {
    const harness = await bigDigest(chatOf({ platform: "slack", chatId: "C0BIG", chatKind: "channel", userName: "lan" }));
    const h: SlackHarness = await startSlackHarness(harness.core);
    stops.push(() => h.close());
    const ts = "1764000000.000100";
    h.stub.script("chat.postMessage", { body: { ok: true, channel: "C0BIG", ts } });
    expect(await service(harness, h.adapter.outgoing).runOnce()).toMatchObject({ sent: 1, failed: 0 });

    const posts = h.stub.callsTo("chat.postMessage");
    const [headline, ...thread] = posts;
    expect(posts.every((call) => call.args.channel === "C0BIG")).toBe(true);
    expect(headline?.args.thread_ts).toBeUndefined();
    expect(messageTexts(headline?.args)).toEqual(["Điểm tin ngày 24/11/2026", `${GROUPS.length * COPIES} bài mới theo ${GROUPS.length} mục bạn theo dõi.`]);
    expect(thread.length).toBeGreaterThan(1);
    for (const call of [headline, ...thread]) {
      expect(blockKitProblems(call?.args)).toEqual([]);
      const blocks = call?.args.blocks as { type: string; text?: { text: string } }[];
      expect(blocks.length).toBeLessThanOrEqual(50);
      for (const block of blocks) if (block.type === "section") expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    }
    expect(thread.every((call) => call?.args.thread_ts === ts)).toBe(true);
    const cards = thread.flatMap((call) => (call.args.blocks as { accessory?: { value: string } }[]).flatMap((block) => (block.accessory ? [block.accessory.value] : [])));
    expect(cards).toHaveLength(SHOWN);
    expect(new Set(cards).size).toBe(SHOWN);
    const listed = thread.flatMap((call) => messageTexts(call.args)).join("\n");
    expect(GROUPS.every((group) => listed.includes(`Từ khóa “${group.keyword}”`))).toBe(true);
  });
});

