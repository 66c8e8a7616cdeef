import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { loadArticles } from "../../src/corpus/load-articles.ts";
import { syncArticleFiles } from "../../src/corpus/sync-article-files.ts";
import { encodeRecordSummary } from "../../src/corpus/record-summary.ts";
import { createArticleFileStore, DATABASE_FILE, openStore, SUMMARY_FILE } from "../../src/store/index.ts";
import { isDiemtinError } from "../../src/util/errors.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { createRecordingLogger, SEEDS_DIR } from "../fixtures/seeds.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A corpus folder with the first `count` seed articles and an empty data folder. */
function setUp(count = 4): { corpus: string; data: string; names: string[] } {
  const root = mkdtempSync(join(tmpdir(), "diemtin-files-"));
  dirs.push(root);
  const corpus = join(root, "corpus");
  mkdirSync(corpus);
  const names = readdirSync(SEEDS_DIR).filter((name) => name.endsWith(".txt")).sort().slice(0, count);
  for (const name of names) copyFileSync(join(SEEDS_DIR, name), join(corpus, name));
  return { corpus, data: join(root, "data"), names };
}

/** One start: opens the store file, syncs the folder, reads every article's texts, closes. */
function start(corpus: string, data: string, logger = createSilentLogger(), trustStored = false) {
  const db = openStore(data, logger);
  try {
    const synced = syncArticleFiles([corpus], { store: createArticleFileStore(db), logger, trustStored });
    const texts = synced.articles.map((article) => ({ id: article.id, title: article.title, paragraphs: [...article.paragraphs], captions: [...(article.captions ?? [])] }));
    return { ...synced, texts };
  } finally {
    db.close();
  }
}

