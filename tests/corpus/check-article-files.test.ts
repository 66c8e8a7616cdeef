import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkArticleFiles, type FileCheckChange } from "../../src/corpus/check-article-files.ts";
import { syncArticleFiles } from "../../src/corpus/sync-article-files.ts";
import { createArticleFileStore, openStore } from "../../src/store/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { createRecordingLogger, SEEDS_DIR } from "../fixtures/seeds.ts";

const NEW_TEXT = "Tiêu đề mới của bài\nĐoạn mở đầu mới, viết lại sau khi bài đã được lưu.\nĐoạn thân bài mới hoàn toàn.\n";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A corpus folder with three seed articles, synced once into a store in a fresh data folder. */
function setUp(): { corpus: string; data: string; names: string[]; ids: string[] } {
  const root = mkdtempSync(join(tmpdir(), "diemtin-check-"));
  dirs.push(root);
  const corpus = join(root, "corpus");
  mkdirSync(corpus);
  const names = readdirSync(SEEDS_DIR).filter((name) => name.endsWith(".txt")).sort().slice(0, 3);
  for (const name of names) copyFileSync(join(SEEDS_DIR, name), join(corpus, name));
  const data = join(root, "data");
  const db = openStore(data, createSilentLogger());
  syncArticleFiles([corpus], { store: createArticleFileStore(db), logger: createSilentLogger() });
  db.close();
  return { corpus, data, names, ids: names.map((name) => name.replace(/\.txt$/, "")) };
}

/** A start trusting the store, then the check of what it trusted: the sync, the changes applied and the report. */
async function trustedStart(corpus: string, data: string, logger = createSilentLogger()) {
  const db = openStore(data, logger);
  try {
    const store = createArticleFileStore(db);
    const synced = syncArticleFiles([corpus], { store, logger, trustStored: true });
    const changes: FileCheckChange[] = [];
    const report = await checkArticleFiles(synced.unchecked, { store, logger, apply: (change) => changes.push(change) });
    const again = syncArticleFiles([corpus], { store, logger });
    return { synced, changes, report, again };
  } finally {
    db.close();
  }
}

describe("checkArticleFiles", () => {
  it("returns no change and looks at no file's bytes when nothing changed", async () => {
    const { corpus, data, names } = setUp();
    const { synced, changes, report, again } = await trustedStart(corpus, data);
    expect(synced).toMatchObject({ parsed: 0, reused: names.length });
    expect(synced.unchecked).toHaveLength(names.length);
    expect(report).toEqual({ checked: names.length, changed: 0, removed: 0 });
    expect(changes).toEqual([]);
    expect(again).toMatchObject({ parsed: 0, reused: names.length });
  });

  it("returns the stored article first, then the changed file parsed again, applied and stored", async () => {
    const { corpus, data, names, ids } = setUp();
    writeFileSync(join(corpus, names[1] as string), NEW_TEXT);
    const { synced, changes, report, again } = await trustedStart(corpus, data);
    expect(synced.articles.find((article) => article.id === ids[1])?.title).not.toBe("Tiêu đề mới của bài");
    expect(report).toEqual({ checked: names.length, changed: 1, removed: 0 });
    expect(changes).toHaveLength(1);
    expect(changes[0]?.remove).toEqual([]);
    expect(changes[0]?.upsert.map((input) => [input.id, input.parsed.title])).toEqual([[ids[1], "Tiêu đề mới của bài"]]);
    expect(again).toMatchObject({ parsed: 0, reused: names.length });
    expect(again.articles.find((article) => article.id === ids[1])?.title).toBe("Tiêu đề mới của bài");
  });

  it("returns no change for a file touched without changing its bytes, and stores its new time", async () => {
    const { corpus, data, names } = setUp();
    const later = new Date(Date.UTC(2030, 0, 1));
    utimesSync(join(corpus, names[0] as string), later, later);
    const { changes, report } = await trustedStart(corpus, data);
    expect(report).toEqual({ checked: names.length, changed: 0, removed: 0 });
    expect(changes).toEqual([]);
    const second = await trustedStart(corpus, data);
    expect(second.synced.unchecked.find((file) => file.path === join(corpus, names[0] as string))?.mtimeMs).toBe(later.getTime());
  });

  it("removes a file that became unreadable after the listing, with a warning", async () => {
    const { corpus, data, names, ids } = setUp();
    const logger = createRecordingLogger();
    const db = openStore(data, logger);
    try {
      const store = createArticleFileStore(db);
      const synced = syncArticleFiles([corpus], { store, logger, trustStored: true });
      rmSync(join(corpus, names[2] as string));
      const changes: FileCheckChange[] = [];
      const report = await checkArticleFiles(synced.unchecked, { store, logger, apply: (change) => changes.push(change) });
      expect(report).toEqual({ checked: names.length, changed: 0, removed: 1 });
      expect(changes.flatMap((change) => change.remove)).toEqual([ids[2]]);
      expect(store.entries().map((entry) => entry.id).sort()).toEqual([ids[0], ids[1]]);
      expect(logger.entries.some((entry) => entry.msg === "corpus: skipped file" && entry.obj.file === `corpus/${names[2]}`)).toBe(true);
    } finally {
      db.close();
    }
  });

  it("stops before the next slice when its signal is aborted", async () => {
    const { corpus, data, names } = setUp();
    writeFileSync(join(corpus, names[1] as string), NEW_TEXT);
    const db = openStore(data, createSilentLogger());
    try {
      const store = createArticleFileStore(db);
      const synced = syncArticleFiles([corpus], { store, logger: createSilentLogger(), trustStored: true });
      const changes: FileCheckChange[] = [];
      const report = await checkArticleFiles(synced.unchecked, { store, logger: createSilentLogger(), apply: (change) => changes.push(change), signal: AbortSignal.abort() });
      expect(report).toEqual({ checked: 0, changed: 0, removed: 0 });
      expect(changes).toEqual([]);
    } finally {
      db.close();
    }
  });
});
