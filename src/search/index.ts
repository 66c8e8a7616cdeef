export { SEARCH_OPTIONS, type FieldName } from "./options.ts";
export { createSearchIndex, loadSearchIndex, type SearchHit, type SearchIndex, type SearchOptions } from "./search-index.ts";
export { defaultPlaces, type BuildOptions } from "./build-index.ts";
export { canonicalTerms, documentTerm, queryDocumentTerms } from "./terms.ts";
export { makeSnippet } from "./snippet.ts";
export { corpusKey, loadSnapshot, saveSnapshot } from "./snapshot.ts";
