import { workerData } from "node:worker_threads";
import { parseCorpusFile, type ParseJob, type ParseOutcome } from "./parse-corpus-file.ts";
import { createWorkerLogger, type WorkerLog } from "./worker-log.ts";
import { createSignalledSender, type WorkerChannel } from "./worker-thread.ts";

/** A worker's message: ready once loaded, then the outcomes of each chunk of jobs, by the jobs' indexes. */
export type ParseWorkerMessage =
  | { readonly kind: "ready" }
  | { readonly kind: "done"; readonly at: readonly number[]; readonly outcomes: readonly ParseOutcome[]; readonly logs: readonly WorkerLog[] };

/** A chunk of jobs sent to a worker, each with its index in the whole list. */
export interface ParseChunk {
  readonly at: readonly number[];
  readonly jobs: readonly ParseJob[];
}

const channel = workerData as WorkerChannel;
const send = createSignalledSender<ParseWorkerMessage>(channel);

channel.port.on("message", (chunk: ParseChunk) => {
  const logs: WorkerLog[] = [];
  const logger = createWorkerLogger((log) => logs.push(log));
  send({ kind: "done", at: chunk.at, outcomes: chunk.jobs.map((job) => parseCorpusFile(job, logger)), logs });
});
send({ kind: "ready" });
