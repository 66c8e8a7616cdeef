import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLiveCorpus } from "../../src/live/live-corpus.ts";
import { openDatabase } from "../../src/store/index.ts";
import { createFeedStore } from "../../src/store/feed-store.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";
import { articlePage, rss, startFixtureServer, type FixtureServer } from "./fixture-server.ts";
import { FAST_POLL, QUANG_NINH } from "./live-fixtures.ts";
import { loadCore } from "../../src/app/index.ts";

const clock = createFixedClock("2026-01-28T00:00:00Z");
const FEEDS = ["/a.xml", "/b.xml", "/c.xml"];

describe("requests to one host", () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    for (const feed of FEEDS) {
      const pages = [1, 2].map((n) => `/tin${feed.replace(".xml", "")}-${n}.html`);
      server.routes.set(feed, { delayMs: 40, headers: { "content-type": "application/rss+xml" }, body: rss(pages.map((path) => ({ title: `Tin ${path}`, link: server.url(path) }))) });
      for (const path of pages) {
        server.routes.set(path, { delayMs: 40, body: articlePage({ title: `Bài ${path}`, published: "2026-01-27T08:00:00+07:00", paragraphs: QUANG_NINH }) });
      }
    }
  });
  afterAll(() => server.close());

  it("returns every article with never more than one request open at a time when three feeds of one site are polled together", async () => {
    const logger = createSilentLogger();
    const db = openDatabase(":memory:", logger);
    const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger, clock });
    const config = { corpusDirs: [SEEDS_DIR], live: { watch: false, feeds: FEEDS.map((path) => server.url(path)), feedsFile: null, feedIntervalMinutes: 15, allowPrivate: true }, adminIds: [] };
    const live = createLiveCorpus({ corpus: core, store: createFeedStore(db, clock), config, logger, clock, options: { poll: { ...FAST_POLL, timeoutMs: 5_000 } } });
    const reports = await live.pollAll();
    await live.stop();
    db.close();
    expect(reports.map((report) => report.added.length)).toEqual([2, 2, 2]);
    expect(server.hits.size).toBe(9);
    expect([...server.maxInFlight.values()]).toEqual([1]);
  });
});
