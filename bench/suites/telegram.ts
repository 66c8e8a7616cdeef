import { Writable } from "node:stream";
import { Worker } from "node:worker_threads";
import { createTelegramAdapter, renderReply } from "../../adapters/telegram/index.ts";
import { createFixedClock, createLogger, createSilentLogger, loadCore, systemClock, type Core, type Logger, type TelegramConfig } from "../../src/index.ts";
import { SEEDS_DIR } from "../../tests/fixtures/seeds.ts";
import type { BenchRow, BenchSuite } from "../suite.ts";
import type { LoadRequest, LoadResult } from "./telegram-load.ts";

const CHATS = 100;
// NOTE: what readers send, each answered by one message so the first sendMessage to a chat
// closes its round trip. "search" lines make the core build snippets (most of the CPU);
// "light" lines (listing, reading, people, documents) show the adapter's own cost.
const SEARCH_LINES = ["/tinh quảng ninh", "quang ninh", "/tim tăng trưởng", "/tinh Lạng Sơn", "tổng bí thư"];
const LIGHT_LINES = ["/moi", "/bai 2", "/nguoi Tô Lâm", "/vanban"];
/** The offered load of the latency runs, updates per second across the 100 chats. */
const OFFERED_RATE = 500;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

const round = (value: number) => Math.round(value * 100) / 100;

type Measured = LoadResult;

/** Starts the load worker (fake Bot API + driver) and the adapter against it. */
async function startLoad(core: Core, logger: Logger) {
  // NOTE: workers do not inherit the tsx loader hooks; the worker registers them itself.
  const worker = new Worker(
    `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(new URL("./telegram-load.ts", import.meta.url).href)}); });`,
    { eval: true },
  );
  const next = () => new Promise<unknown>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  const { apiRoot, token } = (await next()) as { apiRoot: string; token: string };
  const config: TelegramConfig = { token, apiRoot, webhookUrl: null, webhookSecret: null, port: 0 };
  const adapter = createTelegramAdapter(config, core, { logger, clock: systemClock });
  await adapter.start();
  return {
    async run(request: LoadRequest): Promise<Measured> {
      const result = next();
      worker.postMessage(request);
      return (await result) as Measured;
    },
    async stop() {
      await adapter.stop();
      worker.postMessage("close");
      await new Promise((resolve) => worker.once("exit", resolve));
    },
  };
}

function row(label: string, result: Measured): BenchRow {
  return {
    label,
    figures: {
      updates: result.updates,
      "updates/s": Math.round(result.rate),
      "p50 ms": round(percentile(result.latencies, 50)),
      "p99 ms": round(percentile(result.latencies, 99)),
      "max ms": round(result.latencies.at(-1) ?? Number.NaN),
    },
  };
}

/** `npm run bench -- --only telegram`: the Telegram adapter end to end over loopback HTTP. */
export const telegramSuite: BenchSuite = {
  name: "telegram",
  description: "Telegram adapter end to end over HTTP (fake Bot API, grammY runner), 100 concurrent chats, seeds corpus",
  async run({ quick, log }) {
    const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
    const single = async (lines: readonly string[]) => {
      const kept: string[] = [];
      for (const line of lines) if (renderReply(await core.ask(line)).length === 1) kept.push(line);
      return kept;
    };
    const search = await single(SEARCH_LINES);
    const light = await single(LIGHT_LINES);
    const mixed = [...search, ...light];
    const sink = new Writable({ write: (_chunk, _encoding, callback) => callback() });
    const logger = createLogger({ level: "info", destination: sink });
    const total = quick ? 500 : 2000;
    const load = await startLoad(core, logger);
    const measure = (lines: readonly string[], count: number, mode: "closed" | "open") =>
      load.run({ lines, total: count, mode, chats: CHATS, rate: OFFERED_RATE });
    await measure(mixed, 500, "closed");
    const runs: [string, readonly string[], "closed" | "open"][] = [
      ["saturation, mixed commands", mixed, "closed"],
      ["saturation, light commands", light, "closed"],
      [`${OFFERED_RATE} updates/s offered, mixed commands`, mixed, "open"],
      [`${OFFERED_RATE} updates/s offered, light commands`, light, "open"],
    ];
    const rows: BenchRow[] = [];
    const results = new Map<string, Measured>();
    for (const [label, lines, mode] of runs) {
      const result = await measure(lines, total, mode);
      results.set(label, result);
      rows.push(row(`${CHATS} chats, ${label}`, result));
      log(`${label}: ${Math.round(result.rate)} updates/s, p99 ${round(percentile(result.latencies, 99))} ms`);
    }
    await load.stop();
    const saturation = results.get("saturation, mixed commands") as Measured;
    const offered = results.get(`${OFFERED_RATE} updates/s offered, mixed commands`) as Measured;
    return {
      rows,
      targets: [
        { name: "≥ 500 updates/s, 100 chats, mixed commands", met: saturation.rate >= 500, value: Math.round(saturation.rate) },
        { name: `p99 ≤ 50 ms at ${OFFERED_RATE} updates/s, mixed commands`, met: percentile(offered.latencies, 99) <= 50, value: round(percentile(offered.latencies, 99)) },
      ],
    };
  },
};
