import { createHash } from "node:crypto";
import { parseArticle } from "../articles/index.ts";
import type { Article } from "../model/article.ts";
import type { ArticleFileEntry, ArticleFileRecord, ArticleFileStore, ArticleTexts } from "../store/index.ts";
import { createLruCache } from "../util/lru-cache.ts";
import type { Logger } from "../util/logger.ts";
import { enrichArticle } from "./load-articles.ts";
import { PROGRESS_STEP, type ProgressListener } from "./load-progress.ts";
import { corpusFileStats, decodeCorpusFile, listCorpusPaths, readCorpusBytes, warnDuplicate } from "./read-corpus-files.ts";
import { articleRecordFormat } from "./record-format.ts";
import type { UncheckedFile } from "./check-article-files.ts";
import { createStoredArticle, isArticleMeta, splitArticle, type ArticleMeta } from "./stored-article.ts";

/** The corpus articles after a sync with the store, and what the sync did. */
export interface SyncedArticles {
  /** In id order, handles 1…n; paragraphs and captions read from the store on demand. */
  readonly articles: Article[];
  /** Per article id, the key of its indexed content (record format and file hash). */
  readonly contents: ReadonlyMap<string, string>;
  /** Files parsed (new or changed), reused from the store, and forgotten. */
  readonly parsed: number;
  readonly reused: number;
  readonly removed: number;
  /** Files taken from the store without a look at them (`trustStored`): check them soon (`checkArticleFiles`). */
  readonly unchecked: readonly UncheckedFile[];
}

/** Where the files are and what keeps their parsed records. */
export interface SyncOptions {
  readonly store: ArticleFileStore;
  readonly logger: Logger;
  readonly onProgress?: ProgressListener;
  /**
   * Takes a file with a stored record of the current format as it was stored, without looking
   * at the file (a start then answers from the store and checks the files afterwards). Every
   * file is looked at when absent.
   */
  readonly trustStored?: boolean;
}

// NOTE: records are written in batches, each one transaction: one per file is far slower.
const SAVE_BATCH = 500;
// NOTE: texts kept after a read (a page of results, an open article, the next page).
const CACHED_TEXTS = 256;
const EMPTY_TEXTS: ArticleTexts = { paragraphs: [], captions: [] };

const hashOf = (bytes: Uint8Array): string => createHash("sha1").update(bytes).digest("hex");

function metaOf(entry: ArticleFileEntry | undefined, format: string): ArticleMeta | null {
  if (!entry || entry.format !== format) return null;
  try {
    const value: unknown = JSON.parse(entry.metaJson);
    return isArticleMeta(value) ? value : null;
  } catch {
    return null;
  }
}

/** Reads texts through a small cache; a file whose texts are gone reads as empty, with one warning. */
function createTextReader(store: ArticleFileStore, logger: Logger): (path: string, file: string) => ArticleTexts {
  const cache = createLruCache<string, ArticleTexts>(CACHED_TEXTS);
  const warned = new Set<string>();
  return (path, file) =>
    cache.getOrSet(path, () => {
      const texts = store.texts(path);
      if (texts) return texts;
      if (!warned.has(path)) logger.warn({ file }, "corpus: stored texts could not be read");
      warned.add(path);
      return EMPTY_TEXTS;
    });
}

/**
 * Brings the store's parsed records in line with the corpus folders and returns the articles:
 * a file whose size and modification time match its record is not read; one whose bytes
 * still hash the same is not parsed; others are parsed and stored; records of files gone are
 * removed. Files are skipped with a warning as `readCorpusFiles` does (duplicate ids: the
 * first one wins).
 */
export function syncArticleFiles(dirs: readonly string[], options: SyncOptions): SyncedArticles {
  const { store, logger, onProgress } = options;
  const format = articleRecordFormat();
  const paths = listCorpusPaths(dirs, logger);
  const stored = new Map(store.entries().map((entry) => [entry.path, entry]));
  const seen = new Map<string, string>();
  const found: { id: string; file: string; path: string; meta: ArticleMeta; content: string }[] = [];
  const kept = new Set<string>();
  let batch: ArticleFileRecord[] = [];
  const touched: { path: string; size: number; mtimeMs: number }[] = [];
  const unchecked: UncheckedFile[] = [];
  let parsed = 0;
  const report = (done: number) => onProgress?.({ stage: "files", done, total: paths.length, parsed });
  paths.forEach(({ id, path, file }, at) => {
    if (at % PROGRESS_STEP === 0 && at > 0) report(at);
    const first = seen.get(id);
    if (first !== undefined) {
      warnDuplicate(logger, file, id, first);
      return;
    }
    const entry = stored.get(path);
    if (options.trustStored && entry && entry.format === format) {
      const trusted = metaOf(entry, format);
      if (trusted) {
        unchecked.push({ path, id, file, size: entry.size, mtimeMs: entry.mtimeMs, contentHash: entry.contentHash });
        seen.set(id, file);
        kept.add(path);
        found.push({ id, file, path, meta: trusted, content: `${format}:${entry.contentHash}` });
        return;
      }
    }
    const stats = corpusFileStats(path, file, logger);
    if (!stats) return;
    let meta = entry && entry.size === stats.size && entry.mtimeMs === stats.mtimeMs ? metaOf(entry, format) : null;
    let hash = entry?.contentHash ?? "";
    if (!meta) {
      const bytes = readCorpusBytes(path, file, logger);
      if (!bytes) return;
      hash = hashOf(bytes);
      meta = entry?.contentHash === hash ? metaOf(entry, format) : null;
      if (meta) touched.push({ path, ...stats });
      else {
        const text = decodeCorpusFile(bytes, file, logger);
        if (text === null) return;
        let texts: ArticleTexts;
        try {
          const { id: _id, handle: _handle, file: _file, ...article } = enrichArticle(parseArticle(text), { id, file, handle: 0 });
          ({ meta, texts } = splitArticle(article));
        } catch (error) {
          logger.warn({ file, err: error }, "corpus: article could not be parsed");
          return;
        }
        parsed++;
        batch.push({ path, id, file, ...stats, contentHash: hash, format, meta, texts });
        if (batch.length >= SAVE_BATCH) {
          store.save(batch);
          batch = [];
        }
      }
    }
    seen.set(id, file);
    kept.add(path);
    found.push({ id, file, path, meta, content: `${format}:${hash}` });
  });
  store.save(batch);
  store.touch(touched);
  const gone = [...stored.keys()].filter((path) => !kept.has(path));
  store.remove(gone);
  report(paths.length);

  found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const read = createTextReader(store, logger);
  const articles = found.map((item, at) => createStoredArticle(item.meta, { id: item.id, file: item.file, handle: at + 1 }, () => read(item.path, item.file)));
  return { articles, contents: new Map(found.map((item) => [item.id, item.content])), parsed, reused: found.length - parsed, removed: gone.length, unchecked };
}
