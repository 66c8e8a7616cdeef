import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildArticles, loadCore } from "../../src/core/index.ts";
import { readCorpusFiles } from "../../src/corpus/index.ts";
import { createEventIndex } from "../../src/events/index.ts";
import { createLiveCorpus } from "../../src/live/index.ts";
import { createSearchIndex } from "../../src/search/index.ts";
import { openDatabase } from "../../src/store/index.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createLogger, createSilentLogger } from "../../src/util/logger.ts";
import type { BenchRow, BenchSuite, SuiteResult } from "../suite.ts";

const DANTRI_DIR = "/work/shared/corpus/dantri-unc";
const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));
const clock = createFixedClock("2026-01-28T00:00:00Z");
const logger = process.env.BENCH_DEBUG ? createLogger({ level: "debug" }) : createSilentLogger();

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function round(value: number, digits = 1): number {
  return Number(value.toFixed(digits));
}

/** Loader path: read + parse + extract (provinces, people, figures) + search index. */
function filesThroughput(limit: number): BenchRow {
  const started = performance.now();
  const files = readCorpusFiles([DANTRI_DIR], logger).slice(0, limit);
  const read = performance.now();
  const articles = buildArticles(files, logger);
  const parsed = performance.now();
  createSearchIndex(articles);
  const indexed = performance.now();
  const seconds = (indexed - started) / 1000;
  return {
    label: `files → core (${articles.length} dantri)`,
    figures: {
      "articles/s": Math.round(articles.length / seconds),
      "read ms": round(read - started),
      "parse+extract ms": round(parsed - read),
      "index ms": round(indexed - parsed),
      "total ms": round(indexed - started),
    },
  };
}

/** Watcher path: a burst of files copied into a watched folder until all are in the core. */
async function watcherBurst(count: number): Promise<BenchRow> {
  const dir = mkdtempSync(join(tmpdir(), "diemtin-bench-watch-"));
  const corpus = join(dir, "corpus");
  mkdirSync(corpus);
  copyFileSync(join(SEEDS_DIR, readdirSync(SEEDS_DIR)[0] as string), join(corpus, "seed.txt"));
  const core = loadCore({ corpusDirs: [corpus], snapshotDir: null, logger, clock });
  const db = openDatabase(":memory:", logger);
  const live = createLiveCorpus({ core, db, config: { corpusDirs: [corpus], live: { watch: true, feeds: [], feedsFile: null, feedIntervalMinutes: 15 }, adminIds: [] }, logger, clock });
  await live.start();
  let batches = 0;
  core.onUpdate(() => batches++);
  const names = readdirSync(DANTRI_DIR).filter((name) => name.endsWith(".txt")).slice(0, count);
  const started = performance.now();
  for (const name of names) copyFileSync(join(DANTRI_DIR, name), join(corpus, name));
  while (core.articles.length < names.length + 1 && performance.now() - started < 60_000) await new Promise((done) => setTimeout(done, 20));
  const elapsed = performance.now() - started;
  await live.stop();
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    label: `watched folder burst (${names.length} files)`,
    figures: { "articles/s": Math.round(names.length / (elapsed / 1000)), "total ms": round(elapsed), batches },
  };
}

function page(title: string, word: string): string {
  const paragraph = `Sáng 27/1, tỉnh Quảng Ninh tổ chức hội nghị về dự án ${word}, với sự tham dự của lãnh đạo các sở, ngành và địa phương trong tỉnh, bàn giải pháp đẩy nhanh tiến độ đầu tư.`;
  return `<!doctype html><html><head><meta charset="utf-8"><meta property="og:title" content="${title}"><meta property="article:published_time" content="2026-01-27T08:00:00+07:00"></head><body><article><h1>${title}</h1><p>${paragraph}</p><p>${paragraph} Đoạn thứ hai của bài.</p></article></body></html>`;
}

/** Feed path: a new item appears in a local feed; time until /tim finds it (poll → fetch → extract → index). */
async function feedLatency(rounds: number, withDantri: boolean): Promise<BenchRow> {
  const items: string[] = [];
  let version = 0;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    if (path === "/rss.xml") {
      const etag = `"v${version}"`;
      if (request.headers["if-none-match"] === etag) {
        response.writeHead(304).end();
        return;
      }
      const entries = items.map((word) => `<item><title>Dự án ${word}</title><link>http://127.0.0.1:${port}/tin/${word}.html?utm_source=rss</link></item>`).join("");
      response.writeHead(200, { "content-type": "application/rss+xml", etag }).end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>${entries}</channel></rss>`);
      return;
    }
    const word = path.replace(/^\/tin\//, "").replace(/\.html$/, "");
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(`Dự án ${word} được khởi công`, word));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const port = (server.address() as AddressInfo).port;
  const dirs = withDantri ? [SEEDS_DIR, DANTRI_DIR] : [SEEDS_DIR];
  const core = loadCore({ corpusDirs: dirs, snapshotDir: null, logger, clock });
  const db = openDatabase(":memory:", logger);
  const live = createLiveCorpus({
    core,
    db,
    config: { corpusDirs: dirs, live: { watch: false, feeds: [`http://127.0.0.1:${port}/rss.xml`], feedsFile: null, feedIntervalMinutes: 15 }, adminIds: [] },
    logger,
    clock,
  });
  await live.pollAll();
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const word = `zxbench${round}q`;
    const started = performance.now();
    items.push(word);
    version++;
    await live.pollAll();
    const reply = await core.ask(`/tim ${word}`);
    if (reply.results.length === 0) throw new Error(`bench: ${word} not searchable after a poll`);
    times.push(performance.now() - started);
  }
  await live.stop();
  db.close();
  server.closeAllConnections();
  server.close();
  return {
    label: `feed item → searchable (${core.articles.length} articles in core)`,
    figures: { "median ms": round(median(times)), "max ms": round(Math.max(...times)), rounds },
  };
}

function eventGrouping(limit: number): BenchRow {
  const articles = buildArticles(readCorpusFiles([DANTRI_DIR], logger).slice(0, limit), logger);
  const started = performance.now();
  const index = createEventIndex(articles);
  return { label: `event grouping (${articles.length} dantri)`, figures: { "total ms": round(performance.now() - started), events: index.events.length } };
}

/** Ingestion: files → core throughput, watcher bursts, feed item → searchable latency, event grouping. */
export const ingestSuite: BenchSuite = {
  name: "ingest",
  description: "live corpus: files → core throughput, feed item → searchable latency",
  async run({ quick, log }): Promise<SuiteResult> {
    const limit = quick ? 500 : Number.POSITIVE_INFINITY;
    log("loader path on dantri…");
    const files = filesThroughput(limit);
    log("watched folder burst…");
    const burst = await watcherBurst(quick ? 300 : 1000);
    log("feed latency (seeds)…");
    const small = await feedLatency(quick ? 3 : 7, false);
    log("feed latency (seeds + dantri)…");
    const large = await feedLatency(quick ? 3 : 5, true);
    log("event grouping…");
    const events = eventGrouping(limit);
    const latency = large.figures["median ms"] as number;
    return {
      rows: [files, burst, small, large, events],
      targets: [
        { name: "folder burst applied within 2 s per 1,000 files", met: (burst.figures["total ms"] as number) <= 2000 * Math.max(1, (quick ? 300 : 1000) / 1000), value: burst.figures["total ms"] as number },
        { name: "feed item searchable ≤ 2 s after the poll sees it (2.6k corpus)", met: latency <= 2000, value: latency },
      ],
    };
  },
};
