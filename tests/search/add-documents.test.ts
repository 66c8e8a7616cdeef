import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { addDocuments } from "../../src/search/add-documents.ts";
import { SEARCH_OPTIONS, toSearchDocument, type SearchDocument } from "../../src/search/index.ts";
import { PairSignatures } from "../../src/search/pair-signatures.ts";
import { makeArticle, seedArticles } from "./fixtures.ts";

interface Internals {
  _index: Iterable<[string, Map<number, Map<number, number>>]>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentIds: Map<number, string>;
}

/** Everything MiniSearch scores with: per term and field its postings, and the field lengths. */
function contents(mini: MiniSearch<SearchDocument>) {
  const internals = mini as unknown as Internals;
  const postings: Record<string, string> = {};
  for (const [term, data] of internals._index) {
    const fields = [...data]
      .filter(([, list]) => list.size > 0)
      .sort((a, b) => a[0] - b[0])
      .map(([field, list]) => `${field}:${[...list].map(([id, count]) => `${id}=${count}`).join(",")}`);
    if (fields.length > 0) postings[term] = fields.join(" ");
  }
  return { postings, lengths: [...internals._fieldLength], averages: internals._avgFieldLength, ids: [...internals._documentIds] };
}

const repeated = makeArticle({ id: "repeated", title: "Hạ Long", paragraphs: [Array.from({ length: 300 }, () => "Hạ Long").join(", ")] });
const documents = [...seedArticles(), repeated].map((article) => toSearchDocument(article));

describe("addDocuments", () => {
  it("builds the postings, field lengths and averages MiniSearch#add builds", () => {
    const expected = new MiniSearch<SearchDocument>(SEARCH_OPTIONS.miniSearch);
    for (const document of documents) expected.add(document);
    const built = new MiniSearch<SearchDocument>(SEARCH_OPTIONS.miniSearch);
    addDocuments(built, new PairSignatures(), documents);
    expect(contents(built)).toEqual(contents(expected));
  });

  it("appends to the existing lists when documents are added later", () => {
    const expected = new MiniSearch<SearchDocument>(SEARCH_OPTIONS.miniSearch);
    for (const document of documents) expected.add(document);
    const built = new MiniSearch<SearchDocument>(SEARCH_OPTIONS.miniSearch);
    addDocuments(built, null, documents.slice(0, 3));
    for (const document of documents.slice(3)) addDocuments(built, null, [document]);
    expect(contents(built)).toEqual(contents(expected));
  });

  it("throws when a document id is already indexed", () => {
    const built = new MiniSearch<SearchDocument>(SEARCH_OPTIONS.miniSearch);
    addDocuments(built, null, documents.slice(0, 1));
    expect(() => addDocuments(built, null, documents.slice(0, 1))).toThrow(/duplicate ID/);
  });
});
