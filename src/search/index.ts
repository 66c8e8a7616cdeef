export { SEARCH_OPTIONS, type FieldName, type SearchDocument } from "./options.ts";
export { createSearchIndex, loadSearchIndex, type SearchIndex, type SearchOptions } from "./search-index.ts";
export type { SearchHit } from "./rank-hits.ts";
export { defaultPlaces, toSearchDocument, type BuildOptions } from "./build-index.ts";
export { canonicalTerms, documentTerm, foldedSyllables, foldedTerms, queryDocumentTerms } from "./terms.ts";
export { makeSnippet, makeRangeSnippet } from "./snippet.ts";
export type { FindRanges } from "./snippet.ts";
export { corpusKey, loadSnapshot, saveSnapshot } from "./snapshot.ts";
