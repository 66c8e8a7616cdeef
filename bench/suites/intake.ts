import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { loadCore, withRouter, type Core } from "../../src/app/index.ts";
import { loadCorpus, type ArticleInput } from "../../src/corpus/index.ts";
import { createFeedPoller } from "../../src/live/feed-poller.ts";
import { createHostQueue } from "../../src/live/host-queue.ts";
import { createLiveCorpus, defaultLiveOptions } from "../../src/live/index.ts";
import { parseFeedSlices } from "../../src/live/parse-feed.ts";
import type { Article } from "../../src/model/article.ts";
import { openDatabase } from "../../src/store/index.ts";
import { createFeedStore } from "../../src/store/feed-store.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createLogger, createSilentLogger } from "../../src/util/logger.ts";
import { upperLimitTarget, type BenchRow, type BenchSuite, type SuiteResult } from "../suite.ts";

const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));
const clock = createFixedClock("2026-01-28T00:00:00Z");
const logger = process.env.BENCH_DEBUG ? createLogger({ level: "debug" }) : createSilentLogger();
const QUERY = "/tim Quảng Ninh tăng trưởng";
// NOTE: how often a query is sent while a feed is taken in (milliseconds).
const QUERY_EVERY_MS = 10;
const PARAGRAPH = "Sáng 27/1, tỉnh Quảng Ninh khởi công dự án cầu mới với sự tham dự của lãnh đạo các sở, ngành và địa phương trong tỉnh; dự án dự kiến hoàn thành trong hai năm, tổng vốn đầu tư hơn 2.000 tỷ đồng, tạo việc làm cho hàng nghìn lao động.";
const page = (n: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta property="og:title" content="Quảng Ninh khởi công dự án số ${n}"><meta property="article:published_time" content="2026-01-27T08:00:00+07:00"></head><body><article><h1>Quảng Ninh khởi công dự án số ${n}</h1>${`<p>${PARAGRAPH} Dự án số ${n}.</p>`.repeat(4)}</article></body></html>`;

function feedXml(base: string, items: number): string {
  const entries: string[] = [];
  for (let i = 0; i < items; i++) entries.push(`<item><title>Tin ${i}</title><link>${base}/p/${i}.html</link></item>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Bench</title>\n${entries.join("\n")}\n</channel></rss>`;
}

async function startServer(items: number) {
  let xml = "";
  const server = createServer((request, response) => {
    if (request.url === "/feed.xml") response.writeHead(200, { "content-type": "application/rss+xml" }).end(xml);
    else response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(request.url?.replace(/\D/g, "") ?? ""));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  xml = feedXml(base, items);
  return { url: `${base}/feed.xml`, xml, close: () => (server.closeAllConnections(), server.close()) };
}

/**
 * Sends a query every few milliseconds until `work` ends; each answer's latency counts from
 * when its timer was due, so time spent waiting for a blocked event loop counts too.
 */
async function latencyDuring(core: Core, work: Promise<unknown>): Promise<{ max: number; count: number; cpu: number }> {
  let finished = false;
  void work.finally(() => (finished = true));
  // NOTE: the process's CPU time between two turns of the event loop: the longest stretch of
  // work nothing could interrupt, whatever share of the cores a loaded machine gave it.
  let cpu = 0;
  let last = process.cpuUsage();
  const turn = (): void => {
    const used = process.cpuUsage(last);
    cpu = Math.max(cpu, (used.user + used.system) / 1000);
    last = process.cpuUsage();
    if (!finished) setImmediate(turn);
  };
  setImmediate(turn);
  const latencies: number[] = [];
  while (!finished) {
    const due = performance.now() + QUERY_EVERY_MS;
    await new Promise((resolve) => setTimeout(resolve, QUERY_EVERY_MS));
    await core.ask(QUERY);
    latencies.push(performance.now() - due);
  }
  await work;
  return { max: Math.max(0, ...latencies), count: latencies.length, cpu };
}

const round = (value: number) => Number(value.toFixed(1));
const LIVE = (url: string) => ({ watch: false, feeds: [url], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: true });

/** The live corpus's first poll of the feed (its defaults: 200 new items recorded and their pages fetched). */
async function firstPoll(url: string, items: number): Promise<BenchRow> {
  const db = openDatabase(":memory:", logger);
  const corpus = loadCorpus({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger, clock });
  const live = createLiveCorpus({
    corpus,
    store: createFeedStore(db, clock),
    config: { corpusDirs: [], live: LIVE(url), adminIds: [] },
    logger,
    clock,
    options: { poll: { maxFeedBytes: 64 * 1024 * 1024 } },
  });
  const core = withRouter(corpus, { feeds: live.feeds, events: live });
  await live.start();
  const started = performance.now();
  const polled = live.pollAll();
  const { max, count, cpu } = await latencyDuring(core, polled);
  const [report] = await polled;
  const row: BenchRow = {
    label: `${items} items, live corpus first poll (${report?.added.length ?? 0} pages fetched)`,
    figures: { "intake ms": round(performance.now() - started), "max answer ms": round(max), "max CPU ms between turns": round(cpu), answers: count },
  };
  await live.stop();
  db.close();
  return row;
}

/** Every item of the feed recorded in one poll (no per-poll cap, pages left unfetched): the parse and record path alone. */
async function wholeFeed(url: string, items: number): Promise<BenchRow> {
  const store = createFeedStore(openDatabase(":memory:", logger), clock);
  let recorded = 0;
  const counting = {
    ...store,
    addItems(batch: Parameters<typeof store.addItems>[0]) {
      const added = store.addItems(batch);
      recorded += added;
      return added;
    },
    pendingItems: () => [],
  };
  const options = { ...defaultLiveOptions({ live: LIVE(url) }).poll, maxFeedBytes: 64 * 1024 * 1024, maxItemsPerPoll: items };
  const poller = createFeedPoller({ store: counting, queue: createHostQueue(), options, ingest: (inputs: readonly ArticleInput[]) => inputs.map((input) => ({ id: input.id }) as Article), logger, clock, signal: new AbortController().signal });
  const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger, clock });
  store.addFeed(url, null, "config");
  const started = performance.now();
  const { max, count, cpu } = await latencyDuring(core, poller.poll(store.getFeed(url)!));
  return { label: `${items} items, all recorded in one poll`, figures: { "intake ms": round(performance.now() - started), "max answer ms": round(max), "max CPU ms between turns": round(cpu), answers: count, recorded } };
}

/** What the poller used to do: the whole document validated and parsed in one go, on the main thread. */
function wholeDocumentParse(xml: string, items: number): BenchRow {
  const started = performance.now();
  const before = process.cpuUsage();
  const slices = parseFeedSlices(xml, undefined, Number.POSITIVE_INFINITY);
  let parsed = 0;
  for (let next = slices.next(); !next.done; next = slices.next()) parsed += next.value.length;
  const blocked = performance.now() - started;
  const used = process.cpuUsage(before);
  return { label: `baseline: ${items} items parsed in one go (no answer meanwhile)`, figures: { "intake ms": round(blocked), "max answer ms": round(blocked), "max CPU ms between turns": round((used.user + used.system) / 1000), recorded: parsed } };
}

/** Feed intake never blocks answers: the longest /tim wait while a 100,000-item feed is taken in. */
export const intakeSuite: BenchSuite = {
  name: "intake",
  description: "feed intake: the longest wait for a /tim answer while a 100,000-item feed is taken in, beside a whole-document parse",
  async run({ quick, log }): Promise<SuiteResult> {
    const items = quick ? 20_000 : 100_000;
    const server = await startServer(items);
    try {
      log(`first poll of a ${items}-item feed…`);
      const first = await firstPoll(server.url, items);
      log(`every item of a ${items}-item feed…`);
      const whole = await wholeFeed(server.url, items);
      const baseline = wholeDocumentParse(server.xml, items);
      const target = upperLimitTarget({ first: first.figures["max answer ms"], whole: whole.figures["max answer ms"], wholeCpu: whole.figures["max CPU ms between turns"] }, `${items} items`);
      return {
        rows: [first, whole, baseline],
        targets: [
          target("longest /tim wait during a first poll (ms)", "first", 100),
          target("longest /tim wait while every item is recorded (ms)", "whole", 100),
          target("longest CPU stretch between turns while every item is recorded (ms)", "wholeCpu", 100),
        ],
      };
    } finally {
      server.close();
    }
  },
};
