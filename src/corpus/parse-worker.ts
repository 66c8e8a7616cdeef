import { workerData, type MessagePort } from "node:worker_threads";
import type { Logger } from "../util/logger.ts";
import { parseCorpusFile, type ParseJob, type ParseOutcome } from "./parse-corpus-file.ts";

/** What a parse worker is started with: the port it talks on and the counter it bumps after each message. */
export interface ParseWorkerData {
  readonly port: MessagePort;
  readonly signal: SharedArrayBuffer;
}

/** A log line a worker wrote, replayed by the main thread's logger. */
export interface WorkerLog {
  readonly level: "debug" | "info" | "warn" | "error";
  readonly obj: Record<string, unknown>;
  readonly msg: string | undefined;
}

/** A worker's message: ready once loaded, then the outcomes of each chunk of jobs, by the jobs' indexes. */
export type ParseWorkerMessage =
  | { readonly kind: "ready" }
  | { readonly kind: "done"; readonly at: readonly number[]; readonly outcomes: readonly ParseOutcome[]; readonly logs: readonly WorkerLog[] };

/** A chunk of jobs sent to a worker, each with its index in the whole list. */
export interface ParseChunk {
  readonly at: readonly number[];
  readonly jobs: readonly ParseJob[];
}

// NOTE: errors do not cross threads as themselves; their message and stack do.
function cloneable(obj: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) out[key] = value instanceof Error ? { type: value.name, message: value.message, stack: value.stack } : value;
  return out;
}

function collectingLogger(logs: WorkerLog[]): Logger {
  const logger: Logger = {
    debug: (obj, msg) => void logs.push({ level: "debug", obj: cloneable(obj), msg }),
    info: (obj, msg) => void logs.push({ level: "info", obj: cloneable(obj), msg }),
    warn: (obj, msg) => void logs.push({ level: "warn", obj: cloneable(obj), msg }),
    error: (obj, msg) => void logs.push({ level: "error", obj: cloneable(obj), msg }),
    child: () => logger,
  };
  return logger;
}

const { port, signal } = workerData as ParseWorkerData;
const counter = new Int32Array(signal);

function send(message: ParseWorkerMessage): void {
  port.postMessage(message);
  Atomics.add(counter, 0, 1);
  Atomics.notify(counter, 0);
}

port.on("message", (chunk: ParseChunk) => {
  const logs: WorkerLog[] = [];
  const logger = collectingLogger(logs);
  send({ kind: "done", at: chunk.at, outcomes: chunk.jobs.map((job) => parseCorpusFile(job, logger)), logs });
});
send({ kind: "ready" });
