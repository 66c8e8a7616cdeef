import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { parseArticle } from "../articles/index.ts";
import type { ArticleFileRecord, ArticleFileStamp, ArticleFileStore } from "../store/index.ts";
import type { Logger } from "../util/logger.ts";
import type { ParsedArticle } from "../model/article.ts";
import { enrichArticle } from "./load-articles.ts";
import { decodeCorpusFile, MAX_CORPUS_FILE_BYTES } from "./read-corpus-files.ts";
import { articleRecordFormat } from "./record-format.ts";
import { splitArticle } from "./stored-article.ts";

/** A corpus file whose stored record a start trusted without looking at the file. */
export interface UncheckedFile extends ArticleFileStamp {
  readonly id: string;
  readonly file: string;
}

/** What a check of the trusted files found. */
export interface FileCheckReport {
  readonly checked: number;
  /** Files whose bytes changed: parsed again, stored and put into the corpus. */
  readonly changed: number;
  /** Files gone or no longer readable: forgotten by the store and removed from the corpus. */
  readonly removed: number;
}

/** Changes a check found: files to parse into the corpus again, ids to remove. */
export interface FileCheckChange {
  readonly upsert: readonly { readonly id: string; readonly file: string; readonly parsed: ParsedArticle }[];
  readonly remove: readonly string[];
}

/** What a check works with. */
export interface FileCheckOptions {
  readonly store: ArticleFileStore;
  /** Applies the changes found (in batches, as they are found). */
  readonly apply: (change: FileCheckChange) => void;
  readonly logger: Logger;
  /** Ends the check early (the app stopping). */
  readonly signal?: AbortSignal;
}

// NOTE: stats run on libuv's thread pool a slice at a time: the main thread stays free to answer.
const SLICE = 128;

const hashOf = (bytes: Uint8Array): string => createHash("sha1").update(bytes).digest("hex");

async function statOf(path: string): Promise<{ size: number; mtimeMs: number } | string> {
  try {
    const stats = await stat(path);
    if (!stats.isFile()) return "not a regular file";
    if (stats.size > MAX_CORPUS_FILE_BYTES) return `over ${MAX_CORPUS_FILE_BYTES} bytes (${stats.size})`;
    return { size: stats.size, mtimeMs: stats.mtimeMs };
  } catch (error) {
    return `unreadable: ${(error as Error).message}`;
  }
}

/**
 * Checks files a start took from the store without looking at them: a file whose size and
 * modification time still match is left alone; one whose bytes hash the same gets its new
 * stamp; one whose bytes changed is parsed again, stored and applied to the corpus as an
 * update; one gone or unreadable is forgotten and removed. Nothing throws: a file that no
 * longer parses keeps its last article, with a warning.
 */
export async function checkArticleFiles(files: readonly UncheckedFile[], options: FileCheckOptions): Promise<FileCheckReport> {
  const { store, apply, logger, signal } = options;
  let checked = 0;
  let changed = 0;
  let removed = 0;
  const format = articleRecordFormat();
  for (let start = 0; start < files.length && !signal?.aborted; start += SLICE) {
    const slice = files.slice(start, start + SLICE);
    const stats = await Promise.all(slice.map((file) => statOf(file.path)));
    const records: ArticleFileRecord[] = [];
    const change = { upsert: [] as FileCheckChange["upsert"][number][], remove: [] as string[] };
    const gone: string[] = [];
    const touched: Omit<ArticleFileStamp, "contentHash">[] = [];
    for (const [at, file] of slice.entries()) {
      const found = stats[at] as Awaited<ReturnType<typeof statOf>>;
      checked++;
      if (typeof found === "string") {
        logger.warn({ file: file.file, reason: found }, "corpus: skipped file");
        gone.push(file.path);
        change.remove.push(file.id);
        continue;
      }
      if (found.size === file.size && found.mtimeMs === file.mtimeMs) continue;
      let bytes: Buffer;
      try {
        bytes = await readFile(file.path);
      } catch (error) {
        logger.warn({ file: file.file, reason: `unreadable: ${(error as Error).message}` }, "corpus: skipped file");
        continue;
      }
      const hash = hashOf(bytes);
      if (hash === file.contentHash) {
        touched.push({ path: file.path, ...found });
        continue;
      }
      const text = decodeCorpusFile(bytes, file.file, logger);
      if (text === null) continue;
      try {
        const parsed = parseArticle(text);
        const { id: _id, handle: _handle, file: _file, ...article } = enrichArticle(parsed, { id: file.id, file: file.file, handle: 0 });
        const { meta, texts } = splitArticle(article);
        records.push({ path: file.path, id: file.id, file: file.file, ...found, contentHash: hash, format, meta, texts });
        change.upsert.push({ id: file.id, file: file.file, parsed });
      } catch (error) {
        logger.warn({ file: file.file, err: error }, "corpus: article could not be parsed");
      }
    }
    if (signal?.aborted) break;
    store.touch(touched);
    store.remove(gone);
    removed += gone.length;
    if (records.length > 0 || change.remove.length > 0) {
      store.save(records);
      changed += records.length;
      apply(change);
    }
  }
  if (changed > 0 || removed > 0) logger.info({ checked, changed, removed }, "corpus: changed files applied after start");
  return { checked, changed, removed };
}
