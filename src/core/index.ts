export { createCore, loadCore } from "./create-core.ts";
export type { ArticleInput, Core, CoreDeps, CoreLoadOptions, CorpusChange } from "./create-core.ts";
export { createCorpusIndex, personKey, documentKey } from "./corpus-index.ts";
export type { CorpusIndex, PersonMention, ProvinceArticles } from "./corpus-index.ts";
export { buildArticles, enrichArticle, loadArticles } from "./load-articles.ts";
export type { SourceText } from "./load-articles.ts";
export { compareNewestFirst } from "./compare-articles.ts";
