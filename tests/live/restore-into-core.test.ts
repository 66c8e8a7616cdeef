import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createLiveCorpus } from "../../src/live/live-corpus.ts";
import { feedArticleInputs } from "../../src/live/feed-articles.ts";
import { createFeedStore } from "../../src/store/feed-store.ts";
import { openDatabase } from "../../src/store/index.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";
import { STORED_PARSED as PARSED } from "./live-fixtures.ts";
import { loadCore } from "../../src/app/index.ts";

const clock = createFixedClock("2026-02-01T00:00:00Z");
const logger = createSilentLogger();
const config = { corpusDirs: [SEEDS_DIR], live: { watch: false, feeds: [], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: false }, adminIds: [] };

describe("stored articles at start", () => {
  const dir = mkdtempSync(join(tmpdir(), "diemtin-restore-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("restores stored articles into a core and persists a handle moved by a collision", async () => {
    const db = openDatabase(join(dir, "diemtin.sqlite"), logger);
    const store = createFeedStore(db, clock);
    store.addFeed("https://example.vn/rss", null, "admin");
    store.addItem({ canonicalUrl: "https://example.vn/a.html", link: "https://example.vn/a.html", feedUrl: "https://example.vn/rss", articleId: "web-example-vn-a", feedTitle: null, feedPublished: null });
    store.storeArticle("https://example.vn/a.html", { rawHtml: "<p>…</p>", charset: "utf-8", parsed: PARSED });
    // NOTE: handle 3 belongs to a seed: the stored article must move.
    store.setHandle("web-example-vn-a", 3);
    const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger, clock });
    const live = createLiveCorpus({ corpus: core, store, config, logger, clock });
    await live.start();
    await live.stop();
    const article = core.corpus.byId("web-example-vn-a");
    expect(article?.title).toBe("Bài từ nguồn tin");
    expect(article?.handle).toBe(6);
    expect(live.store.storedArticles()[0]?.handle).toBe(6);
    expect(live.firstSeen("web-example-vn-a")).toBe("2026-02-01T00:00:00.000Z");
    db.close();
  });

  it("offers stored articles as inputs with their persisted handles", () => {
    const db = openDatabase(join(dir, "diemtin.sqlite"), logger);
    expect(feedArticleInputs(createFeedStore(db, clock).storedArticles())).toEqual([{ id: "web-example-vn-a", file: "https://example.vn/a.html", parsed: PARSED, handle: 6 }]);
    db.close();
  });
});
