import { parseArticle } from "../articles/index.ts";
import { readCorpusFiles } from "./read-corpus-files.ts";
import { extractEntities } from "../extract/index.ts";
import type { Article, ParsedArticle } from "../model/article.ts";
import { extractProvinces } from "../places/index.ts";
import type { Logger } from "../util/logger.ts";

/** A corpus file's text with its identity, before parsing. */
export interface SourceText {
  readonly id: string;
  readonly file: string;
  readonly text: string;
}

/** Enriches a parsed article (provinces, people, documents, figures) into a corpus article. */
export function enrichArticle(parsed: ParsedArticle, identity: { id: string; file: string; handle: number }): Article {
  return {
    ...parsed,
    id: identity.id,
    handle: identity.handle,
    file: identity.file,
    provinces: extractProvinces(parsed),
    ...extractEntities(parsed),
  };
}

/**
 * Parses and enriches source texts into articles. Handles are 1-based positions in id order,
 * so the same corpus always gives the same handles, unless `handleOf` knows the id (a
 * persisted handle); new ids then get numbers after the highest known one. A file that fails
 * to parse is skipped with a warning.
 */
export function buildArticles(
  sources: readonly SourceText[],
  logger: Logger,
  handleOf: (id: string) => number | undefined = () => undefined,
): Article[] {
  const sorted = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const known = sorted.map((source) => handleOf(source.id)).filter((handle): handle is number => handle !== undefined);
  let next = known.reduce((max, handle) => Math.max(max, handle), 0) + 1;
  const articles: Article[] = [];
  for (const source of sorted) {
    try {
      const handle = handleOf(source.id) ?? (known.length > 0 ? next++ : articles.length + 1);
      articles.push(enrichArticle(parseArticle(source.text), { id: source.id, file: source.file, handle }));
    } catch (error) {
      logger.warn({ file: source.file, err: error }, "corpus: article could not be parsed");
    }
  }
  return articles;
}

/** Reads every corpus folder and builds its articles. */
export function loadArticles(dirs: readonly string[], logger: Logger): Article[] {
  return buildArticles(readCorpusFiles([...dirs], logger), logger);
}
