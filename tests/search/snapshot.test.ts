import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createSearchIndex, loadSnapshot, loadStaleSnapshot, saveSnapshot } from "../../src/search/index.ts";
import { corpusKey } from "../../src/search/snapshot.ts";
import { makeArticle, seedArticles } from "./fixtures.ts";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "diemtin-search-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("snapshots", () => {
  const articles = seedArticles();
  const index = createSearchIndex(articles);
  const key = corpusKey(articles);

  it("returns identical results after a save and load", () => {
    const path = join(tempDir(), "nested", "search-index.json");
    saveSnapshot(path, index, key);
    const loaded = loadSnapshot(path, articles, key);
    expect(loaded).not.toBeNull();
    for (const query of ["Tô Lâm", "quang ninh", '"tăng trưởng GRDP"', "Lạng Sơn", "24-CT/TW"]) {
      expect(loaded?.search(query)).toEqual(index.search(query));
    }
  });

  it("leaves no temporary file behind", () => {
    const dir = tempDir();
    saveSnapshot(join(dir, "search-index.json"), index, key);
    expect(readdirSync(dir)).toEqual(["search-index.json"]);
  });

  it("returns null when the corpus key differs", () => {
    const path = join(tempDir(), "search-index.json");
    saveSnapshot(path, index, key);
    expect(loadSnapshot(path, articles, corpusKey(articles.slice(1)))).toBeNull();
  });

  it("returns the index of the bytes the reader gives, the file naming only the header", () => {
    const path = join(tempDir(), "search-index.json");
    saveSnapshot(path, index, key);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.indexOf(10) + 1));
    expect(loadSnapshot(path, articles, key)).toBeNull();
    expect(loadSnapshot(path, articles, key, () => bytes)?.search("Tô Lâm")).toEqual(index.search("Tô Lâm"));
  });

  it("returns null when the reader's bytes are of another corpus than the file's header", () => {
    const path = join(tempDir(), "search-index.json");
    saveSnapshot(path, index, key);
    const other = join(tempDir(), "other.json");
    saveSnapshot(other, index, corpusKey(articles.slice(1)));
    expect(loadSnapshot(path, articles, key, () => readFileSync(other))).toBeNull();
  });

  it("returns null when the file is missing", () => {
    expect(loadSnapshot(join(tempDir(), "absent.json"), articles, key)).toBeNull();
  });

  it.each([
    ["garbage", "not a snapshot at all"],
    ["a truncated body", (full: string) => full.slice(0, Math.floor(full.length / 2))],
    ["a wrong format version", (full: string) => full.replace(/^diemtin-search \d+ /, "diemtin-search 999 ")],
    ["mangled document ids", (full: string) => full.replace(/"documentIds":\{[^}]*\}/, '"documentIds":{}')],
    ["a body that is not a MiniSearch index", (full: string) => full.replace(/\n[\s\S]*$/, '\n{"index":5}')],
  ])("returns null without throwing for %s", (_name, content) => {
    const path = join(tempDir(), "search-index.json");
    saveSnapshot(path, index, key);
    const full = readFileSync(path, "utf8");
    writeFileSync(path, typeof content === "string" ? content : content(full));
    expect(() => loadSnapshot(path, articles, key)).not.toThrow();
    expect(loadSnapshot(path, articles, key)).toBeNull();
  });

  /** The snapshot's bytes with one Int32 of its postings set, at the start or end of a list. */
  function withPosting(full: Buffer, at: "first" | "last", value: number): Buffer {
    const headerEnd = full.indexOf(10);
    const jsonEnd = full.indexOf(10, headerEnd + 1);
    const meta = JSON.parse(full.subarray(headerEnd + 1, jsonEnd).toString("utf8")) as { segments: { arrays: Record<string, [number, number]> }[] };
    const arrays = meta.segments[0]!.arrays;
    const [postings, count] = arrays.postings!;
    const copy = Buffer.from(full);
    copy.writeInt32LE(value, jsonEnd + 1 + postings + (at === "first" ? 0 : (count - 1) * 4));
    return copy;
  }

  it.each([
    ["starts below 0", "first", -1],
    ["ends past the last article", "last", 1_000_000],
  ] as const)("returns null when a posting list %s", (_name, at, value) => {
    const path = join(tempDir(), "search-index.json");
    saveSnapshot(path, index, key);
    writeFileSync(path, withPosting(readFileSync(path), at, value));
    expect(loadSnapshot(path, articles, key)).toBeNull();
  });
});

