import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalUrl } from "../../src/live/canonical-url.ts";
import { feedArticleId } from "../../src/live/feed-article-id.ts";
import { createLiveCorpus } from "../../src/live/live-corpus.ts";
import { openDatabase } from "../../src/store/index.ts";
import { createFeedStore } from "../../src/store/feed-store.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { createRecordingLogger, SEEDS_DIR } from "../fixtures/seeds.ts";
import { startFixtureServer, type FixtureServer } from "./fixture-server.ts";
import { FAST_POLL, fixtureConfig, PATHS, serveFixtures } from "./live-fixtures.ts";
import { loadCore } from "../../src/app/index.ts";

const clock = createFixedClock("2026-01-28T00:00:00Z");

describe("createLiveCorpus with feeds", () => {
  let server: FixtureServer;
  let dir: string;
  const idOf = (path: string) => feedArticleId(canonicalUrl(server.url(path)) as string);

  beforeAll(async () => {
    server = await startFixtureServer();
    serveFixtures(server);
    dir = mkdtempSync(join(tmpdir(), "diemtin-live-"));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function open(logger = createRecordingLogger()) {
    const db = openDatabase(join(dir, "diemtin.sqlite"), logger);
    const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger: createSilentLogger(), clock });
    const live = createLiveCorpus({ corpus: core, store: createFeedStore(db, clock), config: fixtureConfig(server, [SEEDS_DIR]), logger, clock, options: { poll: FAST_POLL } });
    return { db, core, live, logger };
  }

  it("ingests RSS and Atom items once per canonical URL, logs every bad input and keeps serving", async () => {
    const { db, core, live, logger } = open();
    await live.start();
    const reports = await live.pollAll();
    await live.stop();

    const byFeed = new Map(reports.map((report) => [new URL(report.feed).pathname, report]));
    expect(byFeed.get(PATHS.rss)?.status).toBe("ok");
    expect(byFeed.get(PATHS.atom)?.status).toBe("ok");
    expect(byFeed.get(PATHS.broken)?.error).toMatch(/malformed XML/);
    expect(byFeed.get(PATHS.html)?.error).toMatch(/HTML page/);
    expect(byFeed.get(PATHS.missing)?.error).toMatch(/HTTP 404/);

    const feedArticles = core.articles.filter((article) => article.id.startsWith("web-"));
    expect(feedArticles.map((article) => article.id).sort()).toEqual([idOf(PATHS.page), idOf(PATHS.copy), idOf(PATHS.legacy), idOf(PATHS.undated)].sort());
    expect(server.hits.get(PATHS.page)).toBe(1);

    const page = core.corpus.byId(idOf(PATHS.page));
    expect(page?.title).toBe("Quảng Ninh tổng kết năm 2025, đặt mục tiêu tăng trưởng 12%");
    expect(page?.date).toBe("2026-01-27");
    // NOTE: the page is fetched and shown at the link the feed gave; the canonical form only de-duplicates.
    expect(page?.url).toBe(`${server.url(PATHS.page)}?utm_source=rss&utm_medium=feed`);
    expect(page?.provinces.primary).toContain("quang-ninh");
    const legacy = core.corpus.byId(idOf(PATHS.legacy));
    expect(legacy?.title).toBe("Khai mạc lễ hội hoa tam giác mạch trên cao nguyên đá");
    expect(legacy?.lead).toContain("Đồng Văn");
    expect(core.corpus.byId(idOf(PATHS.undated))?.date).toBeNull();

    const found = await core.ask("/tim tam giác mạch Đồng Văn");
    expect(found.results.map((result) => result.id)).toContain(idOf(PATHS.legacy));

    const warned = logger.entries.filter((entry) => entry.level === "warn").map((entry) => `${String(entry.obj.reason)}`);
    expect(warned).toEqual(
      expect.arrayContaining([
        "item without a link",
        expect.stringMatching(/timed out/),
        "no article text",
        expect.stringMatching(/over 500000 bytes/),
        expect.stringMatching(/HTTP 500/),
        expect.stringMatching(/malformed XML/),
        "no date in the feed item, the page or the text",
      ]),
    );
    for (const entry of logger.entries.filter((item) => item.level === "warn")) expect(entry.obj.feed).toEqual(expect.any(String));
    expect(server.userAgents.every((agent) => agent.startsWith("diemtin/"))).toBe(true);

    const statuses = Object.fromEntries(live.feeds.list().map((feed) => [new URL(feed.url).pathname, [feed.status, feed.itemCount, feed.failures]]));
    expect(statuses).toEqual({
      [PATHS.rss]: ["ok", 3, 0],
      [PATHS.atom]: ["ok", 1, 0],
      [PATHS.broken]: ["error", 0, 1],
      [PATHS.html]: ["error", 0, 1],
      [PATHS.missing]: ["error", 0, 1],
    });
    db.close();
  });

  it("groups the near-duplicate copy with its original as one event", () => {
    const { db, core, live } = open();
    void core;
    return live.start().then(async () => {
      await live.eventsReady();
      const event = live.eventOf(idOf(PATHS.page));
      expect(event?.articleIds.slice().sort()).toEqual([idOf(PATHS.page), idOf(PATHS.copy)].sort());
      expect(live.eventOf(idOf(PATHS.legacy))).toBeNull();
      await live.stop();
      db.close();
    });
  });

  it("keeps articles and handles after a restart and refetches nothing already stored", async () => {
    const first = open();
    await first.live.start();
    const handles = Object.fromEntries(first.core.articles.filter((article) => article.id.startsWith("web-")).map((article) => [article.id, article.handle]));
    await first.live.stop();
    first.db.close();
    const pageHits = server.hits.get(PATHS.page);
    const legacyHits = server.hits.get(PATHS.legacy);
    const emptyHits = server.hits.get(PATHS.empty);
    const undatedHits = server.hits.get(PATHS.undated);
    const rssHits = server.hits.get(PATHS.rss) ?? 0;

    const second = open();
    await second.live.start();
    const restored = Object.fromEntries(second.core.articles.filter((article) => article.id.startsWith("web-")).map((article) => [article.id, article.handle]));
    expect(restored).toEqual(handles);
    expect(Object.keys(restored)).toHaveLength(4);
    const reports = await second.live.pollAll();
    await second.live.stop();
    expect(reports.find((report) => report.feed.endsWith(PATHS.rss))?.status).toBe("not-modified");
    expect(server.hits.get(PATHS.rss)).toBe(rssHits + 1);
    expect(server.hits.get(PATHS.page)).toBe(pageHits);
    expect(server.hits.get(PATHS.legacy)).toBe(legacyHits);
    expect(server.hits.get(PATHS.empty)).toBe(emptyHits);
    expect(server.hits.get(PATHS.undated)).toBe(undatedHits);
    expect(second.core.articles.filter((article) => article.id.startsWith("web-"))).toHaveLength(4);
    second.db.close();
  });

  it("retries a timed-out page on later polls until its attempts run out", async () => {
    const { db, live } = open();
    const slow = canonicalUrl(server.url(PATHS.slow)) as string;
    const attempts = live.store.getItem(slow)?.attempts ?? 0;
    expect(attempts).toBeGreaterThan(0);
    expect(attempts).toBeLessThan(3);
    const before = server.hits.get(PATHS.slow) ?? 0;
    for (let poll = attempts; poll < 3; poll++) await live.pollAll();
    const item = live.store.getItem(slow);
    expect(server.hits.get(PATHS.slow)).toBe(before + 3 - attempts);
    expect(item?.status).toBe("skipped");
    expect(item?.attempts).toBe(3);
    await live.pollAll();
    expect(server.hits.get(PATHS.slow)).toBe(before + 3 - attempts);
    expect(live.store.getItem(canonicalUrl(server.url(PATHS.empty)) as string)?.status).toBe("skipped");
    await live.stop();
    db.close();
  });
});
