import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/articles/index.ts";
import { extractEntities } from "../../src/extract/index.ts";
import type { ParsedArticle } from "../../src/model/article.ts";
import { readFixture, readSeed } from "../fixtures/seeds.ts";

describe("extractEntities", () => {
  it("returns the people, documents and figures of an article from title, lead and paragraphs", () => {
    const entities = extractEntities(parseArticle(readSeed("001")));
    expect(entities.people.map((person) => person.name)).toEqual(["Tô Lâm", "Quản Minh Cường", "Phạm Minh Chính"]);
    expect(entities.documents).toEqual([]);
    expect(entities.figures.map((figure) => figure.indicator)).toEqual(["GRDP", "thu ngân sách"]);
  });

  it("returns the figure year of \"năm nay\" from the article date", () => {
    const entities = extractEntities(parseArticle(readFixture("front-matter.md")));
    expect(entities).toEqual({
      people: [{ name: "Cao Tường Huy", title: "Chủ tịch UBND tỉnh" }],
      documents: ["17-NQ/TU"],
      figures: [{ indicator: "vốn đầu tư", value: 1200, raw: "1.200", unit: "tỷ đồng", year: null, local: false }],
    });
    const article: ParsedArticle = { ...parseArticle("Tin ngắn.\nĐoạn hai."), date: "2022-05-01", lead: "Thu ngân sách năm nay đạt 900 tỷ đồng." };
    expect(extractEntities(article).figures).toEqual([{ indicator: "thu ngân sách", value: 900, raw: "900", unit: "tỷ đồng", year: 2022, local: false }]);
  });

  it("returns people named only in a headline, and skips a title made from the lead", () => {
    const base = parseArticle("Tin ngắn.\nĐoạn hai.");
    const headline: ParsedArticle = { ...base, title: "Thủ tướng Phạm Minh Chính thăm Quảng Ninh", hasHeadline: true };
    expect(extractEntities(headline).people).toEqual([{ name: "Phạm Minh Chính", title: "Thủ tướng" }]);
    const leadTitle: ParsedArticle = { ...base, title: "Thủ tướng Phạm Minh Chính thăm Quảng Ninh", hasHeadline: false };
    expect(extractEntities(leadTitle).people).toEqual([]);
  });
});
