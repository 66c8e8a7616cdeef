import type { Article } from "../model/article.ts";
import type { ArticleFileEntry, ArticleFileRecord, ArticleFileStore, ArticleTexts } from "../store/index.ts";
import { createLruCache } from "../util/lru-cache.ts";
import type { Logger } from "../util/logger.ts";
import { PROGRESS_STEP, type ProgressListener } from "./load-progress.ts";
import { parseCorpusFile, type ParseJob, type ParseOutcome } from "./parse-corpus-file.ts";
import { PARSE_WORKERS, parseInWorkers } from "./parse-pool.ts";
import { corpusFileStats, listCorpusPaths, warnDuplicate, type CorpusPath } from "./read-corpus-files.ts";
import { articleRecordFormat } from "./record-format.ts";
import type { UncheckedFile } from "./check-article-files.ts";
import { createStoredArticle, isArticleMeta, type ArticleMeta, type StoredTextReader } from "./stored-article.ts";
import { decodeRecordSummary, encodeRecordSummary, type SummaryEntry } from "./record-summary.ts";

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
  /** Whether the stored records were read from the store's summary rather than row by row. */
  readonly summarized: boolean;
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
  /** Told of each file parsed (new or changed) as it is stored, in the order the files are listed. */
  readonly onParsed?: (parsed: { readonly id: string; readonly meta: ArticleMeta; readonly texts: ArticleTexts }) => void;
  /** Worker threads for the parse and the least files to parse that starts them (tests lower it). */
  readonly parseWorkers?: { readonly count: number; readonly minFiles: number };
}

// NOTE: records are written in batches, each one transaction: one per file is far slower.
const SAVE_BATCH = 500;
// NOTE: texts kept after a read (a page of results, an open article, the next page).
const CACHED_TEXTS = 256;
const EMPTY_TEXTS: ArticleTexts = { paragraphs: [], captions: [] };

// NOTE: files to parse from which the parse runs in worker threads, and how many.
const POOL_MIN_FILES = 2000;
const POOL_WORKERS = PARSE_WORKERS;

/** A file kept in the corpus: its record as the store holds it after the sync. */
type Found = SummaryEntry;

/** A stored record: from the summary (its meta read) or from its row (its meta as JSON). */
type StoredEntry = SummaryEntry | ArticleFileEntry;

/** A file to read and maybe parse, with what the sync knows of it. */
interface Job extends ParseJob {
  readonly stats: { size: number; mtimeMs: number };
  readonly storedMeta: ArticleMeta | null;
}

function countFormat(entries: Iterable<StoredEntry>, format: string): number {
  let count = 0;
  for (const entry of entries) if (entry.format === format) count++;
  return count;
}

function metaOf(entry: StoredEntry | undefined, format: string): ArticleMeta | null {
  if (!entry || entry.format !== format) return null;
  if ("meta" in entry) return entry.meta;
  try {
    const value: unknown = JSON.parse(entry.metaJson);
    return isArticleMeta(value) ? value : null;
  } catch {
    return null;
  }
}

/** The stored records from the store's summary, when it is there and up to date. */
function summarizedEntries(store: ArticleFileStore): SummaryEntry[] | null {
  const bytes = store.summary();
  return bytes ? decodeRecordSummary(bytes) : null;
}

