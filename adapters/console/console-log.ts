import { mkdirSync, openSync } from "node:fs";
import { join } from "node:path";
import pino from "pino";
import { createLogger, DiemtinError, type Config, type Logger } from "../../src/index.ts";
import { createPromptLog, type PromptLog } from "./prompt-log.ts";

/** The log file of the interactive console, inside `DATA_DIR`. */
export const CONSOLE_LOG_FILE = "diemtin.log";

/** The interactive console's logger: everything to a file, warnings above the prompt. */
export interface ConsoleLog {
  readonly logger: Logger;
  readonly promptLog: PromptLog;
  /** The file every line at `LOG_LEVEL` goes to. */
  readonly file: string;
}

/**
 * Creates the interactive console's logger: JSON lines at `LOG_LEVEL` appended to
 * `DATA_DIR/diemtin.log`, and warnings and errors as readable lines above the prompt, so no
 * log line lands in what the user is typing. Throws STORE_FAILED naming the file when it
 * cannot be written.
 */
export function createConsoleLog(config: Pick<Config, "dataDir" | "logLevel">): ConsoleLog {
  const file = join(config.dataDir, CONSOLE_LOG_FILE);
  let fd: number;
  try {
    mkdirSync(config.dataDir, { recursive: true });
    fd = openSync(file, "a");
  } catch (cause) {
    throw new DiemtinError("STORE_FAILED", `${file}: cannot write the log (check DATA_DIR)`, { cause });
  }
  const promptLog = createPromptLog(process.stderr, { colorize: Boolean(process.stderr.isTTY) });
  const streams = pino.multistream([
    { level: config.logLevel === "silent" ? "fatal" : config.logLevel, stream: pino.destination({ fd, sync: true }) },
    { level: "warn", stream: promptLog },
  ]);
  const logger = createLogger({ level: config.logLevel, destination: streams as unknown as NodeJS.WritableStream, format: "json" });
  return { logger, promptLog, file };
}