describe("syncArticleFiles", () => {
  it("returns the articles the parser makes, handles in id order, texts read back from the store", () => {
    const { corpus, data } = setUp();
    const first = start(corpus, data);
    const parsed = loadArticles([corpus], createSilentLogger());
    expect(first.parsed).toBe(parsed.length);
    expect(first.articles.map((article) => [article.id, article.handle, article.date, article.people])).toEqual(parsed.map((article) => [article.id, article.handle, article.date, article.people]));
    expect(first.texts).toEqual(parsed.map((article) => ({ id: article.id, title: article.title, paragraphs: article.paragraphs, captions: article.captions ?? [] })));
  });

  it("tells onParsed of each file parsed, in the order listed, with the meta and texts it stores", () => {
    const { corpus, data, names } = setUp();
    const db = openStore(data, createSilentLogger());
    try {
      const told: { id: string; title: string; paragraphs: readonly string[] }[] = [];
      const synced = syncArticleFiles([corpus], { store: createArticleFileStore(db), logger: createSilentLogger(), onParsed: ({ id, meta, texts }) => told.push({ id, title: meta.title, paragraphs: texts.paragraphs }) });
      expect(told.map((item) => item.id)).toEqual(names.map((name) => name.replace(/\.txt$/, "")));
      expect(told).toEqual(synced.articles.map((article) => ({ id: article.id, title: article.title, paragraphs: [...article.paragraphs] })));
    } finally {
      db.close();
    }
  });

  it("parses no file on a second start when nothing changed", () => {
    const { corpus, data, names } = setUp();
    const first = start(corpus, data);
    const second = start(corpus, data);
    expect(second).toMatchObject({ parsed: 0, reused: names.length, removed: 0 });
    expect(second.texts).toEqual(first.texts);
    expect(second.contents).toEqual(first.contents);
  });

  it("parses only the file whose text changed, and its new text is what is read", () => {
    const { corpus, data, names } = setUp();
    start(corpus, data);
    const changed = join(corpus, names[1] as string);
    writeFileSync(changed, "Tiêu đề mới của bài\nĐoạn mở đầu mới, viết lại sau khi bài đã được lưu.\nĐoạn thân bài mới hoàn toàn.\n");
    const second = start(corpus, data);
    expect(second).toMatchObject({ parsed: 1, reused: names.length - 1, removed: 0 });
    expect(second.texts.find((text) => text.id === (names[1] as string).replace(/\.txt$/, ""))).toMatchObject({ title: "Tiêu đề mới của bài", paragraphs: ["Đoạn thân bài mới hoàn toàn."] });
  });

  it("does not parse a file touched without changing its bytes, and keeps its new time", () => {
    const { corpus, data, names } = setUp();
    start(corpus, data);
    const later = new Date(Date.UTC(2030, 0, 1));
    utimesSync(join(corpus, names[0] as string), later, later);
    expect(start(corpus, data)).toMatchObject({ parsed: 0, reused: names.length });
    const db = new BetterSqlite3(join(data, DATABASE_FILE));
    const stored = db.prepare("SELECT mtime_ms FROM corpus_files WHERE path = ?").pluck().get(join(corpus, names[0] as string));
    db.close();
    expect(stored).toBe(later.getTime());
  });

  it("forgets a deleted file: its article is gone and its record removed", () => {
    const { corpus, data, names } = setUp();
    start(corpus, data);
    rmSync(join(corpus, names[2] as string));
    const second = start(corpus, data);
    const id = (names[2] as string).replace(/\.txt$/, "");
    expect(second).toMatchObject({ parsed: 0, removed: 1 });
    expect(second.articles.map((article) => article.id)).not.toContain(id);
    const db = new BetterSqlite3(join(data, DATABASE_FILE));
    expect(db.prepare("SELECT COUNT(*) FROM corpus_files").pluck().get()).toBe(names.length - 1);
    db.close();
  });

  it("parses a file again when its stored record does not read", () => {
    const { corpus, data, names } = setUp();
    const first = start(corpus, data);
    const db = new BetterSqlite3(join(data, DATABASE_FILE));
    db.prepare("UPDATE corpus_files SET meta_json = ? WHERE path = ?").run("{not json", join(corpus, names[0] as string));
    db.prepare("UPDATE corpus_files SET meta_json = ? WHERE path = ?").run('{"title": 3}', join(corpus, names[1] as string));
    db.close();
    const second = start(corpus, data);
    expect(second).toMatchObject({ parsed: 2, reused: names.length - 2 });
    expect(second.texts).toEqual(first.texts);
  });

  it("reads empty texts and warns once when a record's texts are damaged", () => {
    const { corpus, data, names } = setUp(2);
    start(corpus, data);
    const db = new BetterSqlite3(join(data, DATABASE_FILE));
    db.prepare("UPDATE corpus_files SET texts_json = ? WHERE path = ?").run("[1,", join(corpus, names[0] as string));
    db.close();
    const logger = createRecordingLogger();
    const second = start(corpus, data, logger);
    expect(second.texts[0]).toMatchObject({ paragraphs: [], captions: [] });
    expect(logger.entries.filter((entry) => entry.msg === "corpus: stored texts could not be read")).toHaveLength(1);
  });

  it("parses every file again when the records were made by another parser version", () => {
    const { corpus, data, names } = setUp();
    start(corpus, data);
    const db = new BetterSqlite3(join(data, DATABASE_FILE));
    db.prepare("UPDATE corpus_files SET format = 'older'").run();
    db.close();
    expect(start(corpus, data)).toMatchObject({ parsed: names.length, reused: 0 });
  });
});