/** Reads texts through a small cache; a file whose texts are gone reads as empty, with one warning. */
function createTextReader(store: ArticleFileStore, logger: Logger): StoredTextReader {
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
  const summarized = summarizedEntries(store);
  if (summarized && options.trustStored && isListedAsSummarized(paths, summarized, format)) {
    onProgress?.({ stage: "files", done: paths.length, total: paths.length, parsed: 0 });
    // NOTE: the records are the files to check (a copy of each stamp would be 100k objects more).
    return syncedOf(summarized, { store, logger, format, parsed: 0, removed: 0, summarized: true, unchecked: summarized });
  }
  const stored = new Map<string, StoredEntry>((summarized ?? store.entries()).map((entry) => [entry.path, entry]));
  const seen = new Map<string, string>();
  const found: Found[] = [];
  const kept = new Set<string>();
  let batch: ArticleFileRecord[] = [];
  const touched: { path: string; size: number; mtimeMs: number }[] = [];
  const unchecked: UncheckedFile[] = [];
  let parsed = 0;
  const report = (done: number) => onProgress?.({ stage: "files", done, total: paths.length, parsed });
  const keep = (item: Found): void => {
    seen.set(item.id, item.file);
    kept.add(item.path);
    found.push(item);
  };
  const settle = (job: Job, outcome: ParseOutcome): void => {
    if (outcome.kind === "skipped") {
      if (seen.get(job.id) === job.file) seen.delete(job.id);
      return;
    }
    if (outcome.kind === "same") {
      touched.push({ path: job.path, ...job.stats });
      keep({ id: job.id, file: job.file, path: job.path, ...job.stats, contentHash: outcome.contentHash, format, meta: job.storedMeta as ArticleMeta });
      return;
    }
    parsed++;
    batch.push({ path: job.path, id: job.id, file: job.file, ...job.stats, contentHash: outcome.contentHash, format, meta: outcome.meta, texts: outcome.texts });
    if (batch.length >= SAVE_BATCH) {
      store.save(batch);
      batch = [];
    }
    keep({ id: job.id, file: job.file, path: job.path, ...job.stats, contentHash: outcome.contentHash, format, meta: outcome.meta });
    options.onParsed?.({ id: job.id, meta: outcome.meta, texts: outcome.texts });
  };
  // NOTE: worker threads pay off only past a few thousand files to parse (each loads the parser).
  const workers = options.parseWorkers ?? { count: POOL_WORKERS, minFiles: POOL_MIN_FILES };
  const pooled = workers.count > 0 && paths.length - countFormat(stored.values(), format) >= workers.minFiles;
  const jobs: Job[] = [];
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
        keep({ id, file, path, size: entry.size, mtimeMs: entry.mtimeMs, contentHash: entry.contentHash, format, meta: trusted });
        return;
      }
    }
    const stats = corpusFileStats(path, file, logger);
    if (!stats) return;
    const meta = entry && entry.size === stats.size && entry.mtimeMs === stats.mtimeMs ? metaOf(entry, format) : null;
    if (meta && entry) {
      keep({ id, file, path, size: entry.size, mtimeMs: entry.mtimeMs, contentHash: entry.contentHash, format, meta });
      return;
    }
    const storedMeta = metaOf(entry, format);
    const job = { path, id, file, storedHash: storedMeta && entry ? entry.contentHash : null, stats, storedMeta };
    if (pooled) {
      // NOTE: the id is taken now, before the file is parsed: a later file with the same id is
      // skipped even when this one turns out unreadable.
      seen.set(id, file);
      jobs.push(job);
    } else settle(job, parseCorpusFile(job, logger));
  });
  if (pooled) {
    let done = paths.length - jobs.length;
    const pool = parseInWorkers(jobs, { workers: workers.count, logger }, (at, outcome) => {
      settle(jobs[at] as Job, outcome);
      if (++done % PROGRESS_STEP === 0) report(done);
    });
    logger.info({ files: jobs.length, ...pool }, "corpus: files parsed in worker threads");
  }
  store.save(batch);
  store.touch(touched);
  const gone = [...stored.keys()].filter((path) => !kept.has(path));
  store.remove(gone);
  report(paths.length);

  found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // NOTE: the records are now exactly the files found; the summary is made again when they
  // changed or it was not there to read (nothing else writes to the store meanwhile).
  if (!summarized || parsed > 0 || touched.length > 0 || gone.length > 0) {
    try {
      store.saveSummary(encodeRecordSummary(found));
    } catch (error) {
      logger.warn({ err: error }, "corpus: the records' summary could not be saved");
    }
  }
  return syncedOf(found, { store, logger, format, parsed, removed: gone.length, summarized: summarized !== null, unchecked });
}

/**
 * Whether the files listed are exactly the summary's records, in the same order (the summary's
 * is by id, as a sync leaves them), all of the current format: the common warm start, which
 * then needs no lookup per file.
 */
function isListedAsSummarized(paths: readonly CorpusPath[], entries: readonly SummaryEntry[], format: string): boolean {
  if (paths.length !== entries.length) return false;
  let previous = "";
  for (let at = 0; at < entries.length; at++) {
    const listed = paths[at] as CorpusPath;
    const entry = entries[at] as SummaryEntry;
    if (listed.path !== entry.path || listed.id !== entry.id || listed.file !== entry.file || entry.format !== format) return false;
    if (at > 0 && !(previous < entry.id)) return false;
    previous = entry.id;
  }
  return true;
}

/** The sync's result over the files found, in id order. */
function syncedOf(
  found: readonly Found[],
  sync: { store: ArticleFileStore; logger: Logger; format: string; parsed: number; removed: number; summarized: boolean; unchecked: readonly UncheckedFile[] },
): SyncedArticles {
  const read = createTextReader(sync.store, sync.logger);
  // NOTE: an article keeps the record's path and hash, not the record (whose meta it has copied).
  const articles = found.map((item, at) => createStoredArticle(item.meta, { id: item.id, file: item.file, handle: at + 1 }, item, read));
  const contents = new Map(found.map((item) => [item.id, `${sync.format}:${item.contentHash}`]));
  const { parsed, removed, summarized, unchecked } = sync;
  return { articles, contents, parsed, reused: found.length - parsed, removed, summarized, unchecked };
}
