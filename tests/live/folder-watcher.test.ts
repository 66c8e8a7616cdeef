import { appendFileSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createLiveCorpus, type LiveCorpus } from "../../src/live/live-corpus.ts";
import { openDatabase } from "../../src/store/index.ts";
import { createFeedStore } from "../../src/store/feed-store.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { loadCore, type Core } from "../../src/app/index.ts";

const clock = createFixedClock("2026-02-01T00:00:00Z");
const WATCH = { stabilityMs: 150, debounceMs: 100, maxWaitMs: 600 };

function article(title: string, lead: string): string {
  return `${title}\nSáng 27/1, ${lead} Đây là đoạn mở đầu của bài viết về tình hình kinh tế - xã hội của địa phương trong năm qua.\nĐoạn thứ hai nói về kết quả thu ngân sách và thu hút đầu tư của tỉnh trong năm 2025.\n`;
}

describe("folder watching", () => {
  let dir: string;
  let corpus: string;
  let core: Core;
  let live: LiveCorpus;
  const updates: { upserted: string[]; removed: string[] }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "diemtin-watch-"));
    corpus = join(dir, "corpus");
    const { mkdirSync } = await import("node:fs");
    mkdirSync(corpus);
    writeFileSync(join(corpus, "co-san.txt"), article("Bài có sẵn về Quảng Ninh", "tỉnh Quảng Ninh tổ chức hội nghị."));
    core = loadCore({ corpusDirs: [corpus], snapshotDir: null, logger: createSilentLogger(), clock });
    core.onUpdate((upserted, removed) => updates.push({ upserted: upserted.map((a) => a.id), removed: [...removed] }));
    const db = openDatabase(":memory:", createSilentLogger());
    live = createLiveCorpus({
      corpus: core,
      store: createFeedStore(db, clock),
      config: { corpusDirs: [corpus], live: { watch: true, feeds: [], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: false }, adminIds: [] },
      logger: createSilentLogger(),
      clock,
      options: { watch: WATCH },
    });
    await live.start();
  });
  afterAll(async () => {
    await live.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => {
    updates.length = 0;
  });

  const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 15_000, interval: 25 });

  it("adds a new file to the corpus with the loader's id and path, and makes it searchable", async () => {
    writeFileSync(join(corpus, "moi-them.txt"), article("Hà Giang mở lễ hội hoa tam giác mạch", "tỉnh Tuyên Quang khai mạc lễ hội."));
    await waitFor(() => expect(core.corpus.byId("moi-them")).toBeDefined());
    expect(core.corpus.byId("moi-them")?.file).toBe(`${basename(corpus)}/moi-them.txt`);
    const reply = await core.ask("/tim tam giác mạch");
    expect(reply.results.map((result) => result.id)).toContain("moi-them");
  });

  it("re-reads a changed file and keeps its handle", async () => {
    const handle = core.corpus.byId("co-san")?.handle;
    writeFileSync(join(corpus, "co-san.txt"), article("Bài có sẵn đã sửa tiêu đề", "tỉnh Quảng Ninh tổ chức hội nghị."));
    await waitFor(() => expect(core.corpus.byId("co-san")?.title).toBe("Bài có sẵn đã sửa tiêu đề"));
    expect(core.corpus.byId("co-san")?.handle).toBe(handle);
  });

  it("removes a deleted file", async () => {
    writeFileSync(join(corpus, "se-xoa.md"), article("Bài sẽ bị xóa", "thành phố Hà Nội họp báo."));
    await waitFor(() => expect(core.corpus.byId("se-xoa")).toBeDefined());
    unlinkSync(join(corpus, "se-xoa.md"));
    await waitFor(() => expect(core.corpus.byId("se-xoa")).toBeUndefined());
  });

  it("returns only the current words from /tim when a file changes and nothing when it is deleted", async () => {
    const path = join(corpus, "tu-khoa.txt");
    const ids = async (query: string) => (await core.ask(`/tim ${query}`)).results.map((result) => result.id);
    writeFileSync(path, article("Lễ hội khinhkhicau ở Lạng Sơn", "tỉnh Lạng Sơn mở lễ hội khinhkhicau."));
    await waitFor(() => expect(core.corpus.byId("tu-khoa")).toBeDefined());
    expect(await ids("khinhkhicau")).toContain("tu-khoa");
    writeFileSync(path, article("Lễ hội thuyenrong ở Lạng Sơn", "tỉnh Lạng Sơn mở lễ hội thuyenrong."));
    await waitFor(() => expect(core.corpus.byId("tu-khoa")?.title).toBe("Lễ hội thuyenrong ở Lạng Sơn"));
    expect(await ids("khinhkhicau")).not.toContain("tu-khoa");
    expect(await ids("thuyenrong")).toContain("tu-khoa");
    unlinkSync(path);
    await waitFor(() => expect(core.corpus.byId("tu-khoa")).toBeUndefined());
    expect(await ids("thuyenrong")).not.toContain("tu-khoa");
  });

  it("does not read a half-written file until its size is stable", async () => {
    const path = join(corpus, "dang-ghi.txt");
    const text = article("Bài viết dở dang cuối cùng đã xong", "tỉnh Lạng Sơn đón khách du lịch.");
    writeFileSync(path, text.slice(0, 20));
    for (let i = 20; i < text.length; i += 20) {
      await new Promise((done) => setTimeout(done, 40));
      appendFileSync(path, text.slice(i, i + 20));
    }
    await waitFor(() => expect(core.corpus.byId("dang-ghi")).toBeDefined());
    expect(core.corpus.byId("dang-ghi")?.title).toBe("Bài viết dở dang cuối cùng đã xong");
    expect(updates.filter((update) => update.upserted.includes("dang-ghi"))).toHaveLength(1);
  });

  it("applies a burst of 300 files in a few batches", async () => {
    for (let i = 0; i < 300; i++) writeFileSync(join(corpus, `loat-${String(i).padStart(3, "0")}.txt`), article(`Bài số ${i} của loạt tin`, `xã số ${i} tổ chức họp dân.`));
    await waitFor(() => expect(core.articles.filter((a) => a.id.startsWith("loat-"))).toHaveLength(300));
    expect(updates.length).toBeLessThanOrEqual(5);
  });

  it("ignores hidden and non-text files", async () => {
    writeFileSync(join(corpus, ".an.txt"), article("Ẩn", "không đọc."));
    writeFileSync(join(corpus, "anh.jpg"), "không phải văn bản");
    writeFileSync(join(corpus, "moc.txt"), article("Bài mốc sau tệp ẩn", "tỉnh Nghệ An."));
    await waitFor(() => expect(core.corpus.byId("moc")).toBeDefined());
    expect(core.corpus.byId(".an")).toBeUndefined();
    expect(core.corpus.byId("anh")).toBeUndefined();
  });
});

