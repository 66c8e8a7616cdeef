import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Article, ParsedArticle } from "../model/article.ts";
import { prepareGazetteer } from "../places/index.ts";
import { articleContentKey, corpusKeyOf, createIndexHeadStart, createSearchIndex, loadSnapshot, loadStaleSnapshot, saveSnapshot, SNAPSHOT_PREFIX, type SearchIndex } from "../search/index.ts";
import type { ArticleFileStore, ArticleTexts } from "../store/index.ts";
import type { Clock } from "../util/clock.ts";
import { readFileAhead, type FileAhead } from "../util/read-file-ahead.ts";
import { createSilentLogger, type Logger } from "../util/logger.ts";
import { createCorpusIndex, type CorpusIndex } from "./corpus-index.ts";
import { enrichArticle, loadArticles } from "./load-articles.ts";
import type { ProgressListener } from "./load-progress.ts";
import { buildInWorker } from "./cold-build.ts";
import { createFingerprintStore, type FingerprintStore } from "./fingerprint-store.ts";
import { listCorpusPaths } from "./read-corpus-files.ts";
import { articleRecordFormat } from "./record-format.ts";
import type { ArticleMeta } from "./stored-article.ts";
import { checkArticleFiles, type FileCheckReport } from "./check-article-files.ts";
import { syncArticleFiles } from "./sync-article-files.ts";

/** An article to add or replace: its identity and what the parser made of it. */
export interface ArticleInput {
  readonly id: string;
  readonly file: string;
  readonly parsed: ParsedArticle;
  /** A persisted handle; the next free number when absent (a replaced article keeps its own). */
  readonly handle?: number;
}

/** A batch of corpus changes, applied together. */
export interface CorpusChange {
  readonly upsert?: readonly ArticleInput[];
  readonly remove?: readonly string[];
}

/** What commands, services and the digest read of the corpus: its lookups and its search index. */
export interface CorpusLookups {
  readonly corpus: CorpusIndex;
  readonly search: SearchIndex;
}

/** The live article collection: the articles, their lookups and search index, and how they change. */
export interface Corpus extends CorpusLookups {
  /** The current articles (a new array after each update). */
  readonly articles: readonly Article[];
  /** Applies a batch of changes; returns the articles added or replaced. */
  update(change: CorpusChange): Article[];
  /** Calls `listener` after every update with the articles added or replaced and the ids removed. */
  onUpdate(listener: (upserted: readonly Article[], removed: readonly string[]) => void): () => void;
}

/** What a corpus is built from. */
export interface CorpusDeps {
  readonly articles: readonly Article[];
  /** A prebuilt (e.g. snapshot-loaded) search index; built from `articles` when absent. */
  readonly search?: SearchIndex;
}

