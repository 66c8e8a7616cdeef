export { createSearchIndex, DEFAULT_LIMIT, type SearchHit, type SearchIndex, type SearchOptions } from "./search-index.ts";
export { defaultPlaces, toIndexedTexts, type BuildOptions } from "./build-index.ts";
export { documentTerm, queryDocumentTerms } from "./terms.ts";
export { articleContentKey, corpusKey, corpusKeyOf, loadSnapshot, loadStaleSnapshot, readSnapshot, saveSnapshot, snapshotBytes } from "./snapshot.ts";
export type { ContentOf } from "./snapshot.ts";
