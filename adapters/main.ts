import { loadConfig, loadCore, createLogger, systemClock, isDiemtinError } from "../src/index.ts";
import { createConsoleAdapter } from "./console/console-adapter.ts";

/** Starts the bot: the console adapter (platform adapters join when their tokens are set). */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const core = loadCore({ corpusDirs: config.corpusDirs, snapshotDir: config.snapshot ? config.dataDir : null, logger, clock: systemClock });
  const io = { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY) };
  await createConsoleAdapter(core, io, logger).run();
}

main().catch((error: unknown) => {
  process.stderr.write(`diemtin: ${isDiemtinError(error) ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