/** Creates the corpus over parsed articles. */
export function createCorpus(deps: CorpusDeps): Corpus {
  // NOTE: /tinh snippets scan text for place names; a corpus built from stored articles has not
  // scanned any yet.
  prepareGazetteer();
  let articles = deps.articles;
  let corpus = createCorpusIndex(articles);
  const search = deps.search ?? createSearchIndex(articles);
  const listeners = new Set<(upserted: readonly Article[], removed: readonly string[]) => void>();

  function update(change: CorpusChange): Article[] {
    const byId = new Map(articles.map((article) => [article.id, article]));
    const removed = (change.remove ?? []).filter((id) => byId.delete(id));
    let next = maxHandle(articles) + 1;
    const upserted: Article[] = [];
    for (const input of change.upsert ?? []) {
      const handle = byId.get(input.id)?.handle ?? input.handle ?? next++;
      next = Math.max(next, handle + 1);
      const article = enrichArticle(input.parsed, { id: input.id, file: input.file, handle });
      byId.set(input.id, article);
      upserted.push(article);
    }
    if (upserted.length === 0 && removed.length === 0) return [];
    articles = [...byId.values()];
    // NOTE: the lookups are rebuilt (milliseconds at a few thousand articles); the search
    // index, the costly part, is updated in place.
    corpus = createCorpusIndex(articles);
    search.remove(removed);
    search.add(upserted);
    for (const listener of listeners) listener(upserted, removed);
    return upserted;
  }

  return {
    get articles() {
      return articles;
    },
    get corpus() {
      return corpus;
    },
    search,
    update,
    onUpdate(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Where the corpus comes from and whether to keep the index snapshot. */
export interface CorpusLoadOptions {
  readonly corpusDirs: readonly string[];
  /** Folder for the snapshot file; no snapshot when null. */
  readonly snapshotDir: string | null;
  /**
   * Articles from elsewhere (the store's feed articles) indexed with the folders, so the
   * snapshot covers them; ids already loaded from a folder win.
   */
  readonly extraArticles?: readonly ArticleInput[];
  /**
   * Keeps the folders' parsed articles: a start then parses only new and changed files, and
   * articles' paragraphs and captions are read from it on demand. Every file is parsed when absent.
   */
  readonly files?: ArticleFileStore;
  /** Told how far the load is (files checked and parsed, articles indexed). */
  readonly onProgress?: ProgressListener;
  /**
   * Takes the files the store has records of as stored, without looking at them; the loaded
   * corpus's `checkFiles` then looks (the app runs it right after start). Needs `files`.
   */
  readonly deferFileCheck?: boolean;
  /**
   * Runs a first start's build (no stored record of the current parser, at least `minFiles`
   * files) in a worker thread that exits afterwards: the store's database file, opened there
   * again. Needs `files` and `snapshotDir`; the build runs here when absent.
   */
  readonly buildWorker?: { readonly databasePath: string; readonly minFiles?: number; readonly deadlineMs?: number; readonly workerUrl?: URL };
  /**
   * Reads each parsed article for the search index as it is parsed (a first build, where every
   * file is parsed and the index is built), so the build after the parse has less to read.
   * NOTE: it pays only with a core to spare: beside the parse workers it costs more CPU than
   * it saves (the first build leaves it off).
   */
  readonly indexWhileParsing?: boolean;
  /** The snapshot size from which it is read on another thread while the files are synced (default 16 MiB). */
  readonly readAheadMinBytes?: number;
  readonly logger: Logger;
  readonly clock: Clock;
}

/** A loaded corpus, with the check of the files its load took from the store unseen. */
export interface LoadedCorpus extends Corpus {
  /**
   * Checks the files the load took from the store without looking at them (`deferFileCheck`)
   * and applies those changed or gone as a corpus update; resolves at once when there are none.
   */
  checkFiles(signal?: AbortSignal): Promise<FileCheckReport>;
  /** Event fingerprints kept beside the articles' stored records; null without a file store. */
  readonly fingerprints: FingerprintStore | null;
}

// NOTE: one snapshot file per data folder; its corpus key tells whether it is stale.
const SNAPSHOT_FILE = "search-index.json";
// NOTE: the share of changed articles past which a stale snapshot is rebuilt rather than updated.
const MAX_STALE_SHARE = 0.05;

/**
 * Loads the corpus folders (through the article store when given) and creates the corpus,
 * reusing a fresh index snapshot.
 */
export function loadCorpus(options: CorpusLoadOptions): LoadedCorpus {
  const { logger, clock, onProgress, files } = options;
  const started = clock.now().getTime();
  if (files && options.snapshotDir && options.buildWorker && isFirstBuild(options, files)) {
    const { databasePath, deadlineMs, workerUrl } = options.buildWorker;
    const built = buildInWorker({
      corpusDirs: options.corpusDirs,
      databasePath,
      snapshotDir: options.snapshotDir,
      extraArticles: options.extraArticles ?? [],
      logger,
      ...(onProgress ? { onProgress } : {}),
      ...(deadlineMs !== undefined ? { deadlineMs } : {}),
      ...(workerUrl ? { workerUrl } : {}),
    });
    if (built) logger.info({ ms: clock.now().getTime() - started }, "corpus: first build done in a worker thread");
  }
  const snapshotPath = options.snapshotDir ? join(options.snapshotDir, SNAPSHOT_FILE) : null;
  // NOTE: a large snapshot is read on another thread while this one lists and syncs the files,
  // unless every file is to be parsed again (no record of the current parser): it is then stale.
  const reparse = (): boolean => files !== undefined && !files.hasFormat(articleRecordFormat());
  const ahead = snapshotPath && isLarge(snapshotPath, options.readAheadMinBytes ?? READ_AHEAD_MIN_BYTES) && !reparse() ? readFileAhead(snapshotPath, { prefix: SNAPSHOT_PREFIX }) : null;
  try {
    return loadAndIndex(options, started, snapshotPath, ahead);
  } finally {
    ahead?.close();
  }
}

/** The rest of `loadCorpus`: the files synced, the index loaded or built. */
function loadAndIndex(options: CorpusLoadOptions, started: number, snapshotPath: string | null, ahead: FileAhead | null): LoadedCorpus {
  const { logger, clock, onProgress, files } = options;
  const headStart = options.indexWhileParsing ? createIndexHeadStart() : null;
  const onParsed = headStart ? ({ id, meta, texts }: { id: string; meta: ArticleMeta; texts: ArticleTexts }) => headStart.offer({ id, ...meta, ...texts }) : null;
  const synced = files
    ? syncArticleFiles(options.corpusDirs, { store: files, logger, trustStored: options.deferFileCheck === true, ...(onProgress ? { onProgress } : {}), ...(onParsed ? { onParsed } : {}) })
    : null;
  if (synced) logger.info({ parsed: synced.parsed, reused: synced.reused, removed: synced.removed, summarized: synced.summarized }, "corpus: files synced with the store");
  const articles = withExtraArticles(synced ? synced.articles : loadArticles(options.corpusDirs, logger), options.extraArticles ?? []);
  const indexed = (done: number) => onProgress?.({ stage: "index", done, total: articles.length, parsed: 0 });
  let search: SearchIndex | undefined;
  if (snapshotPath) {
    // NOTE: the bytes are taken once and dropped after the load (the index keeps views of them).
    let bytes: Uint8Array | null = null;
    const read = (at: string): Uint8Array => (bytes ??= ahead ? ahead.take() : readFileSync(at));
    // NOTE: the sync's own map when it covers every article (no feed articles), in their order.
    const contents =
      synced && synced.contents.size === articles.length
        ? synced.contents
        : new Map(articles.map((article) => [article.id, synced?.contents.get(article.id) ?? articleContentKey(article)]));
    const contentOf = (id: string): string => contents.get(id) ?? "";
    const key = corpusKeyOf([...contents]);
    search = loadSnapshot(snapshotPath, articles, key, read) ?? undefined;
    // NOTE: a snapshot a few changes behind is brought up to date at each start and saved
    // again (compacted, that is rebuilt) only once the changes are a sizable share. Every file
    // parsed is a change (its content key is new), so past that share the snapshot is not read.
    const maxChanged = Math.floor(articles.length * MAX_STALE_SHARE);
    const stale = search || (synced?.parsed ?? 0) > maxChanged ? null : loadStaleSnapshot(snapshotPath, articles, (article) => contentOf(article.id), read, maxChanged);
    bytes = null;
    if (stale) {
      search = stale.index;
      logger.info({ changed: stale.changed }, "snapshot: updated for changed articles");
    }
    if (search) indexed(articles.length);
    else {
      search = createSearchIndex(articles, { onIndexed: indexed, ...(headStart ? { headStart } : {}) });
      try {
        saveSnapshot(snapshotPath, search, key, contentOf);
      } catch (error) {
        logger.warn({ path: snapshotPath, err: error }, "snapshot: could not be saved");
      }
    }
  } else search = createSearchIndex(articles, { onIndexed: indexed });
  const corpus = createCorpus({ articles, search });
  logger.info({ articles: articles.length, ms: clock.now().getTime() - started }, "corpus: loaded");
  let unchecked = synced?.unchecked ?? [];
  return Object.assign(corpus, {
    fingerprints: files ? createFingerprintStore(files) : null,
    checkFiles(signal?: AbortSignal): Promise<FileCheckReport> {
      const pending = unchecked;
      unchecked = [];
      if (!files || pending.length === 0) return Promise.resolve({ checked: 0, changed: 0, removed: 0 });
      return checkArticleFiles(pending, { store: files, apply: (change) => corpus.update(change), logger, ...(signal ? { signal } : {}) });
    },
  });
}

// NOTE: below this size a snapshot is read at once: a thread would cost more than it saves.
const READ_AHEAD_MIN_BYTES = 16 << 20;

function isLarge(path: string, minBytes: number): boolean {
  try {
    return statSync(path).size >= minBytes;
  } catch {
    return false;
  }
}

// NOTE: a first start's build holds far more memory than the corpus it leaves (a heap the
// process keeps once grown); in a worker that exits, the memory goes with it.
const BUILD_WORKER_MIN_FILES = 2000;

function isFirstBuild(options: CorpusLoadOptions, files: ArticleFileStore): boolean {
  if (files.hasFormat(articleRecordFormat())) return false;
  return listCorpusPaths(options.corpusDirs, createSilentLogger()).length >= (options.buildWorker?.minFiles ?? BUILD_WORKER_MIN_FILES);
}

function withExtraArticles(articles: Article[], extra: readonly ArticleInput[]): Article[] {
  if (extra.length === 0) return articles;
  const ids = new Set(articles.map((article) => article.id));
  const handles = new Set(articles.map((article) => article.handle));
  let next = maxHandle(articles) + 1;
  for (const input of extra) {
    if (ids.has(input.id)) continue;
    const handle = input.handle !== undefined && !handles.has(input.handle) ? input.handle : next;
    handles.add(handle);
    next = Math.max(next, handle + 1);
    ids.add(input.id);
    articles.push(enrichArticle(input.parsed, { id: input.id, file: input.file, handle }));
  }
  return articles;
}

// NOTE: a loop, not Math.max(...spread): spreading 100k arguments overflows the stack.
function maxHandle(articles: readonly Article[]): number {
  let max = 0;
  for (const article of articles) if (article.handle > max) max = article.handle;
  return max;
}
