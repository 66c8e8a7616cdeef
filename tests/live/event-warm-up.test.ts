import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/articles/index.ts";
import { createCore } from "../../src/app/index.ts";
import { buildArticles } from "../../src/corpus/index.ts";
import { createLiveCorpus } from "../../src/live/live-corpus.ts";
import { openDatabase } from "../../src/store/index.ts";
import { createFeedStore } from "../../src/store/feed-store.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";

const clock = createFixedClock("2026-01-28T00:00:00Z");
const logger = createSilentLogger();
const copyText = (i: number) =>
  `# date = 20260127\nQuảng Ninh họp bàn dự án cầu Bạch Đằng mở rộng (bản ${i})\nSáng 27/1, UBND tỉnh Quảng Ninh họp bàn về dự án cầu Bạch Đằng mở rộng với lãnh đạo các sở, ngành và địa phương.\nĐoạn thứ hai của bài nói về cầu Bạch Đằng.\n`;

function open(count: number) {
  const articles = buildArticles(Array.from({ length: count }, (_, i) => ({ id: `cp${i}`, file: `cp${i}.txt`, text: copyText(i) })), logger);
  const core = createCore({ articles, logger, clock });
  const db = openDatabase(":memory:", logger);
  const live = createLiveCorpus({ corpus: core, store: createFeedStore(db, clock), config: { corpusDirs: [], live: { watch: false, feeds: [], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: false }, adminIds: [] }, logger, clock });
  return { core, db, live };
}

describe("live corpus event warm-up", () => {
  it("answers without a grouping while the first warm-up fingerprints, then groups", async () => {
    const { db, live } = open(300);
    await live.start();
    expect(live.eventOf("cp0")).toBeNull();
    await live.eventsReady();
    expect(live.eventOf("cp0")?.articleIds).toHaveLength(300);
    await live.stop();
    db.close();
  });

  it("returns no grouping after stop instead of building the whole grouping at once", async () => {
    const { db, live } = open(300);
    await live.start();
    await live.stop();
    expect(live.eventOf("cp0")).toBeNull();
    db.close();
  });

  it("answers from the previous grouping while new articles are fingerprinted", async () => {
    const { core, db, live } = open(300);
    await live.start();
    await live.eventsReady();
    core.update({ upsert: Array.from({ length: 200 }, (_, k) => ({ id: `new${k}`, file: `new${k}.txt`, parsed: parseArticle(copyText(300 + k)) })) });
    expect(live.eventOf("new0")).toBeNull();
    expect(live.eventOf("cp0")?.articleIds).toHaveLength(300);
    await live.eventsReady();
    expect(live.eventOf("new0")?.articleIds).toHaveLength(500);
    await live.stop();
    db.close();
  });
});
