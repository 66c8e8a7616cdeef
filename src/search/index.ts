// The search engine's whole surface: build an index over articles, search it, update it, and
// save or load it as a snapshot. Tests and benches of its internals import their modules.
export { createSearchIndex, type SearchHit, type SearchIndex, type SearchOptions } from "./search-index.ts";
export { createIndexHeadStart, type IndexHeadStart } from "./build-index.ts";
export { articleContentKey, corpusKeyOf, loadSnapshot, loadStaleSnapshot, saveSnapshot, SNAPSHOT_PREFIX, type SnapshotReader } from "./snapshot.ts";
