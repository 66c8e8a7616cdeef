import { readdirSync, readFileSync, statSync, type Dirent } from "node:fs";
import { basename, dirname, extname, relative, resolve, sep } from "node:path";
import type { Logger } from "../util/logger.ts";
import { decodeCorpusBytes } from "./decode-text.ts";
import { linkProblem } from "./link-policy.ts";

/** One readable text file of a corpus folder. */
export interface CorpusFile {
  /** The file name without extension; unique across the corpus. */
  readonly id: string;
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the corpus folder's parent, with `/` separators (`dantri-unc/a.txt`). */
  readonly file: string;
  readonly text: string;
}

/** The largest corpus file read. NOTE: bytes; a scraped article is a few KB, anything past 5 MB is not one. */
export const MAX_CORPUS_FILE_BYTES = 5 * 1024 * 1024;

/** File extensions read as corpus texts (lowercase, with the dot). */
export const CORPUS_EXTENSIONS: ReadonlySet<string> = new Set([".txt", ".md"]);

function warnSkipped(logger: Logger, file: string, reason: string): void {
  logger.warn({ file, reason }, "corpus: skipped file");
}

function listEntries(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true });
}

// NOTE: hidden entries (".git", ".DS_Store") are not corpus content and are passed over silently.
function collectFiles(dir: string, root: string, out: string[], logger: Logger, display: (path: string) => string): void {
  let entries: Dirent[];
  try {
    entries = listEntries(dir);
  } catch (error) {
    warnSkipped(logger, display(dir), `folder unreadable: ${(error as Error).message}`);
    return;
  }
  // NOTE: string joins, not path.join: `dir` is already absolute and normalized, and at 100k
  // files normalizing each path is a noticeable share of a warm start.
  const prefix = dir.endsWith(sep) ? dir : dir + sep;
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = prefix + entry.name;
    if (entry.isSymbolicLink()) {
      const problem = linkProblem(path, root);
      if (problem) warnSkipped(logger, display(path), problem);
      else if (CORPUS_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
    } else if (entry.isDirectory()) collectFiles(path, root, out, logger, display);
    else if (entry.isFile() && CORPUS_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
}

/** A corpus file's size and modification time, or null (with a warning) when it is not one to read. */
export function corpusFileStats(path: string, file: string, logger: Logger): { size: number; mtimeMs: number } | null {
  try {
    const stats = statSync(path);
    if (!stats.isFile()) {
      warnSkipped(logger, file, "not a regular file");
      return null;
    }
    if (stats.size > MAX_CORPUS_FILE_BYTES) {
      warnSkipped(logger, file, `over ${MAX_CORPUS_FILE_BYTES} bytes (${stats.size})`);
      return null;
    }
    return { size: stats.size, mtimeMs: stats.mtimeMs };
  } catch (error) {
    warnSkipped(logger, file, `unreadable: ${(error as Error).message}`);
    return null;
  }
}

/** A corpus file's bytes, or null (with a warning) when they cannot be read. */
export function readCorpusBytes(path: string, file: string, logger: Logger): Buffer | null {
  try {
    return readFileSync(path);
  } catch (error) {
    warnSkipped(logger, file, `unreadable: ${(error as Error).message}`);
    return null;
  }
}

/** A corpus file's text from its bytes, or null (with a warning) when empty, binary or badly encoded. */
export function decodeCorpusFile(bytes: Uint8Array, file: string, logger: Logger): string | null {
  const decoded = decodeCorpusBytes(bytes);
  if (!decoded.ok) {
    warnSkipped(logger, file, decoded.reason);
    return null;
  }
  return decoded.text;
}

function readOne(path: string, file: string, logger: Logger): string | null {
  if (!corpusFileStats(path, file, logger)) return null;
  const bytes = readCorpusBytes(path, file, logger);
  return bytes === null ? null : decodeCorpusFile(bytes, file, logger);
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A corpus file found in a folder, before it is read. */
export interface CorpusPath {
  /** The file name without extension. */
  readonly id: string;
  /** Absolute path. */
  readonly path: string;
  /** Path relative to the corpus folder's parent, with `/` separators. */
  readonly file: string;
}

/**
 * Lists every `.txt` and `.md` file under each folder, recursively, in path order, folder by
 * folder. Missing or unreadable folders cost one warning each; ids are not checked for duplicates.
 */
export function listCorpusPaths(dirs: readonly string[], logger: Logger): CorpusPath[] {
  const out: CorpusPath[] = [];
  for (const dir of dirs) {
    const root = resolve(dir);
    const parent = dirname(root);
    const base = parent.endsWith(sep) ? parent.length : parent.length + 1;
    // NOTE: every path listed lies under `parent`: its relative form is a slice.
    const display = (path: string): string => (sep === "/" ? path.slice(base) : relative(parent, path).split(sep).join("/"));
    let isDir = false;
    try {
      isDir = statSync(root).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      warnSkipped(logger, dir, "folder not found");
      continue;
    }
    const paths: string[] = [];
    collectFiles(root, root, paths, logger, display);
    paths.sort(byPath);
    for (const path of paths) out.push({ id: basename(path, extname(path)), path, file: display(path) });
  }
  return out;
}

/** The warning for a file whose id an earlier file already has (the first one wins). */
export function warnDuplicate(logger: Logger, file: string, id: string, kept: string): void {
  warnSkipped(logger, file, `duplicate id "${id}" (kept ${kept})`);
}

/**
 * Reads every `.txt` and `.md` file under each folder, recursively, in path order, folder by
 * folder. Unreadable, empty, binary, badly encoded or oversized files, missing folders and
 * duplicate ids (the first one wins) each cost one warning; nothing throws.
 */
export function readCorpusFiles(dirs: readonly string[], logger: Logger): CorpusFile[] {
  const files: CorpusFile[] = [];
  const seen = new Map<string, string>();
  for (const { id, path, file } of listCorpusPaths(dirs, logger)) {
    const first = seen.get(id);
    if (first !== undefined) {
      warnDuplicate(logger, file, id, first);
      continue;
    }
    const text = readOne(path, file, logger);
    if (text === null) continue;
    seen.set(id, file);
    files.push({ id, path, file, text });
  }
  return files;
}
