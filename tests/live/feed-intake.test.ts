import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCore } from "../../src/app/index.ts";
import { loadArticles, type ArticleInput } from "../../src/corpus/index.ts";
import { createFeedPoller } from "../../src/live/feed-poller.ts";
import { createHostQueue } from "../../src/live/host-queue.ts";
import { FEED_SLICE_ITEMS } from "../../src/live/parse-feed.ts";
import type { Article } from "../../src/model/article.ts";
import { openDatabase } from "../../src/store/index.ts";
import { createFeedStore, type NewItem } from "../../src/store/feed-store.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger, type Logger } from "../../src/util/logger.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";
import { rss, startFixtureServer, type FixtureServer } from "./fixture-server.ts";

const clock = createFixedClock("2026-01-28T00:00:00Z");
const ITEMS = 100_000;
const OPTIONS = {
  intervalMs: 900_000,
  timeoutMs: 60_000,
  maxFeedBytes: 50_000_000,
  maxPageBytes: 100_000,
  userAgent: "diemtin-test",
  backoff: { baseMs: 60_000, maxMs: 300_000 },
  maxAttempts: 3,
  maxItemsPerPoll: ITEMS,
  allowPrivate: true,
};

describe("feed intake of a 100,000-item feed", () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    server.routes.set("/lon.xml", { body: rss(Array.from({ length: ITEMS }, (_, i) => ({ title: `Tin ${i}`, link: server.url(`/lon/${i}.html`) }))) });
  });
  afterAll(() => server.close());

  it("answers a query sent as the feed arrives before any item is recorded, and lets the event loop turn between every two transactions", async () => {
    const core = createCore({ articles: loadArticles([SEEDS_DIR], createSilentLogger()), logger: createSilentLogger(), clock });
    const store = createFeedStore(openDatabase(":memory:", createSilentLogger()), clock);
    const events: string[] = [];
    let turns = 0;
    let ticking = true;
    const tick = (): void => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const batches: { turn: number; size: number }[] = [];
    let recorded = 0;
    // NOTE: pages are not fetched here: the intake of the feed itself is under test.
    const recording = {
      ...store,
      addItems(items: readonly NewItem[]) {
        events.push("recorded");
        batches.push({ turn: turns, size: items.length });
        const added = store.addItems(items);
        recorded += added;
        return added;
      },
      pendingItems: () => [],
    };
    const silent = createSilentLogger();
    const logger: Logger = {
      ...silent,
      debug(obj, msg) {
        if (msg !== "feeds: feed fetched") return;
        events.push("fetched");
        void core.ask("/tim Quảng Ninh").then((reply) => events.push(reply.results.length > 0 ? "answered" : "not answered"));
      },
    };
    const poller = createFeedPoller({
      store: recording,
      queue: createHostQueue(),
      options: OPTIONS,
      ingest: (inputs: readonly ArticleInput[]) => inputs.map((input) => ({ id: input.id }) as Article),
      logger,
      clock,
      signal: new AbortController().signal,
    });
    store.addFeed(server.url("/lon.xml"), null, "config");
    const report = await poller.poll(store.getFeed(server.url("/lon.xml"))!);
    events.push("done");
    ticking = false;

    expect(report.status).toBe("ok");
    expect(recorded).toBe(ITEMS);
    expect(events.slice(0, 3)).toEqual(["fetched", "answered", "recorded"]);
    expect(events.at(-1)).toBe("done");
    expect(batches.length).toBeGreaterThanOrEqual(ITEMS / FEED_SLICE_ITEMS);
    expect(Math.max(...batches.map((batch) => batch.size))).toBeLessThanOrEqual(FEED_SLICE_ITEMS);
    for (let i = 1; i < batches.length; i++) expect(batches[i]!.turn).toBeGreaterThan(batches[i - 1]!.turn);
  }, 120_000);
});
