import { availableParallelism } from "node:os";
import { MessageChannel, receiveMessageOnPort, type MessagePort, type Worker } from "node:worker_threads";
import type { Logger } from "../util/logger.ts";
import { parseCorpusFile, type ParseJob, type ParseOutcome } from "./parse-corpus-file.ts";
import type { ParseChunk, ParseWorkerMessage } from "./parse-worker.ts";
import { createWorkerLogger, replayLogs, type WorkerLog } from "./worker-log.ts";
import { startWorker, workerModuleUrl } from "./worker-thread.ts";

/** How the files are parsed in worker threads. */
export interface ParsePoolOptions {
  /** Worker threads; the jobs are parsed here, in this thread, when 0. */
  readonly workers: number;
  readonly logger: Logger;
  /** Longest wait for a worker to load or to answer a chunk; its jobs are then parsed here. */
  readonly deadlineMs?: number;
  /** The worker's module (tests); `parse-worker` beside this file when absent. */
  readonly workerUrl?: URL;
}

/** How the jobs were parsed. */
export interface ParsePoolReport {
  /** Jobs parsed by the workers; the others were parsed in this thread. */
  readonly inWorkers: number;
  /** Workers given up (failed to load or past the deadline). */
  readonly failed: number;
}

// NOTE: a chunk is small enough that the main thread stores results while the workers parse
// the next ones (a few chunks in flight per worker, so that a worker still has work when this
// thread is slow to hand over), large enough that messages cost little.
const CHUNK = 32;
const IN_FLIGHT = 4;
// NOTE: outcomes are handed over in job order; a worker is given no chunk this far past the
// first one not yet handed over, so the chunks held back for it (by a slow worker) stay few.
const WINDOW = 24;
const DEFAULT_DEADLINE_MS = 60_000;
// NOTE: the main thread wakes at least this often to check the deadlines.
const WAKE_MS = 1000;

interface PoolWorker {
  readonly worker: Worker;
  readonly port: MessagePort;
  ready: boolean;
  dead: boolean;
  lastHeard: number;
  /** The numbers of the chunks sent and not yet answered, in the order sent. */
  readonly pending: number[];
}

/** A chunk's outcomes, held until every chunk before it is handed over. */
interface Answered {
  readonly outcomes: readonly ParseOutcome[];
  readonly logs: readonly WorkerLog[];
}

/** Parse workers to start: one per core, at most four. */
export const PARSE_WORKERS = Math.max(1, Math.min(4, availableParallelism()));

/** Workers started ahead for this thread's next parse (`prestartParseWorkers`). */
let ahead: { readonly url: URL; readonly signal: SharedArrayBuffer; readonly workers: PoolWorker[] } | null = null;

function startPoolWorker(url: URL, signal: SharedArrayBuffer, logger: Logger): PoolWorker | null {
  const channel = new MessageChannel();
  try {
    const worker = startWorker(url, { port: channel.port2, signal });
    // NOTE: a worker's own errors reach this thread only as events, after the loop below; the
    // deadline is what notices them meanwhile.
    worker.on("error", () => undefined);
    worker.unref();
    return { worker, port: channel.port1, ready: false, dead: false, lastHeard: performance.now(), pending: [] };
  } catch (error) {
    logger.warn({ err: error }, "corpus: parse worker could not start");
    return null;
  }
}

function stopWorker(entry: PoolWorker): void {
  entry.port.close();
  void entry.worker.terminate();
}

/**
 * Starts parse workers now for this thread's next `parseInWorkers` (same worker module), so
 * they load while the files are listed; that parse takes them (and starts more if it needs more).
 */
export function prestartParseWorkers(count: number, logger: Logger, workerUrl?: URL): void {
  stopPrestarted();
  const url = workerUrl ?? workerModuleUrl("parse-worker");
  const signal = new SharedArrayBuffer(4);
  const workers: PoolWorker[] = [];
  for (let i = 0; i < count; i++) {
    const entry = startPoolWorker(url, signal, logger);
    if (entry) workers.push(entry);
  }
  ahead = { url, signal, workers };
}

/** Stops the workers `prestartParseWorkers` started that no parse took. */
export function stopPrestarted(): void {
  for (const entry of ahead?.workers ?? []) stopWorker(entry);
  ahead = null;
}

const jobFields = ({ path, id, file, storedHash }: ParseJob): ParseJob => ({ path, id, file, storedHash });

/**
 * Parses corpus files in worker threads and hands each outcome to `onOutcome` in this thread,
 * in job order (with the workers' log lines of each chunk just before its outcomes), which
 * stays busy with them meanwhile. NOTE: it blocks this thread until every job is done (a
 * start does nothing else meanwhile); it never throws for a worker: one that fails to load,
 * dies or passes the deadline is given up and its jobs are parsed here.
 */
