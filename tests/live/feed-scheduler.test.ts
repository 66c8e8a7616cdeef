import { describe, expect, it } from "vitest";
import type { PollReport } from "../../src/live/feed-poller.ts";
import { createFeedScheduler } from "../../src/live/feed-scheduler.ts";
import { defaultLiveOptions } from "../../src/live/live-options.ts";
import { createFeedStore } from "../../src/store/feed-store.ts";
import { openDatabase } from "../../src/store/index.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";

// NOTE: loopback feeds with FEEDS_ALLOW_PRIVATE off: each poll is refused before any request.
const STORED = "http://127.0.0.1:9/rss";
const CONFIGURED = "http://127.0.0.1:9/atom";
const live = { watch: false, feeds: [CONFIGURED], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: false };

function open() {
  const clock = createFixedClock("2026-02-01T00:00:00Z");
  const store = createFeedStore(openDatabase(":memory:", createSilentLogger()), clock);
  store.addFeed(STORED, null, "admin");
  const reports: PollReport[] = [];
  const waiters: Array<() => void> = [];
  const scheduler = createFeedScheduler({
    store,
    config: { live },
    options: defaultLiveOptions({ live }).poll,
    ingest: () => [],
    logger: createSilentLogger(),
    clock,
    onPoll: (report) => {
      reports.push(report);
      waiters.shift()?.();
    },
  });
  const nextPoll = () => new Promise<void>((resolve) => waiters.push(resolve));
  return { store, scheduler, reports, nextPoll };
}

describe("createFeedScheduler", () => {
  it("returns a report for every stored and configured feed from pollAll, adding the configured ones to the store once", async () => {
    const { store, scheduler, reports } = open();
    const polled = await scheduler.pollAll();
    await scheduler.pollAll();
    expect(polled.map((report) => report.feed).sort()).toEqual([CONFIGURED, STORED]);
    expect(polled.every((report) => report.status === "error")).toBe(true);
    expect(reports).toHaveLength(4);
    expect(store.listFeeds().map((feed) => feed.url).sort()).toEqual([CONFIGURED, STORED]);
    await scheduler.stop();
  });

  it("returns the number of feeds scheduled by start and polls a stored feed due now", async () => {
    const { scheduler, reports, nextPoll } = open();
    const polled = nextPoll();
    expect(scheduler.start()).toBe(1);
    await polled;
    expect(reports.map((report) => report.feed)).toEqual([STORED]);
    await scheduler.stop();
  });

  it("returns a poll of a feed added once started, and none after stop", async () => {
    const { store, scheduler, reports, nextPoll } = open();
    const first = nextPoll();
    scheduler.start();
    await first;
    store.addFeed(CONFIGURED, null, "admin");
    const added = nextPoll();
    scheduler.pollSoon(CONFIGURED);
    await added;
    expect(reports.map((report) => report.feed)).toEqual([STORED, CONFIGURED]);
    await scheduler.stop();
    scheduler.pollSoon(CONFIGURED);
    expect(await scheduler.pollAll()).toEqual([]);
  });
});
