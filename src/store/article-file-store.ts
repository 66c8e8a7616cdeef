import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Database } from "better-sqlite3";
import { writeAtomically } from "../util/write-atomically.ts";

/** What identifies the version of a corpus file the store parsed. */
export interface ArticleFileStamp {
  /** Absolute path: the record's key. */
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** A hash of the file's bytes, compared when size or modification time differ. */
  readonly contentHash: string;
}

/** One stored corpus file: its stamp, identity, the parser's record format and the article without its texts (JSON). */
export interface ArticleFileEntry extends ArticleFileStamp {
  readonly id: string;
  readonly file: string;
  /** The parser and enrichment version the record was made with; a record of another is parsed again. */
  readonly format: string;
  readonly metaJson: string;
}

/** An article's long texts, stored apart so a start reads only what lists and ranking need. */
export interface ArticleTexts {
  readonly paragraphs: readonly string[];
  readonly captions: readonly string[];
}

/** A parsed corpus file to store. */
export interface ArticleFileRecord extends ArticleFileStamp {
  readonly id: string;
  readonly file: string;
  readonly format: string;
  /** The article without paragraphs and captions, any JSON value. */
  readonly meta: unknown;
  readonly texts: ArticleTexts;
}

/** A file's event fingerprint to keep, for the version of the file (`contentHash`) it was made from. */
export interface StoredFingerprint {
  readonly path: string;
  readonly contentHash: string;
  /** The fingerprinting code's version; one of another is not read back. */
  readonly format: string;
  readonly data: Uint32Array;
}

/** The parsed corpus files kept in the SQLite store, keyed by path. */
export interface ArticleFileStore {
  /** Every stored file, in no particular order. */
  entries(): ArticleFileEntry[];
  /** Whether any stored file was parsed with record format `format`. */
  hasFormat(format: string): boolean;
  /** The stored texts of a file; null when it is not stored or its texts do not read. */
  texts(path: string): ArticleTexts | null;
  /** Stores (or replaces) files' records in one transaction. */
  save(records: readonly ArticleFileRecord[]): void;
  /** Records a new size and modification time for files whose bytes did not change. */
  touch(stamps: readonly Omit<ArticleFileStamp, "contentHash">[]): void;
  /** Forgets files (gone or no longer readable). */
  remove(paths: readonly string[]): void;
  /** A file's kept event fingerprint when it was made from `contentHash` by fingerprint format `format`, else null. */
  fingerprint(path: string, contentHash: string, format: string): Uint32Array | null;
  /** Keeps event fingerprints in one transaction; one whose file's record changed since is dropped. */
  saveFingerprints(prints: readonly StoredFingerprint[]): void;
  /**
   * The bytes `saveSummary` kept last, while no record was stored, touched or removed since;
   * null when there are none, they are stale or they do not read.
   */
  summary(): Uint8Array | null;
  /** Keeps `chunks` (the caller's own encoding of every record as they are now, in order) until a record changes. */
  saveSummary(chunks: readonly Uint8Array[]): void;
}

/** Where a corpus file store keeps its summary. */
export interface ArticleFileStoreOptions {
  /** The summary's file; beside the database file when absent, in memory for an in-memory database or null. */
  readonly summaryPath?: string | null;
}

/** The summary's file name, beside the store's database file. */
export const SUMMARY_FILE = "corpus-records.bin";
// NOTE: the summary file starts with a line naming the records' version it was made at, padded
// so what follows starts at a multiple of 8.
const SUMMARY_MAGIC = "diemtin-records";
const SUMMARY_HEAD = 64;

/** A `corpus_files` row as `list` reads it, columns in its order. */
type EntryRow = [path: string, id: string, file: string, size: number, mtimeMs: number, contentHash: string, format: string, metaJson: string];

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function summaryHead(version: string): Buffer {
  return Buffer.from(`${SUMMARY_MAGIC} ${version}`.padEnd(SUMMARY_HEAD - 1) + "\n");
}

function readHead(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(SUMMARY_HEAD);
    return buffer.subarray(0, readSync(fd, buffer, 0, SUMMARY_HEAD, 0)).toString("latin1");
  } finally {
    closeSync(fd);
  }
}


