import type { Config } from "../config/config.ts";
import type { ArticleInput } from "../corpus/index.ts";
import type { Article } from "../model/article.ts";
import type { FeedStore } from "../store/feed-store.ts";
import type { Clock } from "../util/clock.ts";
import type { Logger } from "../util/logger.ts";
import { configuredFeeds } from "./feed-list.ts";
import type { FeedPoller, FeedPollOptions, PollReport } from "./feed-poller.ts";
import { createHostQueue } from "./host-queue.ts";
import { redactUrl } from "./redact-url.ts";

/** What the feed scheduler is built from. */
export interface FeedSchedulerDeps {
  readonly store: FeedStore;
  readonly config: Pick<Config, "live">;
  readonly options: FeedPollOptions;
  /** Adds a poll's articles to the corpus, returning them with their handles. */
  readonly ingest: (inputs: readonly ArticleInput[]) => readonly Article[];
  readonly logger: Logger;
  readonly clock: Clock;
  /** Told of every finished feed poll (metrics). */
  readonly onPoll?: (report: PollReport) => void;
}

/** The feed scheduler: one timer per feed, each poll rescheduled at the feed's next fetch time. */
export interface FeedScheduler {
  /** Adds the configured feeds (`FEEDS`, `FEEDS_FILE`) to the store once. */
  syncConfigured(): void;
  /** Schedules every stored feed at its next fetch time (now when never fetched); returns how many. */
  start(): number;
  /** Polls a feed soon, once started (a feed just added). */
  pollSoon(url: string): void;
  /** Drops a feed's timer (a feed just removed). */
  cancel(url: string): void;
  /** Polls every feed now; resolves when all are done. */
  pollAll(): Promise<PollReport[]>;
  /** Clears the timers, aborts in-flight requests and waits for the polls to end. */
  stop(): Promise<void>;
}

/** Creates the feed scheduler; nothing is polled until `start()` or `pollAll()`. */
export function createFeedScheduler(deps: FeedSchedulerDeps): FeedScheduler {
  const { store, options, logger: log, clock } = deps;
  const abort = new AbortController();
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Map<string, Promise<PollReport>>();
  // NOTE: the poller's modules (HTTP client, HTML and feed parsers) take seconds to load under
  // tsx; they are loaded at the first poll, not at every start of a bot that may have no feeds.
  let poller: Promise<FeedPoller> | null = null;
  const pollerNow = (): Promise<FeedPoller> =>
    (poller ??= import("./feed-poller.ts").then(({ createFeedPoller }) =>
      createFeedPoller({ store, queue: createHostQueue(), options, ingest: deps.ingest, logger: log, clock, signal: abort.signal }),
    ));
  let synced = false;
  let started = false;
  let stopped = false;

  function schedule(url: string, delayMs: number): void {
    cancel(url);
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(url);
      void pollFeed(url);
    }, Math.max(0, delayMs));
    timer.unref?.();
    timers.set(url, timer);
  }

  function cancel(url: string): void {
    const timer = timers.get(url);
    if (timer) clearTimeout(timer);
    timers.delete(url);
  }

  function pollFeed(url: string): Promise<PollReport | null> {
    const inFlight = running.get(url);
    if (inFlight) return inFlight;
    const feed = store.getFeed(url);
    if (!feed || stopped) return Promise.resolve(null);
    const run = pollerNow()
      .then((loaded) => loaded.poll(feed))
      .catch((error: unknown): PollReport => {
        log.error({ feed: redactUrl(url), err: error }, "feeds: poll crashed");
        return { feed: url, status: "error", added: [], error: String(error) };
      })
      .then((report) => {
        deps.onPoll?.(report);
        return report;
      })
      .finally(() => {
        running.delete(url);
        const after = store.getFeed(url);
        if (started && !stopped && after) schedule(url, after.nextFetchAt ? Date.parse(after.nextFetchAt) - clock.now().getTime() : options.intervalMs);
      });
    running.set(url, run);
    return run;
  }

  function syncConfigured(): void {
    if (synced) return;
    synced = true;
    store.syncConfigFeeds(configuredFeeds(deps.config.live, log));
  }

  return {
    syncConfigured,
    start() {
      started = true;
      const now = clock.now().getTime();
      const feeds = store.listFeeds();
      for (const feed of feeds) schedule(feed.url, feed.nextFetchAt ? Date.parse(feed.nextFetchAt) - now : 0);
      return feeds.length;
    },
    pollSoon(url) {
      if (started) schedule(url, 0);
    },
    cancel,
    async pollAll() {
      syncConfigured();
      const reports = await Promise.all(store.listFeeds().map((feed) => pollFeed(feed.url)));
      return reports.filter((report): report is PollReport => report !== null);
    },
    async stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      abort.abort();
      await Promise.allSettled([...running.values()]);
    },
  };
}
