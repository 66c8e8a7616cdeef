import { describe, expect, it } from "vitest";
import { buildArticleSegment, createIndexHeadStart, toIndexedTexts } from "../../src/search/build-index.ts";
import { buildSegment, type Segment } from "../../src/search/segment.ts";
import type { Article } from "../../src/model/article.ts";
import { makeArticle } from "./fixtures.ts";

const articles = Array.from({ length: 2_500 }, (_, n) =>
  makeArticle({
    id: `a${String(n).padStart(5, "0")}`,
    title: `Tin số ${n % 97} về Hà Nội`,
    lead: `Sáng ${n % 13}, mưa lớn ở ${n % 2 ? "Huế" : "Hue"}.`,
    paragraphs: [`Đoạn ${n} nói về lũ ${n % 7 ? "ở Quảng Ninh" : "tại Quang Ninh"}.`],
    captions: n % 5 ? [] : [`Ảnh ${n}: nước dâng`],
    provinces: { primary: n % 3 ? ["quang-ninh"] : [], mentioned: n % 4 ? [] : ["ha-noi"] },
    people: n % 6 ? [] : [{ name: "Nguyễn Văn An", title: null }],
    documents: n % 9 ? [] : ["Nghị định 100/2019/NĐ-CP"],
  }),
);

const ARRAYS = ["offsets", "postings", "counts", "masks", "frequency", "variantStarts", "variantFrequency", "lengths", "duplicates"] as const;

function expectSameSegment(actual: Segment, expected: Segment): void {
  for (const name of ARRAYS) expect(Array.from(actual[name]), name).toEqual(Array.from(expected[name]));
  expect([...actual.terms]).toEqual([...expected.terms]);
  expect(actual.variants).toEqual(expected.variants);
  expect(actual.ids).toEqual(expected.ids);
  expect(actual.signatures.arrays()).toEqual(expected.signatures.arrays());
}

/** The articles with their paragraphs counted as they are read. */
function counted(list: readonly Article[]): { articles: Article[]; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const articles = list.map((article) => {
    const copy = { ...article };
    Object.defineProperty(copy, "paragraphs", {
      get: () => {
        reads.set(article.id, (reads.get(article.id) ?? 0) + 1);
        return article.paragraphs;
      },
    });
    return copy;
  });
  return { articles, reads };
}

describe("buildArticleSegment", () => {
  it("reports every thousand articles read and the total once the build ends", () => {
    const reported: number[] = [];
    buildArticleSegment(articles, { onIndexed: (done) => reported.push(done) });
    expect(reported).toEqual([1000, 2000, 2500]);
  });

  it("returns the segment buildSegment makes of the articles' texts", () => {
    const segment = buildArticleSegment(articles);
    const expected = buildSegment(articles.map((article) => toIndexedTexts(article)));
    expectSameSegment(segment, expected);
  });

  it("reports 0 when there are no articles", () => {
    const reported: number[] = [];
    expect(buildArticleSegment([], { onIndexed: (done) => reported.push(done) }).ids).toEqual([]);
    expect(reported).toEqual([0]);
  });
});

describe("buildArticleSegment with a head start", () => {
  it("returns the segment a build without one makes when the head start read the first articles", () => {
    const headStart = createIndexHeadStart();
    articles.slice(0, 1_800).forEach((article) => headStart.offer(article));
    expectSameSegment(buildArticleSegment(articles, { headStart }), buildArticleSegment(articles));
  });

  it("reads the texts of the articles the head start read once, and the others twice", () => {
    const headStart = createIndexHeadStart();
    articles.slice(0, 1_800).forEach((article) => headStart.offer(article));
    const { articles: list, reads } = counted(articles);
    buildArticleSegment(list, { headStart });
    expect(reads.get("a00000")).toBe(1);
    expect(reads.get("a01799")).toBe(1);
    expect(reads.get("a01800")).toBe(2);
  });

  it("reports every thousand articles read after the head start's and the total once the build ends", () => {
    const headStart = createIndexHeadStart();
    articles.slice(0, 1_500).forEach((article) => headStart.offer(article));
    const reported: number[] = [];
    buildArticleSegment(articles, { headStart, onIndexed: (done) => reported.push(done) });
    expect(reported).toEqual([2000, 2500]);
  });

  it("builds from scratch when the head start's articles are not the first of the list", () => {
    const headStart = createIndexHeadStart();
    [articles[0], articles[2]].forEach((article) => headStart.offer(article as Article));
    const { articles: list, reads } = counted(articles);
    expectSameSegment(buildArticleSegment(list, { headStart }), buildArticleSegment(articles));
    expect(reads.get("a00000")).toBe(2);
  });

  it("reads nothing more once ids come out of order, and the build then starts from scratch", () => {
    const headStart = createIndexHeadStart();
    [articles[0], articles[1], articles[0]].forEach((article) => headStart.offer(article as Article));
    expect(headStart.take()).toBeNull();
  });

  it("builds from scratch with places of the caller's own", () => {
    const headStart = createIndexHeadStart();
    articles.slice(0, 10).forEach((article) => headStart.offer(article));
    const places = (article: Article) => article.provinces.primary.map((id) => `tỉnh ${id}`);
    expectSameSegment(buildArticleSegment(articles, { headStart, places }), buildArticleSegment(articles, { places }));
  });
});
