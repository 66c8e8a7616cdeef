export { createCore, loadCore } from "./create-core.ts";
export type { Core, CoreDeps, CoreLoadOptions } from "./create-core.ts";
export { createCorpusIndex, personKey, documentKey } from "./corpus-index.ts";
export type { CorpusIndex, PersonMention, ProvinceArticles } from "./corpus-index.ts";
export { buildArticles, loadArticles } from "./load-articles.ts";
export type { SourceText } from "./load-articles.ts";
export { compareNewestFirst } from "./compare-articles.ts";
