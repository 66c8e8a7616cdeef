import { describe, expect, it } from "vitest";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";
import { chatOf, createHarness, textOf } from "./fixtures.ts";
import { loadCore } from "../../src/app/index.ts";

const QN_NEWEST = ["000_70cbb156967204ba", "001_bf3dcb981beec8a1", "002_3c5535e1b6821573"];

describe("/theodoi", () => {
  it("returns the province, the digest time and the three latest articles once", async () => {
    const { core, store } = createHarness();
    const reply = await core.ask("/theodoi quang ninh", { chat: chatOf() });
    expect(reply.ok).toBe(true);
    expect(textOf(reply)).toContain("tỉnh Quảng Ninh");
    expect(textOf(reply)).toContain("07:00 (giờ Việt Nam)");
    expect(reply.results.map((item) => item.id)).toEqual(QN_NEWEST);
    expect(reply.blocks.some((block) => block.kind === "pager")).toBe(false);
    expect(await store.subscriptionsOf({ platform: "telegram", chatId: "100", threadId: null })).toMatchObject([
      { kind: "province", value: "quang-ninh", typed: "quang ninh", addedBy: "7", addedByName: "Lan" },
    ]);
  });

  it("says back the current province of a former one", async () => {
    const { core } = createHarness();
    const text = textOf(await core.ask("/theodoi Bắc Giang", { chat: chatOf() }));
    expect(text).toContain("Bắc Giang: từ 1/7/2025 thuộc tỉnh Bắc Ninh");
    expect(text).toContain("Chưa có bài nào khớp");
  });

  it("returns keyword matches without the excluded ones", async () => {
    const { core, store } = createHarness();
    const all = await core.ask("/tim \"Tô Lâm\"", { chat: chatOf() });
    expect(all.total).toBe(4);
    const reply = await core.ask("/theodoi Tô Lâm -Lạng Sơn", { chat: chatOf() });
    expect(textOf(reply)).toContain("từ khóa “Tô Lâm” (trừ “lạng sơn”)");
    expect(reply.results.map((item) => item.id)).not.toContain("004_bf77c165b1ddf6b4");
    expect(reply.results.length).toBeGreaterThan(0);
    expect((await store.subscriptionsOf({ platform: "telegram", chatId: "100", threadId: null }))[0]).toMatchObject({ kind: "keyword", value: "to lam", excludes: ["lạng sơn"] });
  });

  it("refuses group members who may not manage, and stores nothing", async () => {
    const { core, store } = createHarness();
    const reply = await core.ask("/theodoi Quảng Ninh", { chat: chatOf({ chatId: "-5", chatKind: "group", canManage: false }) });
    expect(reply.ok).toBe(false);
    expect(textOf(reply)).toContain("chỉ quản trị viên");
    expect(await store.targets()).toEqual([]);
  });

  it("keeps a forum topic's subscriptions in that topic and ignores Slack thread ids", async () => {
    const { core, store } = createHarness();
    await core.ask("/theodoi Quảng Ninh", { chat: chatOf({ chatId: "-5", threadId: "42", chatKind: "group" }) });
    await core.ask("/theodoi Lạng Sơn", { chat: chatOf({ platform: "slack", chatId: "C1", threadId: "1700000000.1", chatKind: "channel" }) });
    expect((await store.targets()).map((item) => item.target)).toEqual([
      { platform: "slack", chatId: "C1", threadId: null },
      { platform: "telegram", chatId: "-5", threadId: "42" },
    ]);
    const main = await core.ask("/dangtheodoi", { chat: chatOf({ chatId: "-5", chatKind: "group" }) });
    expect(textOf(main)).toContain("chưa theo dõi gì");
  });

  it("returns a usage line for an empty subject and a choice for an ambiguous place", async () => {
    const { core } = createHarness();
    expect(textOf(await core.ask("/theodoi", { chat: chatOf() }))).toContain("Cách dùng: /theodoi");
    const ambiguous = await core.ask("/theodoi Tân Phú", { chat: chatOf() });
    expect(ambiguous.ok).toBe(false);
    expect(textOf(ambiguous)).toContain("có thể thuộc");
  });
});

