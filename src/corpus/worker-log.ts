import type { Logger } from "../util/logger.ts";

/** A log line written in a worker thread, replayed by the main thread's logger. */
export interface WorkerLog {
  readonly level: "debug" | "info" | "warn" | "error";
  readonly obj: Record<string, unknown>;
  readonly msg: string | undefined;
}

// NOTE: errors do not cross threads as themselves; their name, message and stack do.
function cloneable(obj: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) out[key] = value instanceof Error ? { type: value.name, message: value.message, stack: value.stack } : value;
  return out;
}

/** A logger for a worker thread that hands each line to `write` (which posts it to the main thread). */
export function createWorkerLogger(write: (log: WorkerLog) => void): Logger {
  const logger: Logger = {
    debug: (obj, msg) => write({ level: "debug", obj: cloneable(obj), msg }),
    info: (obj, msg) => write({ level: "info", obj: cloneable(obj), msg }),
    warn: (obj, msg) => write({ level: "warn", obj: cloneable(obj), msg }),
    error: (obj, msg) => write({ level: "error", obj: cloneable(obj), msg }),
    child: () => logger,
  };
  return logger;
}

/** Writes a worker's log lines to this thread's logger. */
export function replayLogs(logger: Logger, logs: readonly WorkerLog[]): void {
  for (const log of logs) logger[log.level](log.obj, log.msg);
}
