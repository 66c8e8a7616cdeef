import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/reply/blocks.ts";
import { openDatabase } from "../../src/store/index.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";
import { type ChatContext, CONSOLE_CHAT } from "../../src/model/chat.ts";
import { createLiveCore } from "../live/live-core.ts";

const clock = createFixedClock("2026-02-01T00:00:00Z");
const ADMIN: ChatContext = { ...CONSOLE_CHAT, platform: "telegram", userId: "123", chatId: "123" };
const STRANGER: ChatContext = { ...ADMIN, userId: "999" };

function text(reply: Reply): string {
  return reply.blocks
    .map((block) => (block.kind === "paragraph" ? block.spans.map((span) => span.text).join("") : block.kind === "heading" ? block.text : block.kind === "article" ? `#${block.id}` : ""))
    .join("\n");
}

async function setup() {
  const logger = createSilentLogger();
  const db = openDatabase(":memory:", logger);
  const config = { corpusDirs: [SEEDS_DIR], live: { watch: false, feeds: ["https://example.vn/rss/a.rss"], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: false }, adminIds: ["telegram:123"] };
  const { core, live } = createLiveCore({ db, config, logger, clock, options: { poll: { intervalMs: 3_600_000 } } });
  // NOTE: the label comes first (start() only adds unknown feeds); stopping right after
  // start() cancels the first poll, so nothing leaves the machine.
  live.store.syncConfigFeeds([{ url: "https://example.vn/rss/a.rss", label: "Ví dụ" }]);
  await live.start();
  await live.stop();
  return { core, live, db };
}

describe("/nguon", () => {
  it("refuses non-admins in Vietnamese", async () => {
    const { core } = await setup();
    const reply = await core.ask("/nguon", { chat: STRANGER });
    expect(reply.ok).toBe(false);
    expect(text(reply)).toBe("Lệnh này chỉ dành cho quản trị viên.");
  });

  it("lists feeds with their status, item count and last fetch for admins", async () => {
    const { core } = await setup();
    const reply = await core.ask("/nguon", { chat: ADMIN });
    expect(reply.ok).toBe(true);
    expect(text(reply)).toMatch(/Nguồn tin \(1\)\nVí dụ https:\/\/example\.vn\/rss\/a\.rss — lấy lúc .*, 0 bài/);
  });

  it("returns the last fetch time in Vietnam time, and chưa lấy before the first", async () => {
    const { core, live } = await setup();
    expect(text(await core.ask("/nguon", { chat: ADMIN }))).toContain("— lấy lúc chưa lấy, chưa lấy, 0 bài");
    live.store.recordFetch("https://example.vn/rss/a.rss", { status: "ok", lastError: null, failures: 0, nextFetchAt: null });
    expect(text(await core.ask("/nguon", { chat: ADMIN }))).toContain("— lấy lúc 07:00 01/02/2026, tốt, 0 bài");
  });

  it("adds a feed as written, refuses another spelling of it and removes it by either", async () => {
    const { core, live } = await setup();
    const given = "https://www.tuoitre.vn/rss/tin-moi-nhat.rss?utm_source=x";
    expect(text(await core.ask(`/nguon them ${given} Tuổi Trẻ`, { chat: ADMIN }))).toBe(`Đã thêm nguồn ${given}; bot sẽ lấy tin ngay.`);
    expect(live.store.getFeed(given)?.label).toBe("Tuổi Trẻ");
    expect(text(await core.ask("/nguon them https://tuoitre.vn/rss/tin-moi-nhat.rss", { chat: ADMIN }))).toMatch(/đã có trong danh sách/);
    expect(text(await core.ask("/nguon them khong-phai-url", { chat: ADMIN }))).toMatch(/không phải địa chỉ http\(s\) hợp lệ/);
    expect(text(await core.ask("/nguon xóa https://tuoitre.vn/rss/tin-moi-nhat.rss", { chat: ADMIN }))).toMatch(/^Đã xóa nguồn/);
    expect(live.store.getFeed(given)).toBeUndefined();
    expect(text(await core.ask("/nguon xoa https://tuoitre.vn/rss/tin-moi-nhat.rss", { chat: ADMIN }))).toMatch(/^Không có nguồn/);
  });

  it("never shows the user name or password of a feed URL", async () => {
    const { core } = await setup();
    const added = text(await core.ask("/nguon them https://bandoc:matkhau-bi-mat@example.vn/rss/rieng.rss Riêng", { chat: ADMIN }));
    const listing = text(await core.ask("/nguon", { chat: ADMIN }));
    for (const shown of [added, listing]) {
      expect(shown).not.toMatch(/matkhau-bi-mat|bandoc/);
    }
    expect(listing).toContain("https://***@example.vn/rss/rieng.rss");
    const exported = await core.ask("/nguon xuat", { chat: ADMIN });
    const file = exported.blocks.find((block) => block.kind === "file");
    expect(file?.kind === "file" ? file.text : "").toContain("https://***@example.vn/rss/rieng.rss");
    expect(file?.kind === "file" ? file.text : "").not.toMatch(/matkhau-bi-mat|bandoc/);
  });

  it("returns the feeds as an OPML file for admins and imports an OPML file's feeds, each once", async () => {
    const { core, live } = await setup();
    const exported = await core.ask("/nguon xuat", { chat: ADMIN });
    const file = exported.blocks.find((block) => block.kind === "file");
    expect(file).toMatchObject({ kind: "file", name: "diemtin-nguon.opml", mimeType: "text/x-opml" });
    expect(file?.kind === "file" ? file.text : "").toContain('<outline text="Ví dụ" type="rss" xmlUrl="https://example.vn/rss/a.rss" title="Ví dụ"/>');
    expect(text(await core.ask("/nguon xuat", { chat: STRANGER }))).toBe("Lệnh này chỉ dành cho quản trị viên.");

    const opml = `<opml version="2.0"><body><outline text="Mới" xmlUrl="https://moi.vn/rss"/><outline text="Ví dụ" xmlUrl="https://example.vn/rss/a.rss"/></body></opml>`;
    expect(text(await core.attach({ name: "a.opml", text: opml }, { chat: ADMIN }))).toBe("Đã nhập 1 nguồn mới từ tệp OPML; 1 nguồn đã có. Bot sẽ lấy tin ngay.");
    expect(text(await core.attach({ name: "a.opml", text: opml }, { chat: ADMIN }))).toBe("Đã nhập 0 nguồn mới từ tệp OPML; 2 nguồn đã có.");
    expect(live.feeds.list().map((feed) => feed.url)).toEqual(["https://example.vn/rss/a.rss", "https://moi.vn/rss"]);
    expect(text(await core.attach({ name: "a.opml", text: opml }, { chat: STRANGER }))).toBe("Lệnh này chỉ dành cho quản trị viên.");
    expect(text(await core.attach({ name: "baocao.pdf", text: "" }, { chat: ADMIN }))).toMatch(/chỉ nhận tệp OPML/);
  });
});

