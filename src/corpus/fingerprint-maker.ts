import { MessageChannel, type MessagePort } from "node:worker_threads";
import type { FingerprintText } from "../events/index.ts";
import type { Article } from "../model/article.ts";
import { DiemtinError } from "../util/errors.ts";
import type { Logger } from "../util/logger.ts";
import { storedRecordOf } from "./stored-article.ts";
import { startWorker, workerModuleUrl } from "./worker-thread.ts";

/** One article the fingerprint worker is asked for: where its texts are stored, and its title, lead and date. */
export interface FingerprintItem extends Omit<FingerprintText, "paragraphs"> {
  readonly path: string;
}

/** A batch of articles sent to the fingerprint worker. */
export interface FingerprintRequest {
  readonly batch: number;
  readonly items: readonly FingerprintItem[];
}

/** What the fingerprint worker is started with. */
export interface FingerprintWorkerData {
  readonly port: MessagePort;
  /** The store's database file, opened again in the worker to read the articles' texts. */
  readonly databasePath: string;
}

/** The fingerprint worker's messages: ready once, then a batch's kept numbers (null where the texts did not read), or a failure. */
export type FingerprintWorkerMessage =
  | { readonly kind: "ready" }
  | { readonly kind: "made"; readonly batch: number; readonly prints: readonly (Uint32Array | null)[] }
  | { readonly kind: "failed"; readonly reason: string };

/** Makes event fingerprints of stored articles in a worker thread. */
export interface FingerprintMaker {
  /**
   * The kept numbers (`packFingerprint`'s) of each article's fingerprint, made from its stored
   * texts; null for an article not read from the store or whose texts did not read. Rejects
   * when the worker failed or went silent past the deadline (the maker is then closed).
   */
  make(articles: readonly Article[]): Promise<(Uint32Array | null)[]>;
  /** Stops the worker; safe to call twice. */
  close(): Promise<void>;
}

/** How the fingerprint worker runs. */
export interface FingerprintMakerOptions {
  readonly databasePath: string;
  readonly logger: Logger;
  /** Longest wait for one batch before the worker is given up. */
  readonly deadlineMs?: number;
  /** The worker's heap limit (MB): the texts it reads come and go there, not in the main heap. */
  readonly heapMb?: number;
  /** The worker's module (tests); `fingerprint-worker` beside this file when absent. */
  readonly workerUrl?: URL;
}

/** Fewer fingerprints to make than this are made in the thread that needs them: a worker would cost more than it spares. */
export const FINGERPRINT_WORKER_MIN_ARTICLES = 2000;

// NOTE: a batch of a few hundred articles takes well under a second; a minute means it is stuck.
const DEFAULT_DEADLINE_MS = 60_000;
const DEFAULT_HEAP_MB = 192;

/**
 * Starts a worker thread that makes event fingerprints from the articles' stored texts: a first
 * start's tens of thousands of texts are then read, split and hashed in a small heap of its own
 * that goes with the worker, while this thread keeps answering.
 */
export function createFingerprintMaker(options: FingerprintMakerOptions): FingerprintMaker {
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const channel = new MessageChannel();
  const data: FingerprintWorkerData = { port: channel.port2, databasePath: options.databasePath };
  const worker = startWorker(options.workerUrl ?? workerModuleUrl("fingerprint-worker"), data, { maxOldGenerationSizeMb: options.heapMb ?? DEFAULT_HEAP_MB });
  worker.unref();
  let failure: Error | null = null;
  let closed = false;
  let batches = 0;
  const waiting = new Map<number, { resolve: (prints: (Uint32Array | null)[]) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();

  const fail = (reason: string): void => {
    failure ??= new DiemtinError("INTERNAL", `fingerprint worker: ${reason}`);
    for (const [batch, wait] of waiting) {
      clearTimeout(wait.timer);
      waiting.delete(batch);
      wait.reject(failure);
    }
    void close();
  };
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    channel.port1.close();
    await worker.terminate();
  };

  channel.port1.on("message", (message: FingerprintWorkerMessage) => {
    if (message.kind === "failed") fail(message.reason);
    else if (message.kind === "made") {
      const wait = waiting.get(message.batch);
      if (!wait) return;
      clearTimeout(wait.timer);
      waiting.delete(message.batch);
      wait.resolve([...message.prints]);
    }
  });
  worker.on("error", (error) => fail(error.message));
  worker.on("exit", (code) => {
    if (!closed) fail(`exited with code ${code}`);
  });

  return {
    make(articles) {
      if (failure) return Promise.reject(failure);
      if (closed) return Promise.reject(new DiemtinError("INTERNAL", "fingerprint worker: closed"));
      const slots: number[] = [];
      const items: FingerprintItem[] = [];
      articles.forEach((article, at) => {
        const record = storedRecordOf(article);
        if (!record) return;
        slots.push(at);
        items.push({ path: record.path, title: article.title, lead: article.lead, date: article.date });
      });
      const out: (Uint32Array | null)[] = articles.map(() => null);
      if (items.length === 0) return Promise.resolve(out);
      const batch = ++batches;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => fail(`silent for ${deadlineMs} ms`), deadlineMs);
        waiting.set(batch, {
          resolve: (prints) => {
            prints.forEach((print, k) => (out[slots[k] as number] = print));
            resolve(out);
          },
          reject,
          timer,
        });
        const request: FingerprintRequest = { batch, items };
        channel.port1.postMessage(request);
      });
    },
    close,
  };
}
