import { appendFileSync, cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { articleRecordFormat, parserSourceDigest } from "../../src/corpus/record-format.ts";

const SRC = join(import.meta.dirname, "../../src");

function copyOfSources(): string {
  const root = mkdtempSync(join(tmpdir(), "diemtin-format-"));
  cpSync(SRC, root, { recursive: true });
  return root;
}

describe("parserSourceDigest", () => {
  it("returns the same digest for an unchanged copy of the sources", () => {
    expect(parserSourceDigest(join(copyOfSources(), "corpus"))).toBe(parserSourceDigest(join(SRC, "corpus")));
  });

  it.each([
    ["the parser", "articles/parse-article.ts"],
    ["the gazetteer", "places/gazetteer.json"],
    ["an extractor", "extract/index.ts"],
    ["text normalisation", "text/index.ts"],
    ["the enrichment step", "corpus/load-articles.ts"],
  ])("returns a new digest when %s changes", (_, file) => {
    const root = copyOfSources();
    const before = parserSourceDigest(join(root, "corpus"));
    appendFileSync(join(root, file), file.endsWith(".json") ? "\n" : "\n// changed\n");
    expect(parserSourceDigest(join(root, "corpus"))).not.toBe(before);
  });

  it("returns the same digest when only search code changes", () => {
    const root = copyOfSources();
    const before = parserSourceDigest(join(root, "corpus"));
    appendFileSync(join(root, "search/index.ts"), "\n// changed\n");
    expect(parserSourceDigest(join(root, "corpus"))).toBe(before);
  });
});

describe("articleRecordFormat", () => {
  it("returns the layout and the digest of this source tree", () => {
    expect(articleRecordFormat()).toMatch(/^\d+:[0-9a-f]{16}$/);
    expect(articleRecordFormat().split(":")[1]).toBe(parserSourceDigest(join(SRC, "corpus")));
  });
});