describe("corpusKey", () => {
  const base = [makeArticle({ id: "a", title: "Quảng Ninh", paragraphs: ["Một đoạn."] })];

  it("returns the same key for the same content", () => {
    expect(corpusKey(base)).toBe(corpusKey([makeArticle({ ...base[0], id: "a" })]));
  });

  it.each([
    ["title", { title: "Quảng Nam" }],
    ["paragraphs", { paragraphs: ["Hai đoạn."] }],
    ["documents", { documents: ["24-CT/TW"] }],
    ["people", { people: [{ name: "Tô Lâm", title: null }] }],
    ["provinces", { provinces: { primary: ["quang-ninh"], mentioned: [] } }],
    ["date", { date: "2020-02-02" }],
  ])("returns another key when the %s change", (_field, change) => {
    expect(corpusKey([makeArticle({ ...base[0], ...change, id: "a" })])).not.toBe(corpusKey(base));
  });
});

describe("stale snapshots", () => {
  const articles = seedArticles();
  const contentOf = (article: { id: string; lead: string }) => `${article.id}:${article.lead}`;

  // NOTE: the same articles, not the same order: a removed article's words still count in the
  // saved segment's document frequencies until it is rebuilt, as after any live removal.
  it("returns an index finding the changed article by its new words, not the removed one, and the saved rest", () => {
    const path = join(tempDir(), "search-index.json");
    const byId = new Map(articles.map((article) => [article.id, article]));
    saveSnapshot(path, createSearchIndex(articles), corpusKey(articles), (id) => contentOf(byId.get(id) as (typeof articles)[number]));
    const [changed, removed, ...rest] = articles;
    const edited = { ...(changed as (typeof articles)[number]), lead: "Hợp tác xã nuôi cá tầm ở Sa Pa xuất khẩu lô đầu tiên." };
    const now = [edited, ...rest];
    const stale = loadStaleSnapshot(path, now, contentOf);
    expect(stale?.changed).toBe(2);
    const fresh = createSearchIndex(now);
    for (const query of ["cá tầm Sa Pa", removed?.title ?? "", changed?.title ?? "", "quang ninh", "Tô Lâm"]) {
      expect(stale?.index.search(query).map((hit) => hit.id).sort()).toEqual(fresh.search(query).map((hit) => hit.id).sort());
    }
    expect(stale?.index.search("cá tầm Sa Pa")[0]?.id).toBe(edited.id);
    expect(stale?.index.documentCount).toBe(now.length);
  });

  it("returns null when more articles changed than allowed, and the updated index when as many did", () => {
    const path = join(tempDir(), "search-index.json");
    const byId = new Map(articles.map((article) => [article.id, article]));
    saveSnapshot(path, createSearchIndex(articles), corpusKey(articles), (id) => contentOf(byId.get(id) as (typeof articles)[number]));
    const [changed, ...rest] = articles;
    const now = [{ ...(changed as (typeof articles)[number]), lead: "Một đoạn mở đầu khác hẳn." }, ...rest];
    expect(loadStaleSnapshot(path, now, contentOf, readFileSync, 0)).toBeNull();
    expect(loadStaleSnapshot(path, now, contentOf, readFileSync, 1)?.changed).toBe(1);
  });

  it("returns null for a snapshot saved without content keys", () => {
    const path = join(tempDir(), "search-index.json");
    saveSnapshot(path, createSearchIndex(articles), corpusKey(articles));
    expect(loadStaleSnapshot(path, articles, contentOf)).toBeNull();
  });
});
