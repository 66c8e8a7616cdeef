import { mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createTelegramAdapter } from "../../adapters/telegram/index.ts";
import type { TelegramConfig } from "../../src/config/config.ts";
import { createDigestService, DEFAULT_RATES } from "../../src/digest/index.ts";
import { createSubscriptionStore, openStore } from "../../src/store/index.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import type { BenchRow, BenchSuite, SuiteResult } from "../suite.ts";
import { loadCore } from "../../src/app/index.ts";
import { DEFAULT_DIGEST_CONFIG } from "../../src/config/index.ts";

const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));
// NOTE: the fake Bot API's limit, messages per second over all chats, as Telegram's broadcast limit.
const ENDPOINT_LIMIT = 30;
const NOW = "2026-11-24T00:05:00Z";
const HEADING = "Điểm tin ngày 24/11/2026";
const TOKEN = "123456789:BENCH-fake-token_abcdefghijklmnopqrs";
// NOTE: the limiter rate tuned to a 30/s endpoint: the most that keeps any one-second window
// at 30 with the limiter's own margin.
const TUNED_RATE = 29;

interface Endpoint {
  readonly apiRoot: string;
  /** Digests (messages with the day's heading) per chat id. */
  readonly received: Map<number, number>;
  messages: number;
  rejected: number;
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/**
 * A fake Bot API on loopback (`/bot<token>/<method>`, as grammY calls it): accepts at most
 * ENDPOINT_LIMIT sendMessage calls in any one-second window and answers 429 with
 * `retry_after: 1` beyond it, like Telegram.
 */
async function startEndpoint(): Promise<Endpoint> {
  const accepted: number[] = [];
  const endpoint = { received: new Map<number, number>(), messages: 0, rejected: 0 } as Endpoint;
  let messageId = 1;
  const server = createServer((request, response) => {
    void readJson(request).then((payload) => {
      const method = /\/bot[^/]+\/(\w+)$/.exec(request.url ?? "")?.[1] ?? "";
      response.setHeader("content-type", "application/json");
      if (method !== "sendMessage") {
        response.end(JSON.stringify({ ok: true, result: true }));
        return;
      }
      const now = performance.now();
      while (accepted.length > 0 && (accepted[0] as number) <= now - 1000) accepted.shift();
      if (accepted.length >= ENDPOINT_LIMIT) {
        endpoint.rejected++;
        response.statusCode = 429;
        response.end(JSON.stringify({ ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } }));
        return;
      }
      accepted.push(now);
      endpoint.messages++;
      const chatId = Number(payload.chat_id);
      const text = String(payload.text ?? "");
      if (text.includes(HEADING)) endpoint.received.set(chatId, (endpoint.received.get(chatId) ?? 0) + 1);
      const message = { message_id: messageId++, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: "private", first_name: "Bench" }, text };
      response.end(JSON.stringify({ ok: true, result: message }));
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return Object.assign(endpoint, {
    apiRoot: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}

/** Fans one day's digest out to `chats` chats through the real Telegram adapter at `perSecond`. */
async function measure(chats: number, perSecond: number, label: string, log: (line: string) => void): Promise<BenchRow> {
  const dir = mkdtempSync(join(tmpdir(), "diemtin-bench-digest-"));
  const logger = createSilentLogger();
  const clock = createFixedClock(NOW);
  const db = openStore(dir, logger);
  const store = createSubscriptionStore(db, { clock });
  const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger, clock });
  const subscribedAt = Date.parse("2026-11-20T00:00:00Z");
  for (let index = 0; index < chats; index++) {
    const target = { platform: "telegram" as const, chatId: String(1_000_000 + index), threadId: null };
    const keyword = index % 2 === 1;
    await store.subscribe({
      target,
      kind: keyword ? "keyword" : "province",
      value: keyword ? "to lam" : "quang-ninh",
      label: keyword ? "Tô Lâm" : "Quảng Ninh",
      typed: keyword ? "Tô Lâm" : "Quảng Ninh",
      excludes: [],
      addedBy: null,
      addedByName: null,
      createdAt: subscribedAt,
    });
  }
  await store.recordFirstSeen(core.articles.map((article) => article.id), subscribedAt + 1);
  const endpoint = await startEndpoint();
  const config: TelegramConfig = { token: TOKEN, apiRoot: endpoint.apiRoot, webhookUrl: null, webhookSecret: null, port: 0 };
  const telegram = createTelegramAdapter(config, core, { logger, clock, chatStatus: store });
  const digest = createDigestService({
    store,
    core,
    ports: [telegram.outgoing],
    config: DEFAULT_DIGEST_CONFIG,
    logger,
    clock,
    rates: { telegram: { perSecond, perChatIntervalMs: DEFAULT_RATES.telegram.perChatIntervalMs } },
  });
  const started = performance.now();
  const report = await digest.runOnce();
  const seconds = (performance.now() - started) / 1000;
  await endpoint.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  const duplicates = [...endpoint.received.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
  const losses = chats - endpoint.received.size;
  const floor = chats / ENDPOINT_LIMIT;
  log(`${label}: ${chats} chats at ${perSecond}/s: ${seconds.toFixed(1)} s, ${endpoint.messages} messages, ${endpoint.rejected} × 429, report ${JSON.stringify(report)}`);
  return {
    label: `${label}: ${chats} chats, limiter ${perSecond}/s`,
    figures: {
      "total s": Number(seconds.toFixed(1)),
      "floor s": Number(floor.toFixed(1)),
      "× floor": Number((seconds / floor).toFixed(3)),
      messages: endpoint.messages,
      "429s": endpoint.rejected,
      duplicates,
      losses,
    },
  };
}

// NOTE: production keeps DEFAULT_RATES.telegram (25/s, the "≤ ~25 messages/s"): it
// leaves Telegram's undocumented margins and the bot's own replies, which share the token's
// budget, some room. Against a 30/s endpoint that rate is 30/25 = 1.2× the floor by
// construction, so the ≤ 1.1× target is measured with the limiter tuned to the endpoint (29/s);
// the production default is measured on the same 3,000 chats beside it and reported, not
// judged. Both go through the real adapter (grammY, auto-retry on 429).
/** `digest`: fan-out of one day's digest to 3,000 chats through the Telegram adapter against a 30 msg/s fake Bot API. */
export const digestSuite: BenchSuite = {
  name: "digest",
  description: "digest fan-out through the Telegram adapter against a fake Bot API enforcing 30 msg/s (429 beyond)",
  async run({ quick, log }): Promise<SuiteResult> {
    const chats = quick ? 300 : 3000;
    const tuned = await measure(chats, TUNED_RATE, "tuned", log);
    const production = await measure(chats, DEFAULT_RATES.telegram.perSecond, "production default", log);
    const rows = [tuned, production];
    const sum = (name: string) => rows.reduce((total, row) => total + (row.figures[name] as number), 0);
    const ratio = tuned.figures["× floor"] as number;
    return {
      rows,
      targets: [
        { name: `fan-out to ${chats} chats ≤ 1.1× the ${chats / ENDPOINT_LIMIT} s floor (limiter ${TUNED_RATE}/s)`, met: ratio <= 1.1, value: ratio },
        { name: "duplicates = 0 (both rates)", met: sum("duplicates") === 0, value: sum("duplicates") },
        { name: "losses = 0 (both rates)", met: sum("losses") === 0, value: sum("losses") },
      ],
    };
  },
};