describe("/huytheodoi and /dangtheodoi", () => {
  it("lists, removes by name, by number and all", async () => {
    const { core } = createHarness();
    const chat = chatOf();
    await core.ask("/theodoi Quảng Ninh", { chat });
    await core.ask("/theodoi giá vàng", { chat });
    await core.ask("/theodoi Lạng Sơn", { chat });
    const list = textOf(await core.ask("/dangtheodoi", { chat }));
    expect(list).toContain("1. tỉnh Quảng Ninh");
    expect(list).toContain("2. từ khóa “giá vàng”");
    expect(list).toContain("Trạng thái: đang hoạt động");
    expect(textOf(await core.ask("/huytheodoi gia vang", { chat }))).toContain("Đã bỏ theo dõi từ khóa “giá vàng”");
    expect(textOf(await core.ask("/huytheodoi 2", { chat }))).toContain("bỏ theo dõi tỉnh Lạng Sơn");
    const missing = await core.ask("/huytheodoi Hà Nội", { chat });
    expect(missing.ok).toBe(false);
    expect(textOf(missing)).toContain("1. tỉnh Quảng Ninh");
    expect(textOf(await core.ask("/huytheodoi tất cả", { chat }))).toContain("Đã bỏ 1 mục");
    expect(textOf(await core.ask("/dangtheodoi", { chat }))).toContain("chưa theo dõi gì");
  });

  it("refuses unsubscribing to group members who may not manage", async () => {
    const { core, store } = createHarness();
    const admin = chatOf({ chatId: "-5", chatKind: "group" });
    await core.ask("/theodoi Quảng Ninh", { chat: admin });
    const reply = await core.ask("/huytheodoi tatca", { chat: { ...admin, canManage: false } });
    expect(textOf(reply)).toContain("chỉ quản trị viên");
    expect(await store.targets()).toHaveLength(1);
  });

  it("shows a paused chat's reason", async () => {
    const { core, store } = createHarness();
    await core.ask("/theodoi Quảng Ninh", { chat: chatOf() });
    store.markInactive({ platform: "telegram", chatId: "100", threadId: null }, "Forbidden: bot was blocked by the user");
    expect(textOf(await core.ask("/dangtheodoi", { chat: chatOf() }))).toContain("tạm dừng: Forbidden: bot was blocked by the user");
  });
});

describe("/giobantin", () => {
  it("sets the time and zone, and rejects bad ones", async () => {
    const { core, store } = createHarness();
    const chat = chatOf();
    expect(textOf(await core.ask("/giobantin", { chat }))).toContain("07:00 (giờ Việt Nam)");
    expect(textOf(await core.ask("/giobantin 6h30", { chat }))).toContain("06:30 (giờ Việt Nam)");
    expect(textOf(await core.ask("/giobantin 21:15 Europe/Berlin", { chat }))).toContain("21:15 (giờ Europe/Berlin)");
    expect((await core.ask("/giobantin 25:00", { chat })).ok).toBe(false);
    expect(textOf(await core.ask("/giobantin 07:00 Mars/Base", { chat }))).toContain("Múi giờ “Mars/Base” không hợp lệ");
    expect(textOf(await core.ask("/giobantin 05:00 vn", { chat }))).toContain("05:00 (giờ Việt Nam)");
    await core.ask("/giobantin tinrong bat", { chat });
    expect(await store.settingsOf({ platform: "telegram", chatId: "100", threadId: null })).toEqual({ digestTime: "05:00", timezone: null, sendEmpty: true });
  });

  it("refuses changes to group members who may not manage", async () => {
    const { core, store } = createHarness();
    const reply = await core.ask("/giobantin 06:00", { chat: chatOf({ chatKind: "group", canManage: false }) });
    expect(textOf(reply)).toContain("chỉ quản trị viên");
    expect((await store.settingsOf({ platform: "telegram", chatId: "100", threadId: null })).digestTime).toBeNull();
  });
});

describe("/diemtin", () => {
  it("previews only articles first seen after the subscription", async () => {
    const { core, store, clock } = createHarness({ at: "2026-02-01T02:00:00Z" });
    await store.recordFirstSeen(core.articles.map((article) => article.id), clock.now().getTime() - 1);
    const chat = chatOf();
    await core.ask("/theodoi Quảng Ninh", { chat });
    const before = textOf(await core.ask("/diemtin", { chat }));
    expect(before).toContain("Chưa có tin mới kể từ khi bắt đầu theo dõi.");
    expect(before).not.toContain("điểm tin trước");
    clock.advance(60_000);
    await store.recordFirstSeen(["001_bf3dcb981beec8a1-new"], clock.now().getTime());
    core.update({ upsert: [{ id: "001_bf3dcb981beec8a1-new", file: "x.txt", parsed: core.corpus.byId("001_bf3dcb981beec8a1") as never }] });
    const preview = await core.ask("/diemtin", { chat });
    expect(textOf(preview)).toContain("Xem trước điểm tin gửi lúc 07:00 (giờ Việt Nam) ngày 2/2/2026");
    expect(textOf(preview)).toContain("Điểm tin ngày 2/2/2026");
    expect(preview.total).toBe(1);
  });

  it("answers a short note where there is no store", async () => {
    const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
    for (const command of ["/theodoi Quảng Ninh", "/huytheodoi tatca", "/dangtheodoi", "/giobantin 06:00", "/diemtin"]) {
      expect(textOf(await core.ask(command))).toContain("chỉ dùng được trên Telegram và Slack");
    }
  });
});

describe("/theodoi in a paused chat", () => {
  it("returns the chat to active, since a command came from it", async () => {
    const { core, store } = createHarness();
    const target = { platform: "telegram" as const, chatId: "100", threadId: null };
    await core.ask("/theodoi Quảng Ninh", { chat: chatOf() });
    store.markInactive({ ...target }, "Forbidden: bot was blocked by the user");
    await core.ask("/theodoi Lạng Sơn", { chat: chatOf() });
    expect((await store.statusOf(target)).active).toBe(true);
  });
});
