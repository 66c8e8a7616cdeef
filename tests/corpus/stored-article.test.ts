import { describe, expect, it } from "vitest";
import { createStoredArticle, storedRecordOf, type ArticleMeta } from "../../src/corpus/stored-article.ts";
import { makeArticle } from "../search/fixtures.ts";

const { id: _id, handle: _handle, file: _file, paragraphs: _paragraphs, captions: _captions, ...meta } = makeArticle({ id: "a", title: "Quảng Ninh", paragraphs: ["Một đoạn."] });

describe("createStoredArticle", () => {
  it("returns an article whose paragraphs and captions are read by path each time they are asked for", () => {
    const reads: string[] = [];
    const article = createStoredArticle(meta as ArticleMeta, { id: "a", file: "corpus/a.txt", handle: 1 }, { path: "/x/a.txt", contentHash: "h1" }, (path, file) => {
      reads.push(`${path}|${file}`);
      return { paragraphs: ["Đoạn một."], captions: ["Ảnh."] };
    });
    expect(article.paragraphs).toEqual(["Đoạn một."]);
    expect(article.captions).toEqual(["Ảnh."]);
    expect(reads).toEqual(["/x/a.txt|corpus/a.txt", "/x/a.txt|corpus/a.txt"]);
    expect({ ...article }).not.toHaveProperty("paragraphs");
  });
});

describe("storedRecordOf", () => {
  it("returns the record's path and hash for a stored article and null for another", () => {
    const article = createStoredArticle(meta as ArticleMeta, { id: "a", file: "corpus/a.txt", handle: 1 }, { path: "/x/a.txt", contentHash: "h1" }, () => ({ paragraphs: [], captions: [] }));
    expect(storedRecordOf(article)).toEqual({ path: "/x/a.txt", contentHash: "h1" });
    expect(storedRecordOf(makeArticle({ id: "b" }))).toBeNull();
  });
});
