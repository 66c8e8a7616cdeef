import { realpathSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { linkProblem } from "../corpus/index.ts";
import type { Logger } from "../util/logger.ts";
import { readCorpusFile } from "./read-corpus-file.ts";

/** A corpus file as the watcher reports it: id and display path like the loader's. */
export interface WatchedFile {
  readonly id: string;
  readonly file: string;
}

/** One batch of folder changes: files to (re)read with their text, files gone or unreadable. */
export interface FolderChange {
  readonly upsert: readonly (WatchedFile & { readonly text: string })[];
  readonly remove: readonly WatchedFile[];
}

/** The watched corpus folders and how a path in them is named, identified and filtered. */
export interface CorpusPaths {
  /** The folders as configured, resolved. */
  readonly roots: readonly string[];
  /** The folders' real paths (a folder that is a link, followed). */
  readonly real: readonly string[];
  /** A real path mapped back under the folder as configured. */
  asConfigured(path: string): string;
  /** The configured folder a path is in. */
  rootOf(path: string): string | undefined;
  /** A file's id and display path, like the loader's; null outside the folders. */
  identify(path: string): WatchedFile | null;
  /** Whether a path is hidden under its folder (".git", ".DS_Store"): not corpus content. */
  isHidden(path: string): boolean;
}

/** The paths of the watched corpus folders `dirs`. */
export function corpusPaths(dirs: readonly string[]): CorpusPaths {
  const roots = dirs.map((dir) => resolve(dir));
  // NOTE: links are not followed, so a corpus folder that is itself a link is watched at its
  // real path; events are mapped back to the folder as configured.
  const real = roots.map((root) => {
    try {
      return realpathSync(root);
    } catch {
      return root;
    }
  });
  const asConfigured = (path: string): string => {
    const index = real.findIndex((candidate) => path === candidate || path.startsWith(candidate + sep));
    return index < 0 ? path : join(roots[index] as string, relative(real[index] as string, path));
  };
  const rootOf = (path: string): string | undefined => roots.find((candidate) => path === candidate || path.startsWith(candidate + sep));
  const identify = (path: string): WatchedFile | null => {
    const root = rootOf(path);
    if (!root) return null;
    return { id: basename(path, extname(path)), file: relative(dirname(root), path).split(sep).join("/") };
  };

  const isHidden = (path: string): boolean => {
    const root = rootOf(path);
    return root !== undefined && relative(root, path).split(sep).some((part) => part.startsWith("."));
  };
  return { roots, real, asConfigured, rootOf, identify, isHidden };
}

/**
 * Reads the files of a batch of folder events: changed files with their text; removed files,
 * and files that cannot be read (logged), as removals; a link leading out of its folder is
 * skipped (logged).
 */
export function readChanges(pending: ReadonlyMap<string, "upsert" | "remove">, paths: CorpusPaths, logger: Logger): FolderChange {
  const upsert: (WatchedFile & { text: string })[] = [];
  const remove: WatchedFile[] = [];
  for (const [path, kind] of pending) {
    const identity = paths.identify(path);
    if (!identity) continue;
    if (kind === "remove") {
      remove.push(identity);
      continue;
    }
    const problem = linkProblem(path, paths.rootOf(path) as string);
    if (problem) {
      logger.warn({ file: identity.file, reason: problem }, "corpus: skipped file");
      continue;
    }
    const read = readCorpusFile(path);
    if (read.ok) upsert.push({ ...identity, text: read.text });
    else {
      logger.warn({ file: identity.file, reason: read.reason }, "corpus: skipped file");
      remove.push(identity);
    }
  }
  return { upsert, remove };
}
