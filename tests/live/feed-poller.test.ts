import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFeedPoller } from "../../src/live/feed-poller.ts";
import { createHostQueue } from "../../src/live/host-queue.ts";
import type { Article } from "../../src/model/article.ts";
import { openDatabase } from "../../src/store/index.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { articlePage, rss, startFixtureServer, type FixtureServer } from "./fixture-server.ts";
import { QUANG_NINH } from "./live-fixtures.ts";
import type { ArticleInput } from "../../src/corpus/index.ts";
import { createFeedStore } from "../../src/store/feed-store.ts";
import { createRecordingLogger } from "../fixtures/seeds.ts";

const clock = createFixedClock("2026-01-28T00:00:00Z");
const OPTIONS = {
  intervalMs: 900_000,
  timeoutMs: 5_000,
  maxFeedBytes: 100_000,
  maxPageBytes: 100_000,
  userAgent: "diemtin-test",
  backoff: { baseMs: 60_000, maxMs: 300_000 },
  maxAttempts: 3,
  maxItemsPerPoll: 200,
  allowPrivate: true,
};

describe("createFeedPoller", () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    server.routes.set("/lm.xml", { lastModified: "Tue, 27 Jan 2026 10:00:00 GMT", body: rss([{ title: "Tin", link: server.url("/tin.html") }]) });
    server.routes.set("/tin.html", { body: articlePage({ title: "Quảng Ninh tổng kết", paragraphs: QUANG_NINH }) });
    server.routes.set("/hong.xml", { status: 503, body: "bận" });
    const port = new URL(server.base).port;
    server.routes.set("/noi-bo.xml", { body: rss([{ title: "Nội bộ", link: `http://127.0.0.2:${port}/bi-mat.html` }, { title: "Tin", link: server.url("/tin.html") }]) });
    server.routes.set("/bi-mat.html", { body: articlePage({ title: "Trang nội bộ", paragraphs: QUANG_NINH }) });
    server.routes.set("/nhieu.xml", { body: rss(Array.from({ length: 7 }, (_, i) => ({ title: `Tin ${i}`, link: server.url(`/nhieu/${i}.html`) }))), etag: '"nhieu"' });
    for (let i = 0; i < 7; i++) server.routes.set(`/nhieu/${i}.html`, { body: articlePage({ title: `Tin số ${i}`, paragraphs: QUANG_NINH }) });
    server.routes.set("/dai.xml", { body: rss(Array.from({ length: 45 }, (_, i) => ({ title: `Tin ${i}`, link: server.url(`/dai/${i}.html`) }))) });
    for (let i = 0; i < 45; i++) server.routes.set(`/dai/${i}.html`, { body: articlePage({ title: `Bài số ${i}`, paragraphs: QUANG_NINH }) });
  });
  afterAll(() => server.close());

  function setup(options: Partial<typeof OPTIONS> & { isAllowedAddress?: (address: string) => boolean } = {}) {
    const store = createFeedStore(openDatabase(":memory:", createSilentLogger()), clock);
    const ingested: ArticleInput[][] = [];
    const logger = createRecordingLogger();
    const poller = createFeedPoller({
      store,
      queue: createHostQueue(),
      options: { ...OPTIONS, ...options },
      ingest: (inputs) => {
        ingested.push([...inputs]);
        return inputs.map((input, index) => ({ ...input.parsed, id: input.id, handle: index + 1 }) as unknown as Article);
      },
      logger,
      clock,
      signal: new AbortController().signal,
    });
    return { store, poller, ingested, logger };
  }

  it("sends If-Modified-Since from the stored Last-Modified and gets a 304", async () => {
    const { store, poller, ingested } = setup();
    store.addFeed(server.url("/lm.xml"), null, "config");
    expect((await poller.poll(store.getFeed(server.url("/lm.xml"))!)).status).toBe("ok");
    expect(ingested).toHaveLength(1);
    expect(store.getFeed(server.url("/lm.xml"))?.lastModified).toBe("Tue, 27 Jan 2026 10:00:00 GMT");
    expect((await poller.poll(store.getFeed(server.url("/lm.xml"))!)).status).toBe("not-modified");
    expect(ingested).toHaveLength(1);
    expect(store.getFeed(server.url("/lm.xml"))?.nextFetchAt).toBe("2026-01-28T00:15:00.000Z");
  });

  it("ingests the articles of a JSON Feed", async () => {
    const { store, poller, ingested } = setup();
    const url = server.url("/feed.json");
    server.routes.set("/feed.json", {
      headers: { "content-type": "application/feed+json" },
      body: JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "Báo JSON", items: [{ id: "1", url: server.url("/tin.html"), title: "Tin", date_published: "2026-01-27T08:00:00+07:00" }] }),
    });
    store.addFeed(url, null, "config");
    expect((await poller.poll(store.getFeed(url)!)).status).toBe("ok");
    expect(ingested.flat().map((input) => input.parsed.title)).toEqual(["Quảng Ninh tổng kết"]);
  });

  it("backs off exponentially after consecutive failures and records the last error", async () => {
    const { store, poller } = setup();
    const url = server.url("/hong.xml");
    store.addFeed(url, null, "config");
    const waits: string[] = [];
    for (let i = 0; i < 4; i++) {
      await poller.poll(store.getFeed(url)!);
      waits.push(store.getFeed(url)?.nextFetchAt ?? "");
    }
    expect(waits).toEqual(["2026-01-28T00:01:00.000Z", "2026-01-28T00:02:00.000Z", "2026-01-28T00:04:00.000Z", "2026-01-28T00:05:00.000Z"]);
    expect(store.getFeed(url)).toMatchObject({ status: "error", failures: 4, lastError: `${url}: HTTP 503` });
  });

  it("does not fetch a feed's link to an address that is not allowed, and fetches the others", async () => {
    const { store, poller, ingested, logger } = setup({ allowPrivate: false, isAllowedAddress: (address) => address === "127.0.0.1" });
    const url = server.url("/noi-bo.xml");
    store.addFeed(url, null, "admin");
    await poller.poll(store.getFeed(url)!);
    expect(server.hits.get("/bi-mat.html") ?? 0).toBe(0);
    expect(ingested.flat().map((input) => input.parsed.title)).toEqual(["Quảng Ninh tổng kết"]);
    expect(logger.entries.map((entry) => String(entry.obj.reason ?? ""))).toContainEqual(expect.stringMatching(/127\.0\.0\.2 is not a public address/));
  });

  it("records at most maxItemsPerPoll new items per poll and takes the rest next time", async () => {
    const { store, poller, ingested } = setup({ maxItemsPerPoll: 3 });
    const url = server.url("/nhieu.xml");
    store.addFeed(url, null, "admin");
    const counts: number[] = [];
    for (let i = 0; i < 3; i++) {
      await poller.poll(store.getFeed(url)!);
      counts.push(ingested.flat().length);
    }
    expect(counts).toEqual([3, 6, 7]);
    expect(new Set(ingested.flat().map((input) => input.id)).size).toBe(7);
    // NOTE: validators are kept only once the whole feed was taken in.
    expect(store.getFeed(url)?.etag).toBe('"nhieu"');
  });

  it("stores each article as it is fetched and hands them to the corpus twenty at a time while the poll goes on", async () => {
    const { store, poller, ingested } = setup();
    const url = server.url("/dai.xml");
    store.addFeed(url, null, "admin");
    const pagesFetched = () => [...server.hits.entries()].filter(([path]) => path.startsWith("/dai/")).length;
    const seen: { batch: number; pages: number; stored: number }[] = [];
    const watch = setInterval(() => {
      if (ingested.length > seen.length) seen.push({ batch: ingested.at(-1)!.length, pages: pagesFetched(), stored: store.storedArticles().length });
    }, 0);
    const report = await poller.poll(store.getFeed(url)!);
    clearInterval(watch);
    expect(report.added).toHaveLength(45);
    expect(ingested.map((batch) => batch.length)).toEqual([20, 20, 5]);
    expect(seen[0]?.pages).toBeLessThan(45);
    expect(seen[0]?.stored).toBeGreaterThanOrEqual(20);
  });

  it("never logs the password of a feed URL", async () => {
    const { store, poller, logger } = setup();
    const url = `http://ban:mat-khau@127.0.0.1:${new URL(server.base).port}/khong-co.xml`;
    store.addFeed(url, null, "admin");
    await poller.poll(store.getFeed(url)!);
    expect(logger.entries.length).toBeGreaterThan(0);
    expect(JSON.stringify(logger.entries)).not.toContain("mat-khau");
    expect(store.getFeed(url)?.lastError).toMatch(/^http:\/\/\*\*\*@127\.0\.0\.1:\d+\/khong-co\.xml: HTTP 404$/);
  });
});