export function parseInWorkers(jobs: readonly ParseJob[], options: ParsePoolOptions, onOutcome: (at: number, outcome: ParseOutcome) => void): ParsePoolReport {
  const { logger } = options;
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const chunks: ParseChunk[] = [];
  for (let start = 0; start < jobs.length; start += CHUNK) {
    const at = Array.from({ length: Math.min(CHUNK, jobs.length - start) }, (_, k) => start + k);
    // NOTE: only the job's own fields cross to the worker, whatever else the caller's objects hold.
    chunks.push({ at, jobs: at.map((index) => jobFields(jobs[index] as ParseJob)) });
  }
  const url = options.workerUrl ?? workerModuleUrl("parse-worker");
  const taken = ahead && ahead.url.href === url.href ? ahead : null;
  if (ahead && !taken) stopPrestarted();
  ahead = null;
  const signal = taken?.signal ?? new SharedArrayBuffer(4);
  const counter = new Int32Array(signal);
  const pool: PoolWorker[] = taken ? taken.workers.splice(0, Math.min(options.workers, chunks.length)) : [];
  if (taken) for (const extra of taken.workers) stopWorker(extra);
  while (pool.length < Math.min(options.workers, chunks.length)) {
    const entry = startPoolWorker(url, signal, logger);
    if (!entry) break;
    pool.push(entry);
  }
  let next = 0;
  let handed = 0;
  let inWorkers = 0;
  let failed = 0;
  const answered = new Map<number, Answered>();
  // NOTE: a given-up worker's chunks may wait behind others: their log lines are kept until then.
  const parseHere = (chunk: number): void => {
    const logs: WorkerLog[] = [];
    const here = createWorkerLogger((log) => logs.push(log));
    answered.set(chunk, { outcomes: (chunks[chunk] as ParseChunk).jobs.map((job) => parseCorpusFile(job, here)), logs });
  };
  const feed = (entry: PoolWorker): void => {
    while (!entry.dead && entry.pending.length < IN_FLIGHT && next < chunks.length && next < handed + WINDOW) {
      entry.pending.push(next);
      entry.port.postMessage(chunks[next++] as ParseChunk);
    }
  };
  /** Takes the workers' answers waiting on their ports; whether there were any messages. */
  const receive = (): boolean => {
    let heard = false;
    for (const entry of pool) {
      if (entry.dead) continue;
      for (let message = receiveMessageOnPort(entry.port); message; message = receiveMessageOnPort(entry.port)) {
        heard = true;
        entry.lastHeard = performance.now();
        const received = message.message as ParseWorkerMessage;
        if (received.kind === "ready") {
          entry.ready = true;
          continue;
        }
        const chunk = entry.pending.shift();
        if (chunk === undefined) continue;
        answered.set(chunk, { outcomes: received.outcomes, logs: received.logs });
        inWorkers += (chunks[chunk] as ParseChunk).at.length;
      }
    }
    return heard;
  };
  // NOTE: answers are taken and the workers fed after each chunk handed over: `onOutcome` may
  // take a while, and a worker whose chunks are all answered would wait meanwhile.
  const handOver = (): void => {
    for (let ready = answered.get(handed); ready; ready = answered.get(handed)) {
      answered.delete(handed);
      replayLogs(logger, ready.logs);
      (chunks[handed] as ParseChunk).at.forEach((at, k) => onOutcome(at, ready.outcomes[k] as ParseOutcome));
      handed++;
      receive();
      for (const entry of pool) feed(entry);
    }
  };
  const giveUp = (entry: PoolWorker, reason: string): void => {
    entry.dead = true;
    failed++;
    logger.warn({ reason, jobs: entry.pending.reduce((sum, chunk) => sum + (chunks[chunk] as ParseChunk).at.length, 0) }, "corpus: parse worker given up, its files are parsed in the main thread");
    for (const chunk of entry.pending.splice(0)) parseHere(chunk);
    entry.port.close();
    void entry.worker.terminate();
  };
  for (const entry of pool) feed(entry);

  const busy = (): PoolWorker[] => pool.filter((entry) => !entry.dead && entry.pending.length > 0);
  while (busy().length > 0) {
    const seen = Atomics.load(counter, 0);
    const heard = receive();
    handOver();
    if (heard) continue;
    const now = performance.now();
    for (const entry of busy()) if (now - entry.lastHeard > deadlineMs) giveUp(entry, entry.ready ? `no answer in ${deadlineMs} ms` : `not loaded in ${deadlineMs} ms`);
    handOver();
    if (busy().length > 0) Atomics.wait(counter, 0, seen, WAKE_MS);
  }
  for (const entry of pool) {
    if (entry.dead) continue;
    entry.port.close();
    void entry.worker.terminate();
  }
  handOver();
  // NOTE: chunks no worker took (none started, or all given up) are parsed here, every chunk
  // before them handed over by now.
  for (; next < chunks.length; next++) (chunks[next] as ParseChunk).at.forEach((at) => onOutcome(at, parseCorpusFile(jobs[at] as ParseJob, logger)));
  return { inWorkers, failed };
}
