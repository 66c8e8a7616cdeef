import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/articles/index.ts";
import { hostileText } from "./arbitraries.ts";
import { fuzzParameters, fuzzTimeout } from "./runs.ts";

const articleText = fc
  .tuple(fc.option(fc.constantFrom("---\ntitle: Tin\ndate: 2026-01-27\n---\n", "title: Tin\nurl: https://example.vn/a\n\n", "")), fc.array(hostileText, { maxLength: 12 }))
  .map(([head, lines]) => (head ?? "") + lines.join("\n"));

describe("parseArticle under arbitrary text", () => {
  it(
    "returns an article with string fields and no exception, for any text",
    () => {
      fc.assert(
        fc.property(articleText, (text) => {
          const parsed = parseArticle(text);
          expect(typeof parsed.title).toBe("string");
          expect(Array.isArray(parsed.paragraphs)).toBe(true);
          for (const paragraph of parsed.paragraphs) expect(typeof paragraph).toBe("string");
          expect(parsed.date === null || /^\d{4}-\d{2}-\d{2}$/.test(parsed.date)).toBe(true);
        }),
        fuzzParameters(),
      );
    },
    fuzzTimeout(),
  );
});