describe("folder watching with the default timing", () => {
  let dir: string;
  let core: Core;
  let live: LiveCorpus;
  let updates = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "diemtin-watch-default-"));
    writeFileSync(join(dir, "co-san.txt"), article("Bài có sẵn về Quảng Ninh", "tỉnh Quảng Ninh tổ chức hội nghị."));
    core = loadCore({ corpusDirs: [dir], snapshotDir: null, logger: createSilentLogger(), clock });
    core.onUpdate(() => updates++);
    const db = openDatabase(":memory:", createSilentLogger());
    const config = { corpusDirs: [dir], live: { watch: true, feeds: [], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: false }, adminIds: [] };
    live = createLiveCorpus({ corpus: core, store: createFeedStore(db, clock), config, logger: createSilentLogger(), clock });
    await live.start();
  });
  afterAll(async () => {
    await live.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("returns a new file in /tim without a restart", async () => {
    writeFileSync(join(dir, "moi.txt"), article("Cao Bằng khai trương chợ đêm Kim Đồng", "tỉnh Cao Bằng khai trương chợ đêm."));
    await vi.waitFor(async () => expect((await core.ask("/tim chợ đêm Kim Đồng")).results.map((result) => result.id)).toContain("moi"), { timeout: 15_000, interval: 25 });
  });

  it("does not read a file written in pieces 150 ms apart until it is complete", async () => {
    const seen: string[] = [];
    const off = core.onUpdate((upserted) => seen.push(...upserted.filter((a) => a.id === "tung-doan").map((a) => a.title)));
    const path = join(dir, "tung-doan.txt");
    const text = article("Bài ghi từng đoạn đã hoàn tất", "tỉnh Điện Biên đón khách du lịch.");
    const step = Math.ceil(text.length / 8);
    writeFileSync(path, text.slice(0, step));
    for (let i = step; i < text.length; i += step) {
      await new Promise((done) => setTimeout(done, 150));
      appendFileSync(path, text.slice(i, i + step));
    }
    await vi.waitFor(() => expect(core.corpus.byId("tung-doan")).toBeDefined(), { timeout: 15_000, interval: 25 });
    off();
    expect(seen).toEqual(["Bài ghi từng đoạn đã hoàn tất"]);
  });

  it("applies a burst of 1,000 files in a few batches", async () => {
    updates = 0;
    for (let i = 0; i < 1000; i++) writeFileSync(join(dir, `loat-${String(i).padStart(4, "0")}.txt`), article(`Bài số ${i} của loạt tin`, `xã số ${i} tổ chức họp dân.`));
    await vi.waitFor(() => expect(core.articles.filter((a) => a.id.startsWith("loat-"))).toHaveLength(1000), { timeout: 20_000, interval: 100 });
    expect(updates).toBeGreaterThanOrEqual(1);
    // NOTE: batches, not one update per file; how many depends on how fast a loaded machine writes.
    expect(updates).toBeLessThanOrEqual(50);
  }, 120_000);
});
