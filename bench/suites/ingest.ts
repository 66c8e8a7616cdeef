import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCorpusFiles, buildArticles, loadCorpus } from "../../src/corpus/index.ts";
import { createEventIndex } from "../../src/events/index.ts";
import { createLiveCorpus, type LiveCorpus } from "../../src/live/index.ts";
import { createSearchIndex } from "../../src/search/index.ts";
import { createFeedStore, openDatabase } from "../../src/store/index.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createLogger, createSilentLogger } from "../../src/util/logger.ts";
import type { BenchRow, BenchSuite, SuiteResult } from "../suite.ts";
import { loadCore, withRouter, type Core } from "../../src/app/index.ts";

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
  const live = createLiveCorpus({ corpus: core, store: createFeedStore(db, clock), config: { corpusDirs: [corpus], live: { watch: true, feeds: [], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: true }, adminIds: [] }, logger, clock });
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

/** A local feed whose items the bench adds; pages are served for every item. */
async function startFeedServer() {
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
  return {
    url: `http://127.0.0.1:${port}/rss.xml`,
    add(word: string) {
      items.push(word);
      version++;
    },
    close() {
      server.closeAllConnections();
      server.close();
    },
  };
}

/**
 * A core wired like the app's (`src/app/create-app.ts`): the live corpus's events fold /tim
 * results, so a query after an update pays for regrouping too. Folders are loaded from
 * `dirs`; only `watchDir` is watched.
 */
async function openLiveCore(dirs: readonly string[], watchDir: string | null, feedUrl: string) {
  const db = openDatabase(":memory:", logger);
  const corpus = loadCorpus({ corpusDirs: [...dirs, ...(watchDir ? [watchDir] : [])], snapshotDir: null, logger, clock });
  const live = createLiveCorpus({
    corpus,
    store: createFeedStore(db, clock),
    config: { corpusDirs: watchDir ? [watchDir] : [], live: { watch: watchDir !== null, feeds: [feedUrl], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: true }, adminIds: [] },
    logger,
    clock,
  });
  const core = withRouter(corpus, { feeds: live.feeds, events: live });
  const started = performance.now();
  await live.start();
  await live.eventsReady();
  const warmMs = performance.now() - started;
  return {
    core,
    live,
    warmMs,
    async close() {
      await live.stop();
      db.close();
    },
  };
}

async function found(core: Core, word: string): Promise<boolean> {
  return (await core.ask(`/tim ${word}`)).results.length > 0;
}

/** Polls /tim every 10 ms until `done` holds; the elapsed milliseconds, or null after 10 s. */
async function timeUntil(done: () => Promise<boolean>): Promise<number | null> {
  const started = performance.now();
  while (performance.now() - started < 10_000) {
    if (await done()) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return null;
}

/** Feed path: a new item appears in a local feed; time until /tim finds it (poll → fetch → extract → index → regroup). */
async function feedLatency(live: LiveCorpus, core: Core, feed: { add(word: string): void }, rounds: number, tag: string): Promise<BenchRow> {
  await live.pollAll();
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const word = `zxbench${tag}${round}q`;
    const started = performance.now();
    feed.add(word);
    await live.pollAll();
    if (!(await found(core, word))) throw new Error(`bench: ${word} not searchable after a poll`);
    times.push(performance.now() - started);
  }
  return {
    label: `feed item → searchable (${core.articles.length} articles in core)`,
    figures: { "median ms": round(median(times)), "max ms": round(Math.max(...times)), rounds },
  };
}

function folderText(word: string): string {
  const lead = `Sáng 27/1, UBND tỉnh Quảng Ninh họp bàn về dự án ${word}, với sự tham dự của lãnh đạo các sở, ngành và địa phương.`;
  return `# doc_id = ${word}\n# url = https://example.vn/${word}.htm\n# date = 20260127\nQuảng Ninh họp bàn dự án ${word}\n${lead}\n${lead} Đoạn thứ hai của bài.\n`;
}

