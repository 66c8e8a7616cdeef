import { describe, expect, it } from "vitest";
import { buildArticleSegment, toIndexedTexts } from "../../src/search/build-index.ts";
import { buildSegment } from "../../src/search/segment.ts";
import { makeArticle } from "./fixtures.ts";

const articles = Array.from({ length: 2_500 }, (_, n) =>
  makeArticle({ id: `a${n}`, title: `Tin số ${n % 97} về Hà Nội`, lead: `Sáng ${n % 13}, mưa lớn ở ${n % 2 ? "Huế" : "Hue"}.`, paragraphs: [`Đoạn ${n} nói về lũ.`] }),
);

describe("buildArticleSegment", () => {
  it("reports every thousand articles read and the total once the build ends", () => {
    const reported: number[] = [];
    buildArticleSegment(articles, { onIndexed: (done) => reported.push(done) });
    expect(reported).toEqual([1000, 2000, 2500]);
  });

  it("returns the segment buildSegment makes of the articles' texts", () => {
    const segment = buildArticleSegment(articles);
    const expected = buildSegment(articles.map((article) => toIndexedTexts(article)));
    for (const name of ["offsets", "postings", "counts", "masks", "frequency", "variantStarts", "variantFrequency", "lengths", "duplicates"] as const) {
      expect(Array.from(segment[name]), name).toEqual(Array.from(expected[name]));
    }
    expect([...segment.terms]).toEqual([...expected.terms]);
    expect(segment.variants).toEqual(expected.variants);
  });

  it("reports 0 when there are no articles", () => {
    const reported: number[] = [];
    expect(buildArticleSegment([], { onIndexed: (done) => reported.push(done) }).ids).toEqual([]);
    expect(reported).toEqual([0]);
  });
});
