import { describe, expect, it } from "vitest";
import { toIndexedTexts } from "../../src/search/build-index.ts";
import { buildSegment } from "../../src/search/segment.ts";
import { seedArticles } from "./fixtures.ts";

describe("buildSegment", () => {
  it("returns the same segment whether its build tuples fill one block or many small ones", () => {
    const texts = seedArticles().map((article) => toIndexedTexts(article));
    const whole = buildSegment(texts);
    const blocks = buildSegment(texts, 7);
    expect(blocks.postings.length).toBeGreaterThan(7 * 10);
    for (const name of ["offsets", "postings", "counts", "masks", "frequency", "variantStarts", "variantFrequency", "lengths", "duplicates"] as const) {
      expect(Array.from(blocks[name]), name).toEqual(Array.from(whole[name]));
    }
    expect([...blocks.terms]).toEqual([...whole.terms]);
  });
});
