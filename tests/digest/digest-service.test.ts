import { describe, expect, it } from "vitest";
import { createDigestService, type DigestServiceOptions, type Timer } from "../../src/digest/index.ts";
import type { OutgoingPort } from "../../src/delivery/outgoing-port.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { chatOf, createHarness, textOf, type Harness } from "../subscriptions/fixtures.ts";
import { addArticles, createRecordingPort, LANG_SON_SEED, QUANG_NINH_SEED } from "./fixtures.ts";
import { DEFAULT_DIGEST_CONFIG } from "../../src/config/index.ts";

// NOTE: 2026-11-23 12:00 in Vietnam; digests default to 07:00 Vietnam time.
const SUBSCRIBED_AT = "2026-11-23T05:00:00Z";
const NEXT_MORNING = "2026-11-24T00:05:00Z";
const FAST = { telegram: { perSecond: 10_000, perChatIntervalMs: 0 }, slack: { perSecond: 10_000, perChatIntervalMs: 0 } };

async function setup(options: { sendEmpty?: boolean } = {}) {
  const harness = createHarness({ at: SUBSCRIBED_AT, sendEmpty: options.sendEmpty });
  await harness.store.recordFirstSeen(harness.core.articles.map((article) => article.id), Date.parse(SUBSCRIBED_AT) - 60_000);
  return harness;
}

function service(harness: Harness, ports: readonly OutgoingPort[], extra: Partial<DigestServiceOptions> = {}) {
  const { store, core, clock } = harness;
  const config = { ...DEFAULT_DIGEST_CONFIG, sendEmpty: harness.config.sendEmpty };
  return createDigestService({ store, core, ports, config, logger: createSilentLogger(), clock, rates: FAST, schedule: "0 0 1 1 *", ...extra, eventOf: extra.eventOf ?? harness.eventOf });
}

/**
 * Milliseconds between the sends to two chats due together, one at a time, when the first
 * chat's digest went out as five messages.
 */
async function gapAfterFiveParts(extra: Partial<DigestServiceOptions>): Promise<number> {
  const harness = await setup({ sendEmpty: true });
  // NOTE: the limiter's own clock, moved on by its sleeps: the gap it made, whatever the machine's load.
  let now = 0;
  const timer: Timer = {
    now: () => now,
    sleep: async (ms) => {
      now += ms;
    },
  };
  const at: number[] = [];
  const port: OutgoingPort = {
    platform: "telegram",
    async send(address) {
      at.push(timer.now());
      return { ok: true, messageIds: address.chatId === "1" ? ["a", "b", "c", "d", "e"] : ["f"] };
    },
  };
  const digest = service(harness, [port], { concurrency: 1, timer, ...extra });
  for (const id of ["1", "2"]) await subscribe(harness, "/theodoi Quảng Ninh", chatOf({ chatId: id }));
  harness.clock.set(NEXT_MORNING);
  expect(await digest.runOnce()).toMatchObject({ sent: 2 });
  return (at[1] as number) - (at[0] as number);
}

/** Adds Quảng Ninh articles first seen now. */
async function addSeenNow(harness: Harness, ids: string[]): Promise<void> {
  addArticles(harness.core, QUANG_NINH_SEED, ids);
  await harness.store.recordFirstSeen(ids, harness.clock.now().getTime());
}

async function subscribe(harness: Harness, text: string, chat = chatOf()) {
  const reply = await harness.core.ask(text, { chat });
  expect(reply.ok).toBe(true);
}

