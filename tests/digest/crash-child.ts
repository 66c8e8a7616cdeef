// A digest fan-out in its own process, for the crash-safety test: opens the store in
// DATA_DIR, builds the real Telegram adapter (grammY, auto-retry) against the Bot API at
// TELEGRAM_API_ROOT, runs the digest once at NOW through the adapter's outgoing port with the
// production rates and prints its report. The adapter is not started: the digest only sends.
import { createTelegramAdapter } from "../../adapters/telegram/index.ts";
import type { TelegramConfig } from "../../src/config/config.ts";
import { createDigestService } from "../../src/digest/index.ts";
import { createSubscriptionStore, openStore } from "../../src/store/index.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";
import { loadCore } from "../../src/app/index.ts";
import { DEFAULT_DIGEST_CONFIG } from "../../src/config/index.ts";

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`crash-child: ${name} is not set`);
  return value;
};

const logger = createSilentLogger();
const clock = createFixedClock(env("NOW"));
const store = createSubscriptionStore(openStore(env("DATA_DIR"), logger), { clock });
const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger, clock });
const config: TelegramConfig = { token: env("TELEGRAM_BOT_TOKEN"), apiRoot: env("TELEGRAM_API_ROOT"), webhookUrl: null, webhookSecret: null, port: 0 };
const telegram = createTelegramAdapter(config, core, { logger, clock, chatStatus: store });

const digest = createDigestService({
  store,
  core,
  ports: [telegram.outgoing],
  config: DEFAULT_DIGEST_CONFIG,
  logger,
  clock,
  // NOTE: one send at a time, so the send cut by SIGKILL is the one the fake Bot API just got.
  concurrency: 1,
  // NOTE: the killed run's claims are taken over at once; in production they wait 2 minutes
  // (the next minute's runs skip them until then).
  staleAfterMs: 0,
});
const report = await digest.runOnce();
process.stdout.write(`${JSON.stringify(report)}\n`);
