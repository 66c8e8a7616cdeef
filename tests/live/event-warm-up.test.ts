import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/articles/index.ts";
import { createCore } from "../../src/app/index.ts";
import { buildArticles } from "../../src/corpus/index.ts";
import { createLiveCorpus } from "../../src/live/live-corpus.ts";
import { openDatabase } from "../../src/store/index.ts";
import { createFeedStore } from "../../src/store/feed-store.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger, type Logger } from "../../src/util/logger.ts";
import { createRecordingLogger } from "../fixtures/seeds.ts";

const clock = createFixedClock("2026-01-28T00:00:00Z");
const logger = createSilentLogger();
const copyText = (i: number) =>
  `# date = 20260127\nQuảng Ninh họp bàn dự án cầu Bạch Đằng mở rộng (bản ${i})\nSáng 27/1, UBND tỉnh Quảng Ninh họp bàn về dự án cầu Bạch Đằng mở rộng với lãnh đạo các sở, ngành và địa phương.\nĐoạn thứ hai của bài nói về cầu Bạch Đằng.\n`;

function open(count: number, log: Logger = logger) {
  const articles = buildArticles(Array.from({ length: count }, (_, i) => ({ id: `cp${i}`, file: `cp${i}.txt`, text: copyText(i) })), logger);
  const core = createCore({ articles, logger, clock });
  const db = openDatabase(":memory:", logger);
  const live = createLiveCorpus({ corpus: core, store: createFeedStore(db, clock), config: { corpusDirs: [], live: { watch: false, feeds: [], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: false }, adminIds: [] }, logger: log, clock });
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

  it("returns one log line with the articles grouped and the fingerprints made when the grouping is ready", async () => {
    const recording = createRecordingLogger();
    const { db, live } = open(120, recording);
    await live.start();
    expect(recording.entries.filter((entry) => entry.msg === "events: grouping ready")).toHaveLength(0);
    await live.eventsReady();
    const ready = recording.entries.filter((entry) => entry.msg === "events: grouping ready");
    expect(ready).toHaveLength(1);
    expect(ready[0]?.obj).toMatchObject({ articles: 120, events: 1, restored: 0, made: 120 });
    await live.stop();
    db.close();
  });
});
