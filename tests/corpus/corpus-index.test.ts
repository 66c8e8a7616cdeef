import { describe, expect, it } from "vitest";
import { makeArticle } from "../search/fixtures.ts";
import { createCorpusIndex } from "../../src/corpus/corpus-index.ts";

describe("createCorpusIndex byProvince", () => {
  const articles = [
    makeArticle({ id: "a", date: "2025-01-01", provinces: { primary: ["quang-ninh"], mentioned: ["ha-noi"] } }),
    makeArticle({ id: "b", date: "2025-02-01", provinces: { primary: ["quang-ninh"], mentioned: [] } }),
  ];
  const corpus = createCorpusIndex(articles);

  it("returns the same object for a province when asked again", () => {
    expect(corpus.byProvince("quang-ninh")).toBe(corpus.byProvince("quang-ninh"));
    expect(corpus.byProvince("ha-noi")).toBe(corpus.byProvince("ha-noi"));
  });

  it("returns primary articles newest first and mentions apart", () => {
    expect(corpus.byProvince("quang-ninh").primary.map((article) => article.id)).toEqual(["b", "a"]);
    expect(corpus.byProvince("ha-noi")).toEqual({ primary: [], mentioned: [articles[0]] });
  });

  it("returns another object once the corpus is rebuilt", () => {
    expect(createCorpusIndex(articles).byProvince("quang-ninh")).not.toBe(corpus.byProvince("quang-ninh"));
  });

  it("returns empty lists for a province without articles", () => {
    expect(corpus.byProvince("ca-mau")).toEqual({ primary: [], mentioned: [] });
  });
});
