import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createArticleFileStore, openDatabase, openStore, SUMMARY_FILE, type ArticleFileRecord, type ArticleFileStore } from "../../src/store/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function record(path: string): ArticleFileRecord {
  return { path, id: path, file: path, size: 1, mtimeMs: 2, contentHash: "h", format: "f", meta: { title: path }, texts: { paragraphs: ["p"], captions: [] } };
}

const SUMMARY = Buffer.from("the caller's own bytes");

function withRecord(store: ArticleFileStore): ArticleFileStore {
  store.save([record("/a.txt"), record("/b.txt")]);
  store.saveSummary([SUMMARY]);
  return store;
}

describe("the corpus file store's summary", () => {
  it("returns the bytes kept while no record changed, from the file beside the database", () => {
    const data = mkdtempSync(join(tmpdir(), "diemtin-summary-"));
    dirs.push(data);
    const db = openStore(data, createSilentLogger());
    withRecord(createArticleFileStore(db));
    db.close();
    const again = openStore(data, createSilentLogger());
    expect(Buffer.from(createArticleFileStore(again).summary() ?? [])).toEqual(SUMMARY);
    again.close();
  });

  it("returns null when there is none", () => {
    const db = openDatabase(":memory:", createSilentLogger());
    expect(createArticleFileStore(db).summary()).toBeNull();
  });

  it("returns null once a record is stored, touched or removed after it was kept", () => {
    const changes: ((store: ArticleFileStore) => void)[] = [
      (store) => store.save([record("/c.txt")]),
      (store) => store.touch([{ path: "/a.txt", size: 3, mtimeMs: 4 }]),
      (store) => store.remove(["/b.txt"]),
    ];
    for (const change of changes) {
      const store = withRecord(createArticleFileStore(openDatabase(":memory:", createSilentLogger())));
      expect(store.summary()).not.toBeNull();
      change(store);
      expect(store.summary()).toBeNull();
    }
  });

  it("returns null when the summary file was kept for another database", () => {
    const data = mkdtempSync(join(tmpdir(), "diemtin-summary-"));
    dirs.push(data);
    const other = mkdtempSync(join(tmpdir(), "diemtin-summary-"));
    dirs.push(other);
    const first = openStore(other, createSilentLogger());
    withRecord(createArticleFileStore(first));
    first.close();
    const db = openStore(data, createSilentLogger());
    const store = createArticleFileStore(db);
    store.save([record("/a.txt")]);
    writeFileSync(join(data, SUMMARY_FILE), readFileSync(join(other, SUMMARY_FILE)));
    expect(store.summary()).toBeNull();
    db.close();
  });
});