describe("syncArticleFiles with the records' summary", () => {
  it("returns the same articles from the summary on a start after one that wrote it", () => {
    const { corpus, data, names } = setUp();
    const first = start(corpus, data);
    const second = start(corpus, data, createSilentLogger(), true);
    expect(first.summarized).toBe(false);
    expect(second).toMatchObject({ summarized: true, parsed: 0, reused: names.length });
    expect(second.texts).toEqual(first.texts);
    expect(second.contents).toEqual(first.contents);
    expect(second.articles.map((article) => ({ ...article }))).toEqual(first.articles.map((article) => ({ ...article })));
    expect(second.unchecked.map((file) => file.path).sort()).toEqual(names.map((name) => join(corpus, name)).sort());
  });

  it("parses a file added and forgets one removed while the store was closed, the summary read", () => {
    const { corpus, data, names } = setUp();
    start(corpus, data);
    rmSync(join(corpus, names[0] as string));
    writeFileSync(join(corpus, "zz-new.txt"), "Tiêu đề mới của bài\nĐoạn mở đầu mới, viết lại sau khi bài đã được lưu.\nĐoạn thân bài mới hoàn toàn.\n");
    const second = start(corpus, data, createSilentLogger(), true);
    expect(second).toMatchObject({ summarized: true, parsed: 1, removed: 1, reused: names.length - 1 });
    expect(second.articles.map((article) => article.id)).toEqual([...names.slice(1).map((name) => name.replace(/\.txt$/, "")), "zz-new"]);
    expect(start(corpus, data, createSilentLogger(), true)).toMatchObject({ summarized: true, parsed: 0, removed: 0 });
  });

  it("does not read the summary when a record changed after it was written", () => {
    const { corpus, data, names } = setUp();
    start(corpus, data);
    const db = new BetterSqlite3(join(data, DATABASE_FILE));
    db.prepare("UPDATE corpus_files SET meta_json = ? WHERE path = ?").run("{not json", join(corpus, names[0] as string));
    db.close();
    expect(start(corpus, data, createSilentLogger(), true)).toMatchObject({ summarized: false, parsed: 1, reused: names.length - 1 });
    expect(start(corpus, data, createSilentLogger(), true)).toMatchObject({ summarized: true, parsed: 0 });
  });

  it("reads the rows when the summary file is cut short, and writes it again", () => {
    const { corpus, data, names } = setUp();
    const first = start(corpus, data);
    const path = join(data, SUMMARY_FILE);
    writeFileSync(path, readFileSync(path).subarray(0, 200));
    const second = start(corpus, data, createSilentLogger(), true);
    expect(second).toMatchObject({ summarized: false, parsed: 0, reused: names.length });
    expect(second.texts).toEqual(first.texts);
    expect(start(corpus, data, createSilentLogger(), true)).toMatchObject({ summarized: true, parsed: 0 });
  });

  it("parses every file again when the summary holds records of another parser version", () => {
    const { corpus, data, names } = setUp();
    const first = start(corpus, data);
    const db = openStore(data, createSilentLogger());
    const store = createArticleFileStore(db);
    const older = first.articles.map((article) => {
      const { id, file, handle: _handle, ...meta } = { ...article };
      return { path: join(corpus, file.slice(file.indexOf("/") + 1)), id, file, size: 1, mtimeMs: 1, contentHash: "x", format: "older", meta };
    });
    store.saveSummary(encodeRecordSummary(older));
    db.close();
    expect(start(corpus, data, createSilentLogger(), true)).toMatchObject({ summarized: true, parsed: names.length, reused: 0 });
    expect(start(corpus, data, createSilentLogger(), true)).toMatchObject({ summarized: true, parsed: 0, reused: names.length });
  });

  it("keeps the summary's stamps, so a file changed while the store was closed is still checked", () => {
    const { corpus, data, names } = setUp();
    start(corpus, data);
    const later = new Date(Date.UTC(2030, 0, 1));
    utimesSync(join(corpus, names[0] as string), later, later);
    const trusted = start(corpus, data, createSilentLogger(), true);
    expect(trusted.summarized).toBe(true);
    expect(trusted.unchecked.find((file) => file.path === join(corpus, names[0] as string))?.mtimeMs).not.toBe(later.getTime());
    expect(start(corpus, data)).toMatchObject({ summarized: true, parsed: 0 });
    expect(start(corpus, data, createSilentLogger(), true).unchecked.find((file) => file.path === join(corpus, names[0] as string))?.mtimeMs).toBe(later.getTime());
  });
});

describe("the article store file", () => {
  it("throws STORE_FAILED saying the migration failed when the store file belongs to another program", () => {
    const { data } = setUp(1);
    mkdirSync(data);
    const foreign = new BetterSqlite3(join(data, DATABASE_FILE));
    foreign.exec("CREATE TABLE corpus_files (name TEXT)");
    foreign.close();
    let error: unknown = null;
    try {
      openStore(data, createSilentLogger()).close();
    } catch (caught) {
      error = caught;
    }
    expect(isDiemtinError(error, "STORE_FAILED")).toBe(true);
    expect((error as Error).message).toContain(`${join(data, DATABASE_FILE)}: migration failed`);
  });
});
