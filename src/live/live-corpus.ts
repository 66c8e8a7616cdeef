import type { Config } from "../config/config.ts";
import type { Corpus, FingerprintMaker, FingerprintStore } from "../corpus/index.ts";
import type { ArticleEvent, EventIndex } from "../events/index.ts";
import type { FeedStore, StoredArticle } from "../store/feed-store.ts";
import type { Clock } from "../util/clock.ts";
import type { Logger } from "../util/logger.ts";
import { createEventWarmUp } from "./event-warm-up.ts";
import { createFeedAdmin } from "./feed-admin.ts";
import { createFeedArticles } from "./feed-articles.ts";
import type { FeedPollOptions, PollReport } from "./feed-poller.ts";
import { createFeedScheduler } from "./feed-scheduler.ts";
import type { FeedsService } from "./feeds-service.ts";
import type { FolderWatchOptions } from "./folder-watcher.ts";
import { createFolderSync } from "./folder-sync.ts";
import { defaultLiveOptions } from "./live-options.ts";

/** What the live corpus is built from. */
export interface LiveCorpusDeps {
  /** The corpus to keep alive. */
  readonly corpus: Corpus;
  /** Where event fingerprints are kept between starts (the corpus file store's); made afresh at each start when absent. */
  readonly fingerprints?: FingerprintStore | null;
  /** Starts a worker making fingerprints from stored texts for that many articles, or says no (null); none makes them in this thread. */
  readonly fingerprintMaker?: ((articles: number) => FingerprintMaker | null) | null;
  /** The feed store (its database opened with every migration). */
  readonly store: FeedStore;
  /** The stored feed articles when already read (the app reads them once to load the corpus); else read at start. */
  readonly stored?: readonly StoredArticle[];
  readonly config: Pick<Config, "corpusDirs" | "live" | "adminIds">;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly options?: { readonly watch?: Partial<FolderWatchOptions>; readonly poll?: Partial<FeedPollOptions> };
  /** Told of every finished feed poll (metrics). */
  readonly onPoll?: (report: PollReport) => void;
}

/** The live corpus: watched folders, polled feeds, stored articles and events over the corpus. */
export interface LiveCorpus {
  /** Puts stored articles into the corpus, starts watching folders and polling feeds. */
  start(): Promise<void>;
  /** Stops watching and polling; in-flight requests are aborted. */
  stop(): Promise<void>;
  /**
   * The event grouping of the current corpus (rebuilt lazily after updates, warmed in the
   * background); while the warm-up runs, the latest grouping built.
   */
  readonly events: EventIndex;
  /** Resolves once the grouping of the current corpus is built (after start and after each update). */
  eventsReady(): Promise<void>;
  /** The event of an article, null when it is alone (for /tinh, /tim and the digest). */
  eventOf(id: string): ArticleEvent | null;
  /**
   * The event of an article in the latest grouping built, never building one: lists read it so
   * a query does not wait for the grouping of a large corpus (null until the first is built,
   * then the previous grouping until the warm-up has caught up with an update).
   */
  builtEventOf(id: string): ArticleEvent | null;
  /** An article's event key: the event id, or the article's own id when it is alone (the digest's `EventOf`). */
  eventKey(id: string): string;
  /** Feed administration for `/nguon`. */
  readonly feeds: FeedsService;
  /** Polls every feed now (tests, benchmarks); resolves when all are done. */
  pollAll(): Promise<PollReport[]>;
  /** When a feed article was first seen (ISO instant), null for others. */
  firstSeen(id: string): string | null;
  readonly store: FeedStore;
}

/** Creates the live corpus over a corpus: feed articles, scheduler, admin, folder sync, event warm-up; nothing runs until `start()`. */
export function createLiveCorpus(deps: LiveCorpusDeps): LiveCorpus {
  const { corpus, store, config, clock } = deps;
  const logger = deps.logger.child({ module: "live" });
  const defaults = defaultLiveOptions(config);
  const articles = createFeedArticles({ corpus, store, clock, logger });
  const scheduler = createFeedScheduler({
    store,
    config,
    options: { ...defaults.poll, ...deps.options?.poll },
    ingest: (inputs) => articles.ingest(inputs),
    logger,
    clock,
    ...(deps.onPoll ? { onPoll: deps.onPoll } : {}),
  });
  const folders = createFolderSync({ corpus, config, options: { ...defaults.watch, ...deps.options?.watch }, logger });
  const warmUp = createEventWarmUp({ corpus, fingerprints: deps.fingerprints ?? null, fingerprintMaker: deps.fingerprintMaker ?? null, logger });
  let started = false;

  return {
    store,
    feeds: createFeedAdmin({ store, adminIds: config.adminIds, scheduler, logger, clock }),
    get events() {
      return warmUp.events;
    },
    eventsReady: () => warmUp.ready(),
    eventOf: (id) => warmUp.eventOf(id),
    builtEventOf: (id) => warmUp.builtEventOf(id),
    eventKey: (id) => warmUp.eventOf(id)?.id ?? id,
    firstSeen: (id) => articles.firstSeen(id),
    pollAll: () => scheduler.pollAll(),
    async start() {
      if (started) return;
      started = true;
      scheduler.syncConfigured();
      articles.restore(deps.stored ?? store.storedArticles());
      warmUp.start();
      await folders.start();
      const feeds = scheduler.start();
      logger.info({ feeds, watch: config.live.watch }, "live: started");
    },
    async stop() {
      const warmedUp = warmUp.stop();
      await scheduler.stop();
      await folders.stop();
      await warmedUp;
    },
  };
}