/** Creates the corpus file store over an open database (the corpus files' migrations applied). */
export function createArticleFileStore(db: Database, options: ArticleFileStoreOptions = {}): ArticleFileStore {
  const summaryPath = options.summaryPath === undefined ? (db.memory ? null : join(dirname(db.name), SUMMARY_FILE)) : options.summaryPath;
  let inMemory: { version: string; bytes: Uint8Array } | null = null;
  const readVersion = db.prepare("SELECT version FROM corpus_files_version WHERE id = 1").pluck();
  const writeVersion = db.prepare("UPDATE corpus_files_version SET version = ? WHERE id = 1");
  const version = (): string => String(readVersion.get() ?? "");
  // NOTE: rows as arrays, in table order: at 100k files, objects per row and an index walk for
  // ORDER BY cost a second of start-up.
  const list = db.prepare("SELECT path, id, file, size, mtime_ms, content_hash, format, meta_json FROM corpus_files").raw();
  // NOTE: the first match ends the scan; a count reads every row of a table of long texts.
  const anyOfFormat = db.prepare("SELECT 1 FROM corpus_files WHERE format = ? LIMIT 1").pluck();
  const readTexts = db.prepare("SELECT texts_json FROM corpus_files WHERE path = ?").pluck();
  const upsert = db.prepare(
    `INSERT INTO corpus_files (path, id, file, size, mtime_ms, content_hash, format, meta_json, texts_json)
     VALUES (@path, @id, @file, @size, @mtimeMs, @contentHash, @format, @metaJson, @textsJson)
     ON CONFLICT (path) DO UPDATE SET id = excluded.id, file = excluded.file, size = excluded.size, mtime_ms = excluded.mtime_ms,
       content_hash = excluded.content_hash, format = excluded.format, meta_json = excluded.meta_json, texts_json = excluded.texts_json`,
  );
  const readPrint = db.prepare("SELECT fingerprint FROM corpus_fingerprints WHERE path = ? AND content_hash = ? AND format = ?").pluck();
  // NOTE: kept only while the file's record is the version it was made from.
  const savePrint = db.prepare(
    `INSERT INTO corpus_fingerprints (path, content_hash, format, fingerprint)
     SELECT path, content_hash, @format, @data FROM corpus_files WHERE path = @path AND content_hash = @contentHash
     ON CONFLICT (path) DO UPDATE SET content_hash = excluded.content_hash, format = excluded.format, fingerprint = excluded.fingerprint`,
  );
  const forgetPrint = db.prepare("DELETE FROM corpus_fingerprints WHERE path = ?");
  const touchOne = db.prepare("UPDATE corpus_files SET size = ?, mtime_ms = ? WHERE path = ?");
  const removeOne = db.prepare("DELETE FROM corpus_files WHERE path = ?");
  const save = db.transaction((records: readonly ArticleFileRecord[]) => {
    for (const record of records) {
      upsert.run({
        path: record.path,
        id: record.id,
        file: record.file,
        size: record.size,
        mtimeMs: record.mtimeMs,
        contentHash: record.contentHash,
        format: record.format,
        metaJson: JSON.stringify(record.meta),
        textsJson: JSON.stringify([record.texts.paragraphs, record.texts.captions]),
      });
      // NOTE: a record parsed again (another parser) may hold other texts for the same bytes.
      forgetPrint.run(record.path);
    }
  });
  const touch = db.transaction((stamps: readonly Omit<ArticleFileStamp, "contentHash">[]) => {
    for (const stamp of stamps) touchOne.run(stamp.size, stamp.mtimeMs, stamp.path);
  });
  const remove = db.transaction((paths: readonly string[]) => {
    for (const path of paths) {
      removeOne.run(path);
      forgetPrint.run(path);
    }
  });
  const saveFingerprints = db.transaction((prints: readonly StoredFingerprint[]) => {
    for (const print of prints) {
      savePrint.run({ data: Buffer.from(print.data.buffer, print.data.byteOffset, print.data.byteLength), format: print.format, path: print.path, contentHash: print.contentHash });
    }
  });
  return {
    entries: () =>
      (list.all() as EntryRow[]).map(([path, id, file, size, mtimeMs, contentHash, format, metaJson]) => ({ path, id, file, size, mtimeMs, contentHash, format, metaJson })),
    hasFormat: (format) => anyOfFormat.get(format) !== undefined,
    texts(path) {
      const json = readTexts.get(path) as string | undefined;
      if (json === undefined) return null;
      try {
        const value: unknown = JSON.parse(json);
        if (!Array.isArray(value) || !isStringArray(value[0]) || !isStringArray(value[1])) return null;
        return { paragraphs: value[0], captions: value[1] };
      } catch {
        return null;
      }
    },
    save: (records) => save(records),
    touch: (stamps) => touch(stamps),
    remove: (paths) => remove(paths),
    fingerprint(path, contentHash, format) {
      const blob = readPrint.get(path, contentHash, format) as Buffer | null | undefined;
      if (!blob || blob.byteLength % 4 !== 0) return null;
      // NOTE: copied into a buffer of its own: SQLite's may be unaligned for 32-bit reads.
      const data = new Uint32Array(blob.byteLength / 4);
      new Uint8Array(data.buffer).set(blob);
      return data;
    },
    saveFingerprints: (prints) => saveFingerprints(prints),
    summary() {
      const current = version();
      if (current === "") return null;
      if (summaryPath === null) return inMemory && inMemory.version === current ? inMemory.bytes : null;
      try {
        if (readHead(summaryPath) !== summaryHead(current).toString("latin1")) return null;
        return readFileSync(summaryPath).subarray(SUMMARY_HEAD);
      } catch {
        return null;
      }
    },
    saveSummary(chunks) {
      // NOTE: a crash between the two steps leaves file and database at different versions: stale, not wrong.
      const next = randomBytes(8).toString("hex");
      if (summaryPath === null) inMemory = { version: next, bytes: Buffer.concat(chunks) };
      else writeAtomically(summaryPath, [summaryHead(next), ...chunks]);
      writeVersion.run(next);
    },
  };
}
