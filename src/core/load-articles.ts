import { parseArticle } from "../articles/index.ts";
import { readCorpusFiles } from "../corpus/index.ts";
import { extractEntities } from "../extract/index.ts";
import type { Article } from "../model/article.ts";
import { extractProvinces } from "../places/index.ts";
import type { Logger } from "../util/logger.ts";

/** A corpus file's text with its identity, before parsing. */
export interface SourceText {
  readonly id: string;
  readonly file: string;
  readonly text: string;
}

/**
 * Parses and enriches source texts into articles. Handles are 1-based positions in id order,
 * so the same corpus always gives the same handles. A file that fails to parse is skipped
 * with a warning.
 */
export function buildArticles(sources: readonly SourceText[], logger: Logger): Article[] {
  const sorted = [...sources].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const articles: Article[] = [];
  for (const source of sorted) {
    try {
      const parsed = parseArticle(source.text);
      articles.push({
        ...parsed,
        id: source.id,
        handle: articles.length + 1,
        file: source.file,
        provinces: extractProvinces(parsed),
        ...extractEntities(parsed),
      });
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