/** Folder path: a file added, changed, deleted in a watched folder; time until /tim shows it (watch → stable → read → parse → index → regroup). */
async function folderLatency(core: Core, dir: string, rounds: number): Promise<BenchRow[]> {
  const add: number[] = [];
  const change: number[] = [];
  const remove: number[] = [];
  let failed = 0;
  for (let round = 0; round < rounds; round++) {
    const path = join(dir, `bench-${round}.txt`);
    // NOTE: letters only, and no shared stem: the tokenizer splits letters from digits, so
    // "x0a" and "x0b" would share two of three terms and each find the other's article.
    const tag = String.fromCharCode(97 + (round % 26));
    const first = `zxkhoidau${tag}`;
    const second = `qvsuadoi${tag}`;
    writeFileSync(path, folderText(first));
    const added = await timeUntil(() => found(core, first));
    writeFileSync(path, folderText(second));
    const changed = await timeUntil(async () => (await found(core, second)) && !(await found(core, first)));
    unlinkSync(path);
    const removed = await timeUntil(async () => !(await found(core, second)));
    for (const [list, value] of [[add, added], [change, changed], [remove, removed]] as const) {
      if (value === null) failed++;
      else list.push(value);
    }
  }
  const row = (what: string, times: number[]): BenchRow => ({
    label: `folder file ${what} → searchable (${core.articles.length} articles in core)`,
    figures: { "median ms": round(median(times)), "max ms": times.length > 0 ? round(Math.max(...times)) : null, rounds, failed },
  });
  return [row("added", add), row("changed", change), row("deleted", remove)];
}

function eventGrouping(limit: number): BenchRow {
  const articles = buildArticles(readCorpusFiles([DANTRI_DIR], logger).slice(0, limit), logger);
  const started = performance.now();
  const index = createEventIndex(articles);
  return { label: `event grouping (${articles.length} dantri)`, figures: { "total ms": round(performance.now() - started), events: index.events.length } };
}

/** Ingestion: files → core throughput, watcher bursts, folder and feed → searchable latency, event grouping. */
export const ingestSuite: BenchSuite = {
  name: "ingest",
  description: "live corpus: files → core throughput, folder and feed → searchable latency",
  async run({ quick, log }): Promise<SuiteResult> {
    const limit = quick ? 500 : Number.POSITIVE_INFINITY;
    log("loader path on dantri…");
    const files = filesThroughput(limit);
    const burstSize = quick ? 300 : 1000;
    log("watched folder burst…");
    const burst = await watcherBurst(burstSize);
    const feed = await startFeedServer();
    log("feed latency (seeds)…");
    const small = await openLiveCore([SEEDS_DIR], null, feed.url);
    const smallFeed = await feedLatency(small.live, small.core, feed, quick ? 3 : 7, "s");
    await small.close();
    log("folder and feed latency (seeds + dantri)…");
    const dir = mkdtempSync(join(tmpdir(), "diemtin-bench-live-"));
    const watched = join(dir, "corpus");
    mkdirSync(watched);
    const large = await openLiveCore([SEEDS_DIR, DANTRI_DIR], watched, feed.url);
    const warm: BenchRow = { label: `event grouping warm-up after start (${large.core.articles.length} articles)`, figures: { "total ms": round(large.warmMs) } };
    const folder = await folderLatency(large.core, watched, quick ? 3 : 5);
    const largeFeed = await feedLatency(large.live, large.core, feed, quick ? 3 : 5, "l");
    await large.close();
    feed.close();
    rmSync(dir, { recursive: true, force: true });
    log("event grouping…");
    const events = eventGrouping(limit);
    const folderWorst = Math.max(...folder.map((row) => (row.figures["failed"] ? Number.POSITIVE_INFINITY : (row.figures["median ms"] as number))));
    const feedMedian = largeFeed.figures["median ms"] as number;
    return {
      rows: [files, burst, smallFeed, warm, ...folder, largeFeed, events],
      targets: [
        { name: "folder add/change/delete searchable ≤ 2 s (median, 2.6k core)", met: folderWorst <= 2000, value: Number.isFinite(folderWorst) ? folderWorst : null },
        { name: "feed item searchable ≤ 2 s after the poll sees it (median, 2.6k core)", met: feedMedian <= 2000, value: feedMedian },
        { name: `burst of ${burstSize} files batched (≤ 10 corpus updates)`, met: (burst.figures["batches"] as number) <= 10, value: burst.figures["batches"] as number },
      ],
    };
  },
};
