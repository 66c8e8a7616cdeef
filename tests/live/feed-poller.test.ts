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

const clock = createFixedClock("2026-01-28T00:00:00Z");
const OPTIONS = {
  intervalMs: 900_000,
  timeoutMs: 5_000,
  maxFeedBytes: 100_000,
  maxPageBytes: 100_000,
  userAgent: "diemtin-test",
  backoff: { baseMs: 60_000, maxMs: 300_000 },
  maxAttempts: 3,
};

describe("createFeedPoller", () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    server.routes.set("/lm.xml", { lastModified: "Tue, 27 Jan 2026 10:00:00 GMT", body: rss([{ title: "Tin", link: server.url("/tin.html") }]) });
    server.routes.set("/tin.html", { body: articlePage({ title: "Quảng Ninh tổng kết", paragraphs: QUANG_NINH }) });
    server.routes.set("/hong.xml", { status: 503, body: "bận" });
  });
  afterAll(() => server.close());

  function setup() {
    const store = createFeedStore(openDatabase(":memory:", createSilentLogger()), clock);
    const ingested: ArticleInput[][] = [];
    const poller = createFeedPoller({
      store,
      queue: createHostQueue(),
      options: OPTIONS,
      ingest: (inputs) => {
        ingested.push([...inputs]);
        return inputs.map((input, index) => ({ ...input.parsed, id: input.id, handle: index + 1 }) as unknown as Article);
      },
      logger: createSilentLogger(),
      clock,
      signal: new AbortController().signal,
    });
    return { store, poller, ingested };
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
});
