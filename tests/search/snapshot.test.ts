import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { corpusKey, createSearchIndex, loadSnapshot, saveSnapshot } from "../../src/search/index.ts";
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
