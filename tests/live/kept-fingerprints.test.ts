import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createFingerprintMaker, loadCorpus } from "../../src/corpus/index.ts";
import { createLiveCorpus } from "../../src/live/live-corpus.ts";
import { createArticleFileStore, openStore, type ArticleFileStore } from "../../src/store/index.ts";
import { MIGRATIONS } from "../../src/store/migrations.ts";
import { openDatabase } from "../../src/store/open-database.ts";
import { createFeedStore } from "../../src/store/feed-store.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { createCorpusFolders } from "../fixtures/corpus-folder.ts";

const clock = createFixedClock("2026-01-28T00:00:00Z");
const logger = createSilentLogger();
const LIVE = { corpusDirs: [], live: { watch: false, feeds: [], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: false }, adminIds: [] };
const copyText = (i: number) =>
  `# date = 20260127\nQuảng Ninh họp bàn dự án cầu Bạch Đằng mở rộng (bản ${i})\nSáng 27/1, UBND tỉnh Quảng Ninh họp bàn về dự án cầu Bạch Đằng mở rộng với lãnh đạo các sở, ngành và địa phương.\nĐoạn thứ hai của bài nói về cầu Bạch Đằng.\n`;

const FAILING_WORKER = new URL("../fixtures/failing-worker.ts", import.meta.url);
const folders = createCorpusFolders("diemtin-prints-");
afterEach(() => folders.removeAll());

/** The seeds and hand-written articles, with a dozen copies of one story. */
function corpusFolder(): { root: string; corpus: string } {
  const { root, corpus } = folders.make();
  for (let i = 0; i < 12; i++) writeFileSync(join(corpus, `cp${i}.txt`), copyText(i));
  return { root, corpus };
}

/** A file store that records the paths whose fingerprints it saves. */
function recording(store: ArticleFileStore): ArticleFileStore & { readonly saved: string[] } {
  const saved: string[] = [];
  return {
    ...store,
    saveFingerprints(prints) {
      saved.push(...prints.map((print) => print.path));
      store.saveFingerprints(prints);
    },
    saved,
  };
}

/** How a start's fingerprints are made elsewhere: by a real worker, or by one that fails as it loads. */
type Worker = "none" | "real" | "failing";

/** One start: loads the corpus from the folder and store, warms the event grouping up and returns its events. */
async function start(corpus: string, data: string, keep: boolean, worker: Worker = "none") {
  const db = openStore(data, logger);
  try {
    const files = recording(createArticleFileStore(db));
    const loaded = loadCorpus({ corpusDirs: [corpus], snapshotDir: null, files, logger, clock });
    const asked: number[] = [];
    const fingerprintMaker = (articles: number) => {
      asked.push(articles);
      return worker === "none" ? null : createFingerprintMaker({ databasePath: db.name, logger, ...(worker === "failing" ? { workerUrl: FAILING_WORKER } : {}) });
    };
    const live = createLiveCorpus({ corpus: loaded, fingerprints: keep ? loaded.fingerprints : null, fingerprintMaker, store: createFeedStore(db, clock), config: LIVE, logger, clock });
    await live.start();
    await live.eventsReady();
    const events = live.events.events.map((event) => [...event.articleIds].sort()).sort();
    await live.stop();
    const kept = db.prepare("SELECT COUNT(*) FROM corpus_fingerprints").pluck().get();
    return { events, made: files.saved, kept, articles: loaded.articles.length, asked };
  } finally {
    db.close();
  }
}

describe("event fingerprints kept in the store", () => {
  it("returns the same events at a second start without making any fingerprint again", async () => {
    const { root, corpus } = corpusFolder();
    const data = join(root, "data");
    const first = await start(corpus, data, true);
    expect(first.kept).toBe(first.articles);
    expect(first.made).toHaveLength(first.articles);
    expect(first.events.some((event) => event.length >= 12)).toBe(true);
    const second = await start(corpus, data, true);
    expect(second.made).toEqual([]);
    expect(second.events).toEqual(first.events);
    expect((await start(corpus, join(root, "fresh"), false)).events).toEqual(first.events);
  });

  it.each(["real", "failing"] as const)("returns the same events and keeps every fingerprint when a %s worker is asked to make them", async (worker) => {
    const { root, corpus } = corpusFolder();
    const here = await start(corpus, join(root, "here"), true);
    const elsewhere = await start(corpus, join(root, "elsewhere"), true, worker);
    expect(elsewhere.asked).toEqual([elsewhere.articles]);
    expect(elsewhere.kept).toBe(elsewhere.articles);
    expect(elsewhere.events).toEqual(here.events);
    const again = await start(corpus, join(root, "elsewhere"), true, worker);
    expect(again.asked).toEqual([]);
    expect(again.made).toEqual([]);
    expect(again.events).toEqual(here.events);
  });

  it("makes the fingerprint of a file changed since again, from its new text", async () => {
    const { root, corpus } = corpusFolder();
    const data = join(root, "data");
    await start(corpus, data, true);
    writeFileSync(join(corpus, "cp3.txt"), "# date = 20260127\nHà Tĩnh khánh thành nhà máy điện gió ven biển\nSáng 27/1, tỉnh Hà Tĩnh khánh thành nhà máy điện gió ven biển Kỳ Anh.\nĐoạn thứ hai nói về điện gió.\n");
    const changed = await start(corpus, data, true);
    expect(changed.made).toEqual([join(corpus, "cp3.txt")]);
    expect(changed.events.find((event) => event.includes("cp0"))).not.toContain("cp3");
    expect(changed.events).toEqual((await start(corpus, join(root, "fresh"), false)).events);
  });

  it("returns a fingerprint kept in the old columns from its own table after the store's migration, empties the columns, and forgets it when the file is parsed again", () => {
    const { root } = folders.make();
    const path = join(root, "fingerprints.sqlite");
    const before = openDatabase(path, logger, MIGRATIONS.filter((migration) => migration.version < 202));
    before
      .prepare(
        `INSERT INTO corpus_files (path, id, file, size, mtime_ms, content_hash, format, meta_json, texts_json, fingerprint, fingerprint_format)
         VALUES ('/c/a.txt', 'a', 'a.txt', 10, 1, 'h1', 'f', '{}', '[[],[]]', ?, 'p1')`,
      )
      .run(Buffer.from(new Uint32Array([7, 8, 9]).buffer));
    before.close();
    const db = openDatabase(path, logger);
    try {
      const files = createArticleFileStore(db);
      expect([...(files.fingerprint("/c/a.txt", "h1", "p1") ?? [])]).toEqual([7, 8, 9]);
      expect(files.fingerprint("/c/a.txt", "h2", "p1")).toBeNull();
      expect(db.prepare("SELECT COUNT(*) FROM corpus_files WHERE fingerprint IS NOT NULL").pluck().get()).toBe(0);
      const { meta } = JSON.parse('{"meta":{}}') as { meta: Parameters<ArticleFileStore["save"]>[0][number]["meta"] };
      files.save([{ path: "/c/a.txt", id: "a", file: "a.txt", size: 10, mtimeMs: 1, contentHash: "h1", format: "g", meta, texts: { paragraphs: [], captions: [] } }]);
      expect(files.fingerprint("/c/a.txt", "h1", "p1")).toBeNull();
    } finally {
      db.close();
    }
  });
});
