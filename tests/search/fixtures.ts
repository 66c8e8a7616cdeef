import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../../src/model/article.ts";

let next = 1;

/** An article with defaults for every field the test does not care about. */
export function makeArticle(partial: Partial<Article> & { id: string }): Article {
  return {
    title: "",
    hasHeadline: true,
    date: "2025-01-01",
    source: null,
    author: null,
    url: null,
    lead: "",
    paragraphs: [],
    handle: next++,
    file: `test/${partial.id}.txt`,
    provinces: { primary: [], mentioned: [] },
    people: [],
    documents: [],
    figures: [],
    ...partial,
  };
}

const SEEDS = join(import.meta.dirname, "../../seeds");

/** The real seed files parsed minimally: first non-empty line is the title, the rest paragraphs. */
export function seedArticles(): Article[] {
  return readdirSync(SEEDS)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => {
      const lines = readFileSync(join(SEEDS, file), "utf8")
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
      const [title = "", ...paragraphs] = lines;
      return makeArticle({ id: file.replace(/\.txt$/, ""), title, paragraphs });
    });
}
