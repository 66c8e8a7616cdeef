import { createLogger, loadConfig, type Clock } from "../src/index.ts";
import { createConsoleAdapter } from "./console/create-console-adapter.ts";
import { createConsoleLog } from "./console/console-log.ts";
import { runCommand } from "./process/run-command.ts";
import { startApp } from "./start-app.ts";

// NOTE: a second signal while stopping exits at once (a stuck send must not block the operator).
const SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * Runs the bot process: Telegram and Slack when their tokens are set (until SIGINT/SIGTERM),
 * else the console bot on stdin (until end of input or /thoat). Exits 0 after a clean stop and
 * 1 with one line on a start-up error.
 */
export function runMain(argv: readonly string[], clock: Clock): void {
  runCommand("diemtin", () => main(argv, clock));
}

async function main(argv: readonly string[], clock: Clock): Promise<void> {
  const config = loadConfig({ extraDirs: seedArgs(argv) });
  // NOTE: the interactive console logs to a file so no line lands in the prompt.
  const interactive = !config.telegram && !config.slack && Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const consoleLog = interactive ? createConsoleLog(config) : null;
  const logger = consoleLog?.logger ?? createLogger({ level: config.logLevel, format: config.ops.logFormat });
  // NOTE: the signal handlers are in place before the start: a SIGTERM that arrives while the
  // app starts (its health port may already answer) stops it right after, not by Node's default.
  let signalled = false;
  const stopped = new Promise<void>((resolve) => {
    for (const signal of SIGNALS) {
      process.on(signal, () => {
        if (signalled) process.exit(1);
        signalled = true;
        logger.info({ signal }, "app: stopping");
        resolve();
      });
    }
  });
  const app = await startApp(config, { logger, clock });
  if (app.hasPlatform) {
    await stopped;
  } else {
    const io = { input: process.stdin, output: process.stdout, interactive, ...(consoleLog ? { log: { promptLog: consoleLog.promptLog, file: consoleLog.file } } : {}) };
    await Promise.race([createConsoleAdapter(app.core, io, logger).run(), stopped]);
  }
  await app.stop();
  logger.info({}, "app: stopped");
  // NOTE: stdin may still hold the event loop open after a signal; everything is stopped.
  process.exit(0);
}

function seedArgs(argv: readonly string[]): string[] {
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) if (argv[i] === "--seeds" && argv[i + 1]) dirs.push(argv[++i] as string);
  return dirs;
}

