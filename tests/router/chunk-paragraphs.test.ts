import { describe, expect, it } from "vitest";
import { chunkParagraphs } from "../../src/router/chunk-paragraphs.ts";

describe("chunkParagraphs", () => {
  it("returns one page when everything fits", () => {
    expect(chunkParagraphs(["a b", "c d"], 100)).toEqual([["a b", "c d"]]);
  });

  it("returns pages no longer than the limit, cut between words", () => {
    const long = Array.from({ length: 400 }, (_, i) => `từ${i}`).join(" ");
    const pages = chunkParagraphs([long, "kết"], 300);
    for (const page of pages) expect(page.join("").length).toBeLessThanOrEqual(300);
    expect(pages.flat().join(" ")).toBe(`${long} kết`);
  });
});
