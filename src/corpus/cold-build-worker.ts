import { workerData } from "node:worker_threads";
import { createArticleFileStore, openDatabase } from "../store/index.ts";
import { systemClock } from "../util/clock.ts";
import type { ColdBuildData, ColdBuildMessage } from "./cold-build.ts";
import { loadCorpus } from "./create-corpus.ts";
import { PARSE_WORKERS, prestartParseWorkers, stopPrestarted } from "./parse-pool.ts";
import { createWorkerLogger } from "./worker-log.ts";
import { createSignalledSender } from "./worker-thread.ts";

const data = workerData as ColdBuildData;
const send = createSignalledSender<ColdBuildMessage>(data);
const logger = createWorkerLogger((log) => send({ kind: "log", log }));
// NOTE: the parse workers load while the files are listed and looked at.
prestartParseWorkers(PARSE_WORKERS, logger);
try {
  const db = openDatabase(data.databasePath, logger);
  try {
    loadCorpus({
      corpusDirs: data.corpusDirs,
      snapshotDir: data.snapshotDir,
      extraArticles: data.extraArticles,
      files: createArticleFileStore(db),
      onProgress: (progress) => send({ kind: "progress", progress }),
      logger,
      clock: systemClock,
    });
  } finally {
    db.close();
  }
  send({ kind: "done" });
} catch (error) {
  send({ kind: "failed", reason: error instanceof Error ? error.message : String(error) });
} finally {
  stopPrestarted();
}