describe("/nguon across a restart", () => {
  async function open(path: string) {
    const logger = createSilentLogger();
    const db = openDatabase(path, logger);
    const config = { corpusDirs: [SEEDS_DIR], live: { watch: false, feeds: ["https://example.vn/rss/a.rss"], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: false }, adminIds: ["telegram:123"] };
    const { core, live } = createLiveCore({ db, config, logger, clock, options: { poll: { intervalMs: 3_600_000 } } });
    // NOTE: started and stopped at once: the first polls are cancelled, nothing leaves the machine.
    await live.start();
    await live.stop();
    return { core, live, db };
  }

  it("returns the feeds added and removed with /nguon after a restart, a removed configured feed included", async () => {
    const dir = mkdtempSync(join(tmpdir(), "diemtin-nguon-"));
    const path = join(dir, "diemtin.sqlite");
    try {
      const first = await open(path);
      await first.core.ask("/nguon them https://vnexpress.net/rss/thoi-su.rss VnExpress", { chat: ADMIN });
      await first.core.ask("/nguon them https://tuoitre.vn/rss/tin-moi-nhat.rss", { chat: ADMIN });
      await first.core.ask("/nguon xoa https://tuoitre.vn/rss/tin-moi-nhat.rss", { chat: ADMIN });
      await first.core.ask("/nguon xoa https://example.vn/rss/a.rss", { chat: ADMIN });
      first.live.store.recordFetch("https://vnexpress.net/rss/thoi-su.rss", { status: "error", lastError: "HTTP 503", failures: 2, nextFetchAt: null });
      first.db.close();

      const second = await open(path);
      expect(second.live.feeds.list().map((feed) => feed.url)).toEqual(["https://vnexpress.net/rss/thoi-su.rss"]);
      const listing = text(await second.core.ask("/nguon", { chat: ADMIN }));
      expect(listing).toMatch(/^Nguồn tin \(1\)\nVnExpress https:\/\/vnexpress\.net\/rss\/thoi-su\.rss — .*lỗi 2 lần liền — lỗi gần nhất: HTTP 503/);
      second.db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("events in /tinh and /tim", () => {
  it("shows seeds 000 and 001 once in /tinh with 'và 1 bài khác'", async () => {
    const { core } = await setup();
    const reply = await core.ask("/tinh Quảng Ninh", { pageSize: 50 });
    const ids = reply.results.map((result) => result.id.slice(0, 3));
    expect(ids.filter((id) => id === "000" || id === "001")).toHaveLength(1);
    expect(text(reply)).toMatch(/và 1 bài khác cùng sự kiện: \/bai \d+/);
  });

  it("shows the event once in /tim", async () => {
    const { core } = await setup();
    const reply = await core.ask("/tim Tô Lâm Quảng Ninh", { pageSize: 50 });
    const ids = reply.results.map((result) => result.id.slice(0, 3));
    expect(ids.filter((id) => id === "000" || id === "001")).toHaveLength(1);
    expect(text(reply)).toMatch(/và 1 bài khác cùng sự kiện/);
  });
});
