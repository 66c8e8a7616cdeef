import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3, { type Statement } from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp, type App } from "../../src/app/index.ts";
import { loadConfig } from "../../src/config/index.ts";
import { CONSOLE_CHAT } from "../../src/model/chat.ts";
import { createFeedStore } from "../../src/store/feed-store.ts";
import { LOCK_FILE, openStore } from "../../src/store/index.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";
import { STORED_PARSED as PARSED } from "../live/live-fixtures.ts";

const clock = createFixedClock("2026-02-01T00:00:00Z");
const logger = createSilentLogger();
// NOTE: a loopback feed with FEEDS_ALLOW_PRIVATE off: a poll is refused before any request.
const FEED = "http://127.0.0.1:9/rss";
const STORED_ID = "web-example-vn-a";
const FIRST_SEEN = "2026-01-31T08:00:00.000Z";

const dirs: string[] = [];
let app: App | null = null;
afterEach(async () => {
  vi.restoreAllMocks();
  await app?.stop();
  app = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A DATA_DIR whose store holds one feed and one stored feed article (handle 3, a seed's: it must move). */
function dataDirWithStoredArticle(): string {
  const dataDir = mkdtempSync(join(tmpdir(), "diemtin-app-"));
  dirs.push(dataDir);
  const db = openStore(dataDir, logger);
  const store = createFeedStore(db, createFixedClock(FIRST_SEEN));
  store.addFeed(FEED, "Báo Thử", "admin");
  store.addItem({ canonicalUrl: PARSED.url as string, link: PARSED.url as string, feedUrl: FEED, articleId: STORED_ID, feedTitle: null, feedPublished: null });
  store.storeArticle(PARSED.url as string, { rawHtml: "<p>…</p>", charset: "utf-8", parsed: PARSED });
  store.setHandle(STORED_ID, 3);
  db.close();
  return dataDir;
}

function configFor(dataDir: string) {
  return loadConfig({ env: { SEEDS_DIR, DATA_DIR: dataDir, CORPUS_WATCH: "false", INDEX_SNAPSHOT: "false" }, useDotEnv: false });
}

/** Counts runs of SQLite statements whose SQL matches `pattern`, on every connection. */
function countStatementRuns(pattern: RegExp): () => number {
  const scratch = new BetterSqlite3(":memory:");
  const prototype = Object.getPrototypeOf(scratch.prepare("SELECT 1")) as Statement;
  scratch.close();
  const all = vi.spyOn(prototype, "all");
  const iterate = vi.spyOn(prototype, "iterate");
  return () => [...all.mock.contexts, ...iterate.mock.contexts].filter((statement) => pattern.test((statement as Statement).source)).length;
}

describe("createApp", () => {
  it("returns the stored feed articles read once from the SQLite file, in the corpus with a moved handle persisted", async () => {
    const dataDir = dataDirWithStoredArticle();
    const storedReads = countStatementRuns(/FROM live_items WHERE status = 'stored'/);
    app = createApp(configFor(dataDir), { logger, clock });
    await app.start({ ports: [] });
    expect(storedReads()).toBe(1);

    const article = app.core.corpus.byId(STORED_ID);
    expect(article?.title).toBe(PARSED.title);
    expect(article?.handle).toBe(6);
    expect(app.live.firstSeen(STORED_ID)).toBe(FIRST_SEEN);
    expect(app.live.store.storedArticles()[0]?.handle).toBe(6);
  });

  it("returns a core whose commands reach the services and the stored articles before start, and start takes only the ports", async () => {
    app = createApp(configFor(dataDirWithStoredArticle()), { logger, clock });
    const live = vi.spyOn(app.live, "start");

    const feeds = await app.core.ask("/nguon", { chat: CONSOLE_CHAT });
    expect(feeds.ok).toBe(true);
    expect(JSON.stringify(feeds.blocks)).toContain(FEED);
    const found = await app.core.ask("/tim Hữu Nghị");
    expect(found.results.map((result) => result.id)).toContain(STORED_ID);
    expect(app.digest).toBeNull();

    await app.start({ ports: [] });
    expect(live).toHaveBeenCalledTimes(1);
    expect(live).toHaveBeenCalledWith();
    expect(app.digest).not.toBeNull();
  });

  it("starts the live corpus before the digest and stops the digest, the live corpus, then the store and the DATA_DIR lock", async () => {
    const dataDir = dataDirWithStoredArticle();
    app = createApp(configFor(dataDir), { logger, clock });
    const current = app;
    const calls: string[] = [];
    const liveStart = current.live.start.bind(current.live);
    vi.spyOn(current.live, "start").mockImplementation(async () => {
      calls.push(`live start (digest ${current.digest ? "built" : "not built"})`);
      await liveStart();
    });
    const liveStop = current.live.stop.bind(current.live);
    vi.spyOn(current.live, "stop").mockImplementation(async () => {
      calls.push(`live stop (store ${current.db.open ? "open" : "closed"})`);
      await liveStop();
    });
    vi.spyOn(current.db, "close").mockImplementation(function (this: unknown) {
      calls.push(`store close (lock ${existsSync(join(dataDir, LOCK_FILE)) ? "held" : "released"})`);
      return BetterSqlite3.prototype.close.call(current.db);
    });
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
    await current.start({ ports: [] });
    const digest = current.digest;
    if (!digest) throw new Error("no digest after start");
    const digestStop = digest.stop.bind(digest);
    vi.spyOn(digest, "stop").mockImplementation(async () => {
      calls.push("digest stop");
      await digestStop();
    });

    await current.stop();
    await current.stop();
    expect(calls).toEqual(["live start (digest not built)", "digest stop", "live stop (store open)", "store close (lock held)"]);
    expect(current.db.open).toBe(false);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it("returns the loading error and leaves the DATA_DIR unlocked when loading the corpus fails", () => {
    const dataDir = dataDirWithStoredArticle();
    const onProgress = () => {
      throw new Error("progress: could not be shown");
    };
    expect(() => createApp(configFor(dataDir), { logger, clock, onProgress })).toThrow("progress: could not be shown");
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    app = createApp(configFor(dataDir), { logger, clock });
    expect(app.core.corpus.byId(STORED_ID)?.title).toBe(PARSED.title);
  });

  it("answers from the stored article at a warm start, then from the file changed since the last run once the files are checked", async () => {
    const root = mkdtempSync(join(tmpdir(), "diemtin-app-warm-"));
    dirs.push(root);
    const corpus = join(root, "corpus");
    mkdirSync(corpus);
    const name = readdirSync(SEEDS_DIR).filter((file) => file.endsWith(".txt")).sort()[0] as string;
    copyFileSync(join(SEEDS_DIR, name), join(corpus, name));
    const config = loadConfig({ env: { SEEDS_DIR: corpus, DATA_DIR: join(root, "data"), CORPUS_WATCH: "false" }, useDotEnv: false });
    const id = name.replace(/\.txt$/, "");
    app = createApp(config, { logger, clock });
    await app.start({ ports: [] });
    expect(await app.filesChecked()).toEqual({ checked: 0, changed: 0, removed: 0 });
    const before = app.core.corpus.byId(id)?.title;
    await app.stop();

    writeFileSync(join(corpus, name), "Hợp tác xã rau sạch Kỳ Lân mở rộng vùng trồng\nĐoạn mở đầu về hợp tác xã.\nĐoạn thân bài về vùng trồng mới.\n");
    app = createApp(config, { logger, clock });
    expect(app.core.corpus.byId(id)?.title).toBe(before);
    await app.start({ ports: [] });
    expect(await app.filesChecked()).toEqual({ checked: 1, changed: 1, removed: 0 });
    expect(app.core.corpus.byId(id)?.title).toBe("Hợp tác xã rau sạch Kỳ Lân mở rộng vùng trồng");
    expect(app.core.search.search("rau sạch Kỳ Lân").map((hit) => hit.id)).toEqual([id]);
  });
});
