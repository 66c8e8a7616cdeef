import type { LogLevel } from "@slack/bolt";
import { createSlackAdapter, type SlackAdapter } from "../../../adapters/slack/index.ts";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createFixedClock,
  createSilentLogger,
  createSubscriptionService,
  createSubscriptionStore,
  loadCore,
  openStore,
  type ChatAddress,
  type ChatStatusSink,
  type Core,
  type Logger,
  type SlackConfig,
  type SubscriptionStore,
} from "../../../src/index.ts";
import { SEEDS_DIR, createRecordingLogger } from "../../fixtures/seeds.ts";
import { startStubWebApi, type StubWebApi } from "./stub-web-api.ts";
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from "./signed-request.ts";

/** A chat status sink that records what it was told. */
export function createRecordingStatus(): ChatStatusSink & { inactive: { address: ChatAddress; reason: string }[]; active: ChatAddress[] } {
  const inactive: { address: ChatAddress; reason: string }[] = [];
  const active: ChatAddress[] = [];
  return {
    inactive,
    active,
    markInactive: (address, reason) => inactive.push({ address, reason }),
    markActive: (address) => active.push(address),
  };
}

/** A running Slack adapter over HTTP on loopback, talking to a stub Web API. */
export interface SlackHarness {
  readonly core: Core;
  readonly stub: StubWebApi;
  readonly adapter: SlackAdapter;
  readonly logger: ReturnType<typeof createRecordingLogger>;
  readonly status: ReturnType<typeof createRecordingStatus>;
  /** The receiver's URL (`http://127.0.0.1:<port>/slack/events`). */
  readonly url: string;
  close(): Promise<void>;
}

/** The seeds core (loaded once per test file). */
export function loadSeedCore(): Core {
  return loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
}

/** Options of the harness. */
export interface SlackHarnessOptions {
  /** Where the adapter logs (a recording logger when absent; `h.logger` records only then). */
  readonly logger?: Logger;
  /** Bolt's and the Web API client's level (INFO when absent), set before start. */
  readonly boltLogLevel?: LogLevel;
}

/** Starts the adapter in HTTP mode on an ephemeral port with a fast Web API retry policy. */
export async function startSlackHarness(core: Core, options: SlackHarnessOptions = {}): Promise<SlackHarness> {
  const stub = await startStubWebApi();
  const logger = createRecordingLogger();
  const status = createRecordingStatus();
  const config: SlackConfig = { botToken: TEST_BOT_TOKEN, signingSecret: TEST_SIGNING_SECRET, appToken: null, port: 0, apiUrl: stub.apiUrl };
  const adapter = createSlackAdapter(config, core, {
    logger: options.logger ?? logger,
    clock: createFixedClock("2026-02-01T00:00:00Z"),
    chatStatus: status,
    retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 1 },
  });
  if (options.boltLogLevel) adapter.app.logger.setLevel(options.boltLogLevel);
  const { port } = await adapter.start();
  return {
    core,
    stub,
    adapter,
    logger,
    status,
    url: `http://127.0.0.1:${port}/slack/events`,
    async close() {
      await adapter.stop();
      await stub.close();
    },
  };
}

/** A Slack harness over the seeds core with subscriptions in a real store on a temp folder. */
export interface SubscribedSlack {
  readonly h: SlackHarness;
  readonly store: SubscriptionStore;
  readonly core: Core;
  /** Stops the adapter, closes the store and removes its folder. */
  close(): Promise<void>;
}

/** Starts the Slack harness over a core whose subscription commands use a fresh store. */
export async function startSubscribedSlack(): Promise<SubscribedSlack> {
  const dir = mkdtempSync(join(tmpdir(), "diemtin-slack-"));
  const clock = createFixedClock("2026-02-01T00:00:00Z");
  const db = openStore(dir, createSilentLogger());
  const store = createSubscriptionStore(db, { clock });
  const subscriptions = createSubscriptionService({ store, clock });
  const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, services: { subscriptions }, logger: createSilentLogger(), clock });
  const h = await startSlackHarness(core);
  return {
    h,
    store,
    core,
    async close() {
      await h.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
