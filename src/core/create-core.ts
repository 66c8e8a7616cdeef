import { join } from "node:path";
import type { Article } from "../model/article.ts";
import { createRouter, type Router } from "../router/router.ts";
import { corpusKey, createSearchIndex, loadSnapshot, saveSnapshot, type SearchIndex } from "../search/index.ts";
import type { Clock } from "../util/clock.ts";
import type { Logger } from "../util/logger.ts";
import { createCorpusIndex, type CorpusIndex } from "./corpus-index.ts";
import { loadArticles } from "./load-articles.ts";

/** The bot's core: the corpus, its indexes and the command router. Platform-neutral. */
export interface Core extends Router {
  readonly articles: readonly Article[];
  readonly corpus: CorpusIndex;
  readonly search: SearchIndex;
}

/** What the core is built from. */
export interface CoreDeps {
  readonly articles: readonly Article[];
  /** A prebuilt (e.g. snapshot-loaded) search index; built from `articles` when absent. */
  readonly search?: SearchIndex;
  readonly logger: Logger;
  readonly clock: Clock;
}

/** Creates the core over parsed articles. */
export function createCore(deps: CoreDeps): Core {
  const corpus = createCorpusIndex(deps.articles);
  const search = deps.search ?? createSearchIndex(deps.articles);
  return { ...createRouter({ corpus, search }), articles: deps.articles, corpus, search };
}

/** Where and whether to keep the index snapshot. */
export interface CoreLoadOptions {
  readonly corpusDirs: readonly string[];
  /** Folder for the snapshot file; no snapshot when null. */
  readonly snapshotDir: string | null;
  readonly logger: Logger;
  readonly clock: Clock;
}

// NOTE: one snapshot file per data folder; its corpus key tells whether it is stale.
const SNAPSHOT_FILE = "search-index.json";

/** Loads the corpus folders and creates the core, reusing a fresh index snapshot. */
export function loadCore(options: CoreLoadOptions): Core {
  const { logger, clock } = options;
  const started = clock.now().getTime();
  const articles = loadArticles(options.corpusDirs, logger);
  let search: SearchIndex | undefined;
  if (options.snapshotDir) {
    const path = join(options.snapshotDir, SNAPSHOT_FILE);
    const key = corpusKey(articles);
    search = loadSnapshot(path, articles, key) ?? undefined;
    if (!search) {
      search = createSearchIndex(articles);
      try {
        saveSnapshot(path, search, key);
      } catch (error) {
        logger.warn({ path, err: error }, "snapshot: could not be saved");
      }
    }
  }
  const core = createCore({ articles, search, logger, clock });
  logger.info({ articles: articles.length, ms: clock.now().getTime() - started }, "corpus: loaded");
  return core;
}
