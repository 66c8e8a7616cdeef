import { workerData } from "node:worker_threads";
import { packedFingerprintOf } from "../events/index.ts";
import { createArticleFileStore, openDatabase } from "../store/index.ts";
import { createSilentLogger } from "../util/logger.ts";
import type { FingerprintRequest, FingerprintWorkerData, FingerprintWorkerMessage } from "./fingerprint-maker.ts";

const data = workerData as FingerprintWorkerData;
const send = (message: FingerprintWorkerMessage, transfer: ArrayBuffer[] = []): void => data.port.postMessage(message, transfer);

try {
  const db = openDatabase(data.databasePath, createSilentLogger());
  const files = createArticleFileStore(db);
  data.port.on("message", (request: FingerprintRequest) => {
    try {
      const prints = request.items.map((item) => {
        const texts = files.texts(item.path);
        return texts ? packedFingerprintOf({ ...item, paragraphs: texts.paragraphs }) : null;
      });
      send({ kind: "made", batch: request.batch, prints }, prints.flatMap((print) => (print ? [print.buffer as ArrayBuffer] : [])));
    } catch (error) {
      send({ kind: "failed", reason: error instanceof Error ? error.message : String(error) });
    }
  });
  data.port.on("close", () => db.close());
  send({ kind: "ready" });
} catch (error) {
  send({ kind: "failed", reason: error instanceof Error ? error.message : String(error) });
}
