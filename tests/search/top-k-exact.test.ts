import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSearchIndex } from "../../src/search/index.ts";
import { makeArticle } from "./fixtures.ts";

const WORDS = ["hơn", "hôn", "thì", "thi", "vẫn", "văn", "và", "của", "kinh", "tế", "biển", "đảo"];
const pick = fc.constantFrom(...WORDS);
const text = fc.array(pick, { minLength: 1, maxLength: 12 }).map((words) => words.join(" "));
const article = fc.record({
  title: text,
  lead: text,
  paragraphs: fc.array(text, { minLength: 1, maxLength: 4 }),
  date: fc.constantFrom("2025-01-01", "2025-03-02", null),
});
const fold = (word: string) => word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d");

describe("a ranking cut to the best few", () => {
  it("returns the first hits of the full ranking, scores included, when many articles hold every word", () => {
    fc.assert(
      fc.property(
        fc.array(article, { minLength: 1, maxLength: 60 }),
        fc.array(pick, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.integer({ min: 1, max: 12 }),
        (drafts, words, unmarked, limit) => {
          const index = createSearchIndex(drafts.map((draft, at) => makeArticle({ id: `a${String(at).padStart(2, "0")}`, ...draft })));
          const query = (unmarked ? words.map(fold) : words).join(" ");
          const full = index.search(query, { limit: 1000 });
          const hits = (options: { distinct?: boolean }) => index.search(query, { limit, ...options });
          expect(hits({})).toEqual(full.slice(0, limit));
          const distinct = index.search(query, { limit: 1000, distinct: true });
          expect(hits({ distinct: true })).toEqual(distinct.slice(0, limit));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("keeps articles tied with the last one kept in date and id order", () => {
    const same = { title: "Kinh tế biển", lead: "Kinh tế biển đảo", paragraphs: ["Kinh tế biển."] };
    const articles = ["c", "a", "b", "d"].map((id, at) => makeArticle({ id, ...same, lead: `${same.lead} ${id}`, date: at % 2 === 0 ? "2025-01-01" : "2025-02-01" }));
    const index = createSearchIndex(articles);
    const full = index.search("kinh te bien", { limit: 10 }).map((hit) => hit.id);
    expect(full).toEqual(["a", "d", "b", "c"]);
    expect(index.search("kinh te bien", { limit: 2 }).map((hit) => hit.id)).toEqual(["a", "d"]);
  });
});
