import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import type { Logger } from "../util/logger.ts";
import type { ParsedArticle } from "../model/article.ts";
import type { LoadProgress, ProgressListener } from "./load-progress.ts";
import { replayLogs, type WorkerLog } from "./worker-log.ts";
import { startWorker, workerModuleUrl, type WorkerChannel } from "./worker-thread.ts";

/** An article from elsewhere indexed with the folders (`CorpusLoadOptions.extraArticles`). */
export interface ExtraArticle {
  readonly id: string;
  readonly file: string;
  readonly parsed: ParsedArticle;
  readonly handle?: number;
}

/** What the cold-build worker is started with. */
export interface ColdBuildData extends WorkerChannel {
  readonly corpusDirs: readonly string[];
  /** The store's database file, opened again in the worker (migrations already applied). */
  readonly databasePath: string;
  readonly snapshotDir: string;
  readonly extraArticles: readonly ExtraArticle[];
}

/** The cold-build worker's messages: log lines and progress, then done or failed. */
export type ColdBuildMessage =
  | { readonly kind: "log"; readonly log: WorkerLog }
  | { readonly kind: "progress"; readonly progress: LoadProgress }
  | { readonly kind: "done" }
  | { readonly kind: "failed"; readonly reason: string };

/** How a first start's build runs in a worker thread. */
export interface ColdBuildOptions {
  readonly corpusDirs: readonly string[];
  readonly databasePath: string;
  readonly snapshotDir: string;
  readonly extraArticles: readonly ExtraArticle[];
  readonly onProgress?: ProgressListener;
  readonly logger: Logger;
  /** Longest silence (no log line, no progress) before the worker is given up. */
  readonly deadlineMs?: number;
  /** The worker's module (tests); `cold-build-worker` beside this file when absent. */
  readonly workerUrl?: URL;
}

// NOTE: the worker reports progress every thousand files or articles; minutes without a word
// mean it is stuck.
const DEFAULT_DEADLINE_MS = 5 * 60_000;
const WAKE_MS = 1000;

/**
 * Parses the corpus files into the store and builds and saves the index snapshot in a worker
 * thread that exits afterwards, so what the build held is returned with it rather than kept by
 * this thread's heap; the caller then loads the corpus as a warm start does. NOTE: blocks this
 * thread until the worker is done (a start does nothing else meanwhile). Returns false, with a
 * warning, when the worker failed or went silent past the deadline: the caller then builds here.
 */
export function buildInWorker(options: ColdBuildOptions): boolean {
  const { logger } = options;
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const channel = new MessageChannel();
  const signal = new SharedArrayBuffer(4);
  const counter = new Int32Array(signal);
  const data: ColdBuildData = {
    port: channel.port2,
    signal,
    corpusDirs: options.corpusDirs,
    databasePath: options.databasePath,
    snapshotDir: options.snapshotDir,
    extraArticles: options.extraArticles,
  };
  let worker: ReturnType<typeof startWorker>;
  try {
    worker = startWorker(options.workerUrl ?? workerModuleUrl("cold-build-worker"), data);
  } catch (error) {
    logger.warn({ err: error }, "corpus: the build worker could not start, building in the main thread");
    return false;
  }
  // NOTE: a worker's own errors reach this thread only as events, after the wait below; the
  // deadline is what notices them meanwhile.
  worker.on("error", () => undefined);
  worker.unref();
  let lastHeard = performance.now();
  try {
    for (;;) {
      const seen = Atomics.load(counter, 0);
      for (let message = receiveMessageOnPort(channel.port1); message; message = receiveMessageOnPort(channel.port1)) {
        lastHeard = performance.now();
        const received = message.message as ColdBuildMessage;
        if (received.kind === "log") replayLogs(logger, [received.log]);
        else if (received.kind === "progress") options.onProgress?.(received.progress);
        else if (received.kind === "done") return true;
        else {
          logger.warn({ reason: received.reason }, "corpus: the build worker failed, building in the main thread");
          return false;
        }
      }
      if (performance.now() - lastHeard > deadlineMs) {
        logger.warn({ reason: `silent for ${deadlineMs} ms` }, "corpus: the build worker failed, building in the main thread");
        return false;
      }
      Atomics.wait(counter, 0, seen, WAKE_MS);
    }
  } finally {
    channel.port1.close();
    void worker.terminate();
  }
}
