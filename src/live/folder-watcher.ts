import { extname, resolve } from "node:path";
import { watch, type FSWatcher } from "chokidar";
import { CORPUS_EXTENSIONS } from "../corpus/index.ts";
import type { Logger } from "../util/logger.ts";
import { corpusPaths, readChanges, type FolderChange } from "./watched-paths.ts";

export type { FolderChange, WatchedFile } from "./watched-paths.ts";


/** Timing of the watcher. NOTE: milliseconds. */
export interface FolderWatchOptions {
  /** A file's size must stay the same this long before it is read (half-written files wait). */
  readonly stabilityMs: number;
  /** Quiet time after the last event before a batch is applied. */
  readonly debounceMs: number;
  /** Longest a batch waits while events keep coming. */
  readonly maxWaitMs: number;
  /** Longest the initial scan may take; past it the folders are left unwatched (logged). */
  readonly readyTimeoutMs: number;
}

// NOTE: a change waits 400 ms of unchanged size (checked every 50 ms), then 150 ms of quiet:
// about 0.6 s before it is read, leaving most of the 2 s budget to parsing, indexing and
// regrouping. A burst keeps the quiet timer running, so it is applied at most once a second.
/** Default timing: changes reach the corpus in well under a second. */
export const DEFAULT_FOLDER_WATCH: FolderWatchOptions = { stabilityMs: 400, debounceMs: 150, maxWaitMs: 1000, readyTimeoutMs: 60_000 };

/** A running folder watcher. */
export interface FolderWatcher {
  /**
   * Resolves once the initial scan is done (changes after it are reported), or once
   * `readyTimeoutMs` passed without it: then the folders are logged and left unwatched.
   */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Watches corpus folders (chokidar, waiting for write finish) and reports added, changed and
 * removed `.txt`/`.md` files in debounced batches, so a burst of files is one change.
 */
export function watchFolders(
  dirs: readonly string[],
  onChange: (change: FolderChange) => void,
  logger: Logger,
  options: FolderWatchOptions = DEFAULT_FOLDER_WATCH,
): FolderWatcher {
  const paths = corpusPaths(dirs);
  const { roots, real, asConfigured, isHidden } = paths;
  const pending = new Map<string, "upsert" | "remove">();
  let timer: NodeJS.Timeout | null = null;
  let firstAt = 0;

  const flush = (): void => {
    timer = null;
    const change = readChanges(pending, paths, logger);
    pending.clear();
    if (change.upsert.length > 0 || change.remove.length > 0) onChange(change);
  };

  const note = (path: string, kind: "upsert" | "remove"): void => {
    if (!CORPUS_EXTENSIONS.has(extname(path).toLowerCase()) || isHidden(path)) return;
    if (pending.size === 0) firstAt = Date.now();
    pending.set(path, kind);
    if (timer) clearTimeout(timer);
    const wait = Math.min(options.debounceMs, Math.max(0, firstAt + options.maxWaitMs - Date.now()));
    timer = setTimeout(flush, wait);
  };

  const watcher: FSWatcher = watch([...real], {
    ignoreInitial: true,
    followSymlinks: false,
    awaitWriteFinish: { stabilityThreshold: options.stabilityMs, pollInterval: Math.max(20, Math.min(50, Math.floor(options.stabilityMs / 4))) },
    ignored: (path, stats) => isHidden(asConfigured(resolve(path))) || Boolean(stats?.isFile() && !CORPUS_EXTENSIONS.has(extname(path).toLowerCase())),
  });
  watcher.on("add", (path) => note(asConfigured(resolve(path)), "upsert"));
  watcher.on("change", (path) => note(asConfigured(resolve(path)), "upsert"));
  watcher.on("unlink", (path) => note(asConfigured(resolve(path)), "remove"));
  watcher.on("error", (error) => logger.warn({ err: error }, "corpus: folder watch error"));
  // NOTE: chokidar never reports ready when its scan fails early (a path over 4,096
  // characters); start-up must not wait for ever on it.
  const ready = new Promise<void>((done) => {
    const deadline = setTimeout(() => {
      logger.error({ dirs: roots, timeoutMs: options.readyTimeoutMs }, "corpus: folders not watched (the initial scan did not finish); restart to retry");
      void watcher.close().catch(() => undefined);
      done();
    }, options.readyTimeoutMs);
    deadline.unref?.();
    watcher.once("ready", () => {
      clearTimeout(deadline);
      done();
    });
  });

  return {
    ready: () => ready,
    async close() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending.clear();
      await watcher.close();
    },
  };
}
