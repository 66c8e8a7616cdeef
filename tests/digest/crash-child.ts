// A digest fan-out in its own process, for the crash-safety test: opens the store in
// DATA_DIR, posts every digest to RECORDER_URL, runs once at NOW and prints its report.
import { loadCore } from "../../src/core/index.ts";
import type { OutgoingPort } from "../../src/delivery/outgoing-port.ts";
import { createDigestService } from "../../src/digest/index.ts";
import { createSubscriptionStore, openStore } from "../../src/store/index.ts";
import { DEFAULT_DIGEST_CONFIG } from "../../src/subscriptions/index.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";

const DATA_DIR = process.env.DATA_DIR ?? "";
const RECORDER_URL = process.env.RECORDER_URL ?? "";
const NOW = process.env.NOW ?? "";
const logger = createSilentLogger();
const clock = createFixedClock(NOW);
const store = createSubscriptionStore(openStore(DATA_DIR, logger), { clock });
const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger, clock });

const port: OutgoingPort = {
  platform: "telegram",
  async send(address, reply) {
    try {
      const response = await fetch(RECORDER_URL, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ chatId: address.chatId, command: reply.command }),
      });
      const body = (await response.json()) as { ok: boolean; message_id?: number; description?: string };
      return body.ok ? { ok: true, messageIds: [String(body.message_id)] } : { ok: false, reason: "failed", detail: body.description ?? "" };
    } catch (error) {
      return { ok: false, reason: "failed", detail: String(error) };
    }
  },
};

const digest = createDigestService({
  store,
  core,
  ports: [port],
  config: { ...DEFAULT_DIGEST_CONFIG, sendEmpty: true },
  logger,
  clock,
  concurrency: 1,
  staleAfterMs: 0,
  rates: { telegram: { perSecond: 1000, perChatIntervalMs: 0 } },
});
const report = await digest.runOnce();
process.stdout.write(`${JSON.stringify(report)}\n`);
