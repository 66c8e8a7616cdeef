import { afterEach } from "vitest";
import { createTelegramAdapter, type TelegramAdapter, type TelegramDeps } from "../../../adapters/telegram/index.ts";
import { createHarness, type Harness } from "../../subscriptions/fixtures.ts";
import { createFixedClock, createSilentLogger, type ChatAddress, type Clock, type ChatStatusSink, type Core, type Logger, type TelegramConfig } from "../../../src/index.ts";
import { startFakeBotApi, type FakeBotApi } from "./fake-bot-api.ts";

/** A ChatStatusSink that records what it is told. */
export function createRecordingChatStatus(): ChatStatusSink & { readonly events: { kind: "inactive" | "active"; address: ChatAddress; reason?: string }[] } {
  const events: { kind: "inactive" | "active"; address: ChatAddress; reason?: string }[] = [];
  return {
    events,
    markInactive: (address, reason) => events.push({ kind: "inactive", address, reason }),
    markActive: (address) => events.push({ kind: "active", address }),
  };
}

/** A running Telegram adapter wired to a fresh fake Bot API. */
export interface TelegramHarness {
  readonly fake: FakeBotApi;
  readonly adapter: TelegramAdapter;
  readonly config: TelegramConfig;
  stop(): Promise<void>;
}

/** The webhook URL and secret of webhook-mode harnesses. */
export const WEBHOOK = { url: "https://bot.example.vn/telegram", secret: "s3cret_Webhook-42" } as const;

/** Starts a fake Bot API and the adapter over `core` (polling, or webhook mode on an ephemeral port). */
export async function startTelegramHarness(
  core: Core,
  options: { webhook?: boolean; chatStatus?: ChatStatusSink; logger?: Logger; start?: boolean; clock?: Clock; metrics?: TelegramDeps["metrics"] } = {},
): Promise<TelegramHarness> {
  const fake = await startFakeBotApi();
  const config: TelegramConfig = {
    token: fake.token,
    webhookUrl: options.webhook ? WEBHOOK.url : null,
    webhookSecret: options.webhook ? WEBHOOK.secret : null,
    port: 0,
    apiRoot: fake.apiRoot,
  };
  const adapter = createTelegramAdapter(config, core, {
    logger: options.logger ?? createSilentLogger(),
    clock: options.clock ?? createFixedClock("2026-02-01T00:00:00Z"),
    chatStatus: options.chatStatus,
    ...(options.metrics ? { metrics: options.metrics } : {}),
    pollTimeoutSeconds: 10,
    pollingRetry: { baseMs: 20, maxMs: 200 },
  });
  if (options.start !== false) await adapter.start();
  return {
    fake,
    adapter,
    config,
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/**
 * Registers an `afterEach` that stops the adapter, and returns a starter: a fresh subscriptions
 * harness (real store on a temp file, the seeds core) behind the adapter, the store as its chat
 * status sink; with `seen`, every seed article counts as first seen an hour before `at`.
 */
export function useSubscribedTelegram(options: { at?: string; seen?: boolean } = {}): () => Promise<{ h: TelegramHarness; harness: Harness }> {
  const at = options.at ?? "2026-11-23T05:00:00Z";
  let running: TelegramHarness | null = null;
  afterEach(async () => {
    await running?.stop();
    running = null;
  });
  return async () => {
    const harness = createHarness({ at });
    if (options.seen) await harness.store.recordFirstSeen(harness.core.articles.map((article) => article.id), Date.parse(at) - 3_600_000);
    running = await startTelegramHarness(harness.core, { chatStatus: harness.store });
    return { h: running, harness };
  };
}
