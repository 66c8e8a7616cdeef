import { parseArticle } from "../articles/index.ts";
import type { Config } from "../config/config.ts";
import type { ArticleInput, Corpus } from "../corpus/index.ts";
import type { Logger } from "../util/logger.ts";
import { watchFolders, type FolderChange, type FolderWatcher, type FolderWatchOptions } from "./folder-watcher.ts";

/** What folder sync is built from. */
export interface FolderSyncDeps {
  readonly corpus: Pick<Corpus, "corpus" | "update">;
  readonly config: Pick<Config, "corpusDirs" | "live">;
  readonly options: FolderWatchOptions;
  readonly logger: Logger;
}

/** Folder sync: files added, changed or removed in the corpus folders reach the corpus (`WATCH`). */
export interface FolderSync {
  /** Starts watching when `WATCH` is on; resolves once the watcher is ready. */
  start(): Promise<void>;
  /** Stops watching. */
  stop(): Promise<void>;
}

/** Creates folder sync over the corpus; nothing is watched until `start()`. */
export function createFolderSync(deps: FolderSyncDeps): FolderSync {
  const { corpus: target, config, logger: log } = deps;
  let watcher: FolderWatcher | null = null;

  function applyFolderChange(change: FolderChange): void {
    const { corpus } = target;
    const upsert: ArticleInput[] = [];
    const remove: string[] = [];
    for (const file of change.upsert) {
      const existing = corpus.byId(file.id);
      if (existing && existing.file !== file.file) {
        log.warn({ file: file.file, reason: `duplicate id "${file.id}" (kept ${existing.file})` }, "corpus: skipped file");
        continue;
      }
      try {
        upsert.push({ id: file.id, file: file.file, parsed: parseArticle(file.text) });
      } catch (error) {
        log.warn({ file: file.file, err: error }, "corpus: article could not be parsed");
      }
    }
    for (const file of change.remove) if (corpus.byId(file.id)?.file === file.file) remove.push(file.id);
    if (upsert.length === 0 && remove.length === 0) return;
    target.update({ upsert, remove });
    log.info({ upserted: upsert.length, removed: remove.length }, "corpus: folder changes applied");
  }

  return {
    async start() {
      if (!config.live.watch || watcher) return;
      watcher = watchFolders(config.corpusDirs, applyFolderChange, log, deps.options);
      await watcher.ready();
    },
    async stop() {
      await watcher?.close();
      watcher = null;
    },
  };
}