describe("createDigestService", () => {
  it("returns one digest per chat with only the articles first seen since the subscription", async () => {
    const harness = await setup();
    const port = createRecordingPort("telegram");
    const digest = service(harness, [port]);
    await subscribe(harness, "/theodoi Quảng Ninh");
    await digest.recordArticles([]);
    harness.clock.advance(60_000);
    const [added] = addArticles(harness.core, QUANG_NINH_SEED, ["qn-new"]);
    await digest.recordArticles(harness.core.articles);
    harness.clock.set(NEXT_MORNING);
    expect(await digest.runOnce()).toMatchObject({ sent: 1, failed: 0 });
    expect(await digest.runOnce()).toMatchObject({ sent: 0, skipped: 0 });
    expect(port.sent).toHaveLength(1);
    expect(port.sent[0]?.address).toEqual({ platform: "telegram", chatId: "100", threadId: null });
    expect(port.sent[0]?.reply.results.map((item) => item.id)).toEqual([added]);
    expect(textOf(port.sent[0]!.reply)).toContain("Điểm tin ngày 24/11/2026");
    expect(await harness.store.deliveryOn({ platform: "telegram", chatId: "100", threadId: null }, "2026-11-24")).toMatchObject({ status: "sent", articleIds: [added] });
    expect(await harness.store.recentRuns(5)).toMatchObject([{ jobs: 1, counts: { sent: 1, failed: 0 }, finishedAt: Date.parse(NEXT_MORNING) }]);
  });

  it("sends a later day only what arrived after the previous digest", async () => {
    const harness = await setup();
    const port = createRecordingPort("telegram");
    const digest = service(harness, [port]);
    await subscribe(harness, "/theodoi Quảng Ninh");
    harness.clock.advance(60_000);
    addArticles(harness.core, QUANG_NINH_SEED, ["qn-1"]);
    await digest.recordArticles(harness.core.articles);
    harness.clock.set(NEXT_MORNING);
    await digest.runOnce();
    harness.clock.advance(3_600_000);
    addArticles(harness.core, QUANG_NINH_SEED, ["qn-2"]);
    await digest.recordArticles(harness.core.articles);
    harness.clock.set("2026-11-25T00:05:00Z");
    await digest.runOnce();
    expect(port.sent.map((message) => message.reply.results.map((item) => item.id))).toEqual([["qn-1"], ["qn-2"]]);
  });

  it("sends nothing on a day with nothing new, unless the chat asked for it", async () => {
    const harness = await setup();
    const port = createRecordingPort("telegram");
    const digest = service(harness, [port]);
    await subscribe(harness, "/theodoi Quảng Ninh");
    await subscribe(harness, "/theodoi Lạng Sơn", chatOf({ chatId: "200" }));
    await subscribe(harness, "/giobantin tinrong bat", chatOf({ chatId: "200" }));
    harness.clock.set(NEXT_MORNING);
    expect(await digest.runOnce()).toMatchObject({ sent: 1, empty: 1 });
    expect(port.sent.map((message) => message.address.chatId)).toEqual(["200"]);
    expect(textOf(port.sent[0]!.reply)).toContain("Không có tin mới");
    expect((await harness.store.deliveryOn({ platform: "telegram", chatId: "100", threadId: null }, "2026-11-24"))?.status).toBe("empty");
  });

  it("does not send twice when the digest time is changed after sending, and sends early when moved before now", async () => {
    const harness = await setup({ sendEmpty: true });
    const port = createRecordingPort("telegram");
    const digest = service(harness, [port]);
    await subscribe(harness, "/theodoi Quảng Ninh");
    harness.clock.set(NEXT_MORNING);
    await digest.runOnce();
    await subscribe(harness, "/giobantin 09:00");
    harness.clock.set("2026-11-24T02:05:00Z");
    await digest.runOnce();
    expect(port.sent).toHaveLength(1);
    harness.clock.set("2026-11-25T00:30:00Z");
    expect(await digest.runOnce()).toMatchObject({ sent: 0 });
    await subscribe(harness, "/giobantin 07:15");
    expect(await digest.runOnce()).toMatchObject({ sent: 1 });
    expect(port.sent).toHaveLength(2);
  });

  it("follows each chat's own zone", async () => {
    const harness = await setup({ sendEmpty: true });
    const port = createRecordingPort("telegram");
    const digest = service(harness, [port]);
    await subscribe(harness, "/theodoi Quảng Ninh");
    await subscribe(harness, "/theodoi Quảng Ninh", chatOf({ chatId: "berlin" }));
    await subscribe(harness, "/giobantin 07:00 Europe/Berlin", chatOf({ chatId: "berlin" }));
    harness.clock.set(NEXT_MORNING);
    await digest.runOnce();
    expect(port.sent.map((message) => message.address.chatId)).toEqual(["100"]);
    harness.clock.set("2026-11-24T06:00:00Z");
    await digest.runOnce();
    expect(port.sent.map((message) => message.address.chatId)).toEqual(["100", "berlin"]);
  });

  it("pauses a chat answering 403 and delivers the others", async () => {
    const harness = await setup({ sendEmpty: true });
    const port = createRecordingPort("telegram", (address) =>
      address.chatId === "2" ? { ok: false, reason: "inactive", detail: "Forbidden: bot was blocked by the user" } : undefined,
    );
    const digest = service(harness, [port]);
    for (const id of ["1", "2", "3"]) await subscribe(harness, "/theodoi Quảng Ninh", chatOf({ chatId: id }));
    harness.clock.set(NEXT_MORNING);
    expect(await digest.runOnce()).toMatchObject({ sent: 2, paused: 1 });
    expect(port.sent.map((message) => message.address.chatId).sort()).toEqual(["1", "3"]);
    expect(await harness.store.statusOf({ platform: "telegram", chatId: "2", threadId: null })).toMatchObject({ active: false, reason: "Forbidden: bot was blocked by the user" });
    harness.clock.set("2026-11-25T00:05:00Z");
    await digest.runOnce();
    expect(port.calls.filter((call) => call.address.chatId === "2")).toHaveLength(1);
    expect(port.sent).toHaveLength(4);
  });

  it("delivers every chat exactly once through a storm of 429-like failures", async () => {
    const harness = await setup({ sendEmpty: true });
    const failures = new Map<string, number>();
    const port = createRecordingPort("telegram", (address) => {
      const seen = failures.get(address.chatId) ?? 0;
      failures.set(address.chatId, seen + 1);
      return Number(address.chatId) % 2 === 0 && seen < 2 ? { ok: false, reason: "failed", detail: "Too Many Requests: retry after 1" } : undefined;
    });
    const digest = service(harness, [port]);
    const chats = Array.from({ length: 10 }, (_, index) => String(index + 1));
    for (const id of chats) await subscribe(harness, "/theodoi Quảng Ninh", chatOf({ chatId: id }));
    harness.clock.set(NEXT_MORNING);
    expect(await digest.runOnce()).toMatchObject({ sent: 5, failed: 5 });
    await digest.runOnce();
    expect(await digest.runOnce()).toMatchObject({ sent: 5, failed: 0 });
    expect(await digest.runOnce()).toMatchObject({ sent: 0, failed: 0 });
    expect(port.sent.map((message) => message.address.chatId).sort()).toEqual([...chats].sort());
  });

  it("gives up on a chat after the attempts are used up, without stopping others", async () => {
    const harness = await setup({ sendEmpty: true });
    const port = createRecordingPort("telegram", (address) => (address.chatId === "bad" ? { ok: false, reason: "failed", detail: "Bad Gateway" } : undefined));
    const digest = service(harness, [port], { maxAttempts: 2 });
    await subscribe(harness, "/theodoi Quảng Ninh", chatOf({ chatId: "bad" }));
    await subscribe(harness, "/theodoi Quảng Ninh", chatOf({ chatId: "good" }));
    harness.clock.set(NEXT_MORNING);
    for (let run = 0; run < 4; run++) await digest.runOnce();
    expect(port.calls.filter((call) => call.address.chatId === "bad")).toHaveLength(2);
    expect(port.sent.map((message) => message.address.chatId)).toEqual(["good"]);
  });

  it("posts a Slack headline in the channel and the list in a thread under it", async () => {
    const harness = await setup();
    const slack = createRecordingPort("slack");
    const digest = service(harness, [slack]);
    await subscribe(harness, "/theodoi Quảng Ninh", chatOf({ platform: "slack", chatId: "C1", chatKind: "channel" }));
    harness.clock.advance(60_000);
    addArticles(harness.core, QUANG_NINH_SEED, ["qn-1", "qn-2"]);
    await digest.recordArticles(harness.core.articles);
    harness.clock.set(NEXT_MORNING);
    await digest.runOnce();
    expect(slack.sent.map((message) => message.address)).toEqual([
      { platform: "slack", chatId: "C1", threadId: null },
      { platform: "slack", chatId: "C1", threadId: "slack-1" },
    ]);
    expect(textOf(slack.sent[0]!.reply)).toBe("Điểm tin ngày 24/11/2026\n2 bài mới theo 1 mục bạn theo dõi.");
    expect(slack.sent[1]?.reply.results.map((item) => item.id).sort()).toEqual(["qn-1", "qn-2"]);
  });

  it("posts a forum topic's digest in that topic", async () => {
    const harness = await setup({ sendEmpty: true });
    const port = createRecordingPort("telegram");
    const digest = service(harness, [port]);
    await subscribe(harness, "/theodoi Lạng Sơn", chatOf({ chatId: "-100", threadId: "42", chatKind: "group" }));
    harness.clock.set(NEXT_MORNING);
    await digest.runOnce();
    expect(port.sent.map((message) => message.address)).toEqual([{ platform: "telegram", chatId: "-100", threadId: "42" }]);
  });

  it("shows near-duplicates once with the count of the others", async () => {
    const harness = await setup();
    const port = createRecordingPort("telegram");
    const digest = service(harness, [port], { eventOf: (id) => (id.startsWith("qn-") ? "same-event" : id) });
    await subscribe(harness, "/theodoi Quảng Ninh");
    await subscribe(harness, "/theodoi Lạng Sơn");
    harness.clock.advance(60_000);
    addArticles(harness.core, QUANG_NINH_SEED, ["qn-1", "qn-2", "qn-3"]);
    addArticles(harness.core, LANG_SON_SEED, ["ls-1"]);
    await digest.recordArticles(harness.core.articles);
    harness.clock.set(NEXT_MORNING);
    await digest.runOnce();
    const reply = port.sent[0]!.reply;
    expect(reply.results.map((item) => item.id)).toHaveLength(2);
    expect(reply.total).toBe(4);
    const text = textOf(reply);
    expect(text).toContain("và 2 bài khác cùng sự kiện");
    expect(text.indexOf("Quảng Ninh")).toBeLessThan(text.indexOf("Lạng Sơn"));
  });

  it("composes a run with the grouping it waited for, not the one of the moment it became due", async () => {
    const harness = await setup();
    const port = createRecordingPort("telegram");
    let grouped = false;
    let finishGrouping: () => void = () => {};
    const ready = new Promise<void>((resolve) => (finishGrouping = resolve));
    const digest = service(harness, [port], {
      eventOf: (id) => (grouped && id.startsWith("qn-") ? "same-event" : id),
      eventsReady: () => ready,
    });
    await subscribe(harness, "/theodoi Quảng Ninh");
    harness.clock.advance(60_000);
    addArticles(harness.core, QUANG_NINH_SEED, ["qn-1", "qn-2", "qn-3"]);
    await digest.recordArticles(harness.core.articles);
    harness.clock.set(NEXT_MORNING);
    const run = digest.runOnce();
    await new Promise((resolve) => setImmediate(resolve));
    expect(port.sent).toEqual([]);
    grouped = true;
    finishGrouping();
    await run;
    expect(textOf(port.sent[0]!.reply)).toContain("và 2 bài khác cùng sự kiện");
  });

  it("names at most five other articles of a large event and counts the rest", async () => {
    const harness = await setup();
    const port = createRecordingPort("telegram");
    const digest = service(harness, [port], { eventOf: (id) => (id.startsWith("qn-") ? "same-event" : id) });
    await subscribe(harness, "/theodoi Quảng Ninh");
    harness.clock.advance(60_000);
    addArticles(harness.core, QUANG_NINH_SEED, Array.from({ length: 40 }, (_, i) => `qn-${i}`));
    await digest.recordArticles(harness.core.articles);
    harness.clock.set(NEXT_MORNING);
    await digest.runOnce();
    const text = port.sent.map((message) => textOf(message.reply)).join("\n");
    expect(text).toMatch(/và 39 bài khác cùng sự kiện: (\/bai \d+, ){4}\/bai \d+…/);
    expect(text.match(/\/bai \d+/g)?.length).toBeLessThanOrEqual(6);
  });

  it("drops excluded articles and shows an article matching two subscriptions once", async () => {
    const harness = await setup();
    const port = createRecordingPort("telegram");
    const digest = service(harness, [port]);
    await subscribe(harness, "/theodoi Quảng Ninh -Tô Lâm");
    await subscribe(harness, "/theodoi tăng trưởng");
    harness.clock.advance(60_000);
    // NOTE: 000 names Tô Lâm, no growth; 002 names Tô Lâm and growth; 003 growth only.
    addArticles(harness.core, QUANG_NINH_SEED, ["qn-to-lam"]);
    addArticles(harness.core, "002_3c5535e1b6821573", ["qn-both"]);
    addArticles(harness.core, "003_45bae082017173c4", ["qn-growth"]);
    await digest.recordArticles(harness.core.articles);
    harness.clock.set(NEXT_MORNING);
    await digest.runOnce();
    const reply = port.sent[0]!.reply;
    expect(reply.results.map((item) => item.id)).toEqual(["qn-growth", "qn-both"]);
    const headings = reply.blocks.flatMap((block) => (block.kind === "heading" ? [block.text] : []));
    expect(headings).toEqual(["Điểm tin ngày 24/11/2026", "Quảng Ninh", "Từ khóa “tăng trưởng”"]);
  });

  it("lets in-flight sends finish on stop and leaves the rest for the next run", async () => {
    const harness = await setup({ sendEmpty: true });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let started = 0;
    const port = createRecordingPort("telegram", async () => {
      started++;
      await gate;
      return undefined;
    });
    const digest = service(harness, [port], { concurrency: 2 });
    for (const id of ["1", "2", "3", "4", "5"]) await subscribe(harness, "/theodoi Quảng Ninh", chatOf({ chatId: id }));
    harness.clock.set(NEXT_MORNING);
    const run = digest.runOnce();
    while (started < 2) await new Promise((resolve) => setImmediate(resolve));
    const stopped = digest.stop();
    release();
    await stopped;
    expect(await run).toMatchObject({ sent: 2, skipped: 3 });
    const next = createRecordingPort("telegram");
    await service(harness, [next]).runOnce();
    expect([...port.sent, ...next.sent].map((message) => message.address.chatId).sort()).toEqual(["1", "2", "3", "4", "5"]);
  });

  it("returns that day's digest when the process comes back later the same local day, and nothing after another restart", async () => {
    const harness = await setup();
    const port = createRecordingPort("telegram");
    await subscribe(harness, "/theodoi Quảng Ninh");
    harness.clock.advance(60_000);
    await addSeenNow(harness, ["qn-overnight"]);
    // NOTE: down from before 07:00 until 15:00 in Vietnam; starting runs the due check at once
    // (runOnce joins that run).
    harness.clock.set("2026-11-24T08:00:00Z");
    const back = service(harness, [port]);
    await back.start();
    expect(await back.runOnce()).toMatchObject({ sent: 1 });
    await back.stop();
    expect(port.sent.map((message) => message.reply.results.map((item) => item.id))).toEqual([["qn-overnight"]]);
    harness.clock.set("2026-11-24T10:00:00Z");
    const again = service(harness, [port]);
    await again.start();
    expect(await again.runOnce()).toMatchObject({ sent: 0, skipped: 0 });
    await again.stop();
    expect(port.calls).toHaveLength(1);
    expect(await harness.store.deliveryOn({ platform: "telegram", chatId: "100", threadId: null }, "2026-11-24")).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("returns no late digest for a day the process missed entirely, and the next day's covers both days", async () => {
    const harness = await setup();
    const port = createRecordingPort("telegram");
    await subscribe(harness, "/theodoi Quảng Ninh");
    harness.clock.advance(60_000);
    await addSeenNow(harness, ["qn-day-1"]);
    harness.clock.set("2026-11-24T12:00:00Z");
    await addSeenNow(harness, ["qn-day-2"]);
    // NOTE: down all of the 24th (Vietnam); back at 06:00 on the 25th, before its digest time.
    harness.clock.set("2026-11-24T23:00:00Z");
    const digest = service(harness, [port]);
    await digest.start();
    expect(await digest.runOnce()).toMatchObject({ sent: 0, skipped: 0 });
    harness.clock.set("2026-11-25T00:05:00Z");
    expect(await digest.runOnce()).toMatchObject({ sent: 1 });
    await digest.stop();
    expect(port.sent[0]?.reply.results.map((item) => item.id).sort()).toEqual(["qn-day-1", "qn-day-2"]);
    expect(textOf(port.sent[0]!.reply)).toContain("Điểm tin ngày 25/11/2026");
    expect(await harness.store.deliveryOn({ platform: "telegram", chatId: "100", threadId: null }, "2026-11-24")).toBeNull();
  });

  it("returns the next chat's send later by the extra parts when a digest went out as several messages", async () => {
    // NOTE: 20/s is one message per 50 ms; chat 1 took five, so chat 2 waits about 250 ms.
    expect(await gapAfterFiveParts({ rates: { telegram: { perSecond: 20, perChatIntervalMs: 0 } } })).toBeGreaterThanOrEqual(240);
  });

  it("returns sends paced by config.telegramPerSecond (DIGEST_TELEGRAM_RATE) when no Telegram rate is passed", async () => {
    const config = { ...DEFAULT_DIGEST_CONFIG, sendEmpty: true, telegramPerSecond: 20 };
    // NOTE: 20/s is one message per 50 ms; at the default 25/s chat 2 would wait only 200 ms.
    expect(await gapAfterFiveParts({ config, rates: { slack: FAST.slack } })).toBeGreaterThanOrEqual(240);
  });

  it("records first-seen times on start and on core updates", async () => {
    const harness = createHarness({ at: SUBSCRIBED_AT });
    const digest = service(harness, []);
    await digest.start();
    expect((await harness.store.firstSeenAfter(0)).size).toBe(harness.core.articles.length);
    harness.clock.advance(1000);
    addArticles(harness.core, QUANG_NINH_SEED, ["qn-live"]);
    expect((await harness.store.firstSeenAfter(Date.parse(SUBSCRIBED_AT))).get("qn-live")).toBe(Date.parse(SUBSCRIBED_AT) + 1000);
    await digest.stop();
    addArticles(harness.core, QUANG_NINH_SEED, ["qn-after-stop"]);
    expect((await harness.store.firstSeenAfter(0)).has("qn-after-stop")).toBe(false);
  });
});
