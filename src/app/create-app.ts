import type { Database } from "better-sqlite3";
import type { Config } from "../config/config.ts";
import { createFingerprintMaker, FINGERPRINT_WORKER_MIN_ARTICLES, loadCorpus, type FileCheckReport, type ProgressListener } from "../corpus/index.ts";
import type { ChatStatusSink, OutgoingPort } from "../delivery/index.ts";
import { createDigestService, type DigestService } from "../digest/index.ts";
import { createLiveCorpus, feedArticleInputs, type LiveCorpus, type PollReport } from "../live/index.ts";
import { createArticleFileStore, createFeedStore, createSubscriptionStore } from "../store/index.ts";
import { createSubscriptionService } from "../subscriptions/index.ts";
import type { Clock } from "../util/clock.ts";
import type { Logger } from "../util/logger.ts";
import { withRouter, type Core } from "./create-core.ts";
import { openAppStore, type AppStore } from "./open-app-store.ts";
import { createStopStack } from "./stop-stack.ts";

/** What the app is created with besides the configuration. */
export interface AppDeps {
  readonly logger: Logger;
  readonly clock: Clock;
  /** Told how loading the corpus goes (the process's progress line). */
  readonly onProgress?: ProgressListener;
  /** Told of every finished feed poll (metrics). */
  readonly onPoll?: (report: PollReport) => void;
}

/** What the app's running part is started over. */
export interface AppStartOptions {
  /** The adapters' outgoing ports, one per platform; the digest is sent through them. */
  readonly ports: readonly OutgoingPort[];
}

/** The assembled bot: the store, the corpus, the services and the router over them. */
export interface App {
  /** The corpus and the command router over the services. */
  readonly core: Core;
  /** The open store (every migration applied); closed by `stop()`. */
  readonly db: Database;
  /** Watched folders, polled feeds and the event grouping over the corpus. */
  readonly live: LiveCorpus;
  /** Where adapters report chats that left or came back. */
  readonly chatStatus: ChatStatusSink;
  /** The daily digest, null until `start()`. */
  readonly digest: DigestService | null;
  /** Starts watching folders, polling feeds and the digest over the ports, then checks the corpus files in the background. */
  start(options: AppStartOptions): Promise<void>;
  /**
   * Resolves once the corpus files the load took from the store unseen have been checked (a
   * file changed since the last run is then parsed and in the corpus); started by `start()`.
   */
  filesChecked(): Promise<FileCheckReport>;
  /** Stops in reverse order (digest, live corpus, store); safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Assembles the bot, in order: opens the store in `DATA_DIR` (every migration, the data-dir
 * lock), reads the stored feed articles once, loads the corpus folders with them (reusing a
 * fresh index snapshot), builds the services (subscriptions, feeds, live corpus, events) and the
 * router over them. Nothing runs until `start()`; a failure closes what was opened.
 */
export function createApp(config: Config, deps: AppDeps): App {
  const store = openAppStore(config.dataDir, deps.logger);
  try {
    return assemble(config, deps, store);
  } catch (error) {
    store.close();
    throw error;
  }
}

function assemble(config: Config, deps: AppDeps, store: AppStore): App {
  const { logger, clock } = deps;
  const { db } = store;
  const subscriptionStore = createSubscriptionStore(db, { clock });
  const feedStore = createFeedStore(db, clock);
  const stored = feedStore.storedArticles();
  const corpus = loadCorpus({
    corpusDirs: config.corpusDirs,
    snapshotDir: config.snapshot ? config.dataDir : null,
    extraArticles: feedArticleInputs(stored),
    files: createArticleFileStore(db),
    // NOTE: at 100k files, looking at each (a stat) before the first answer costs a second; the
    // store's records answer first and the files are checked right after start.
    deferFileCheck: true,
    buildWorker: { databasePath: db.name },
    ...(deps.onProgress ? { onProgress: deps.onProgress } : {}),
    logger,
    clock,
  });
  // NOTE: a first start has every fingerprint to make: a worker makes them from the stored texts
  // in a heap of its own.
  const fingerprintMaker = (articles: number) => (corpus.fingerprints && articles >= FINGERPRINT_WORKER_MIN_ARTICLES ? createFingerprintMaker({ databasePath: db.name, logger }) : null);
  const live = createLiveCorpus({ corpus, fingerprints: corpus.fingerprints, fingerprintMaker, store: feedStore, stored, config, logger, clock, ...(deps.onPoll ? { onPoll: deps.onPoll } : {}) });
  const eventOf = (id: string): string => live.eventKey(id);
  const subscriptions = createSubscriptionService({ store: subscriptionStore, config: config.digest, clock, eventOf });
  // NOTE: lists fold events with the grouping built so far; building it at 100k articles takes minutes.
  const core = withRouter(corpus, { subscriptions, feeds: live.feeds, events: { eventOf: (id) => live.builtEventOf(id) } });

  const stops = createStopStack(logger);
  stops.push(() => store.close());
  let digest: DigestService | null = null;
  let starting: Promise<void> | null = null;
  let stopping: Promise<void> | null = null;
  const checking = new AbortController();
  let checked: Promise<FileCheckReport> | null = null;
  let checkStarted: () => void = () => undefined;
  const checkStarts = new Promise<void>((resolve) => (checkStarted = resolve));
  async function start(ports: readonly OutgoingPort[]): Promise<void> {
    // NOTE: each stop is pushed before its start: a start failing halfway still stops what ran.
    stops.push(() => live.stop());
    await live.start();
    const started = createDigestService({ store: subscriptionStore, core, ports, config: config.digest, logger, clock, eventOf, eventsReady: () => live.eventsReady() });
    digest = started;
    stops.push(() => started.stop());
    await started.start();
    stops.push(async () => {
      checking.abort();
      await checked;
    });
    checked = corpus.checkFiles(checking.signal).catch((error: unknown) => {
      logger.error({ err: error }, "corpus: checking the files failed");
      return { checked: 0, changed: 0, removed: 0 };
    });
    checkStarted();
  }
  return {
    core,
    db,
    live,
    chatStatus: subscriptionStore,
    get digest() {
      return digest;
    },
    filesChecked: () => checkStarts.then(() => checked as Promise<FileCheckReport>),
    start: ({ ports }) => (stopping ? Promise.resolve() : (starting ??= start(ports))),
    stop: () => (stopping ??= (starting ?? Promise.resolve()).catch(() => undefined).then(() => stops.stopAll())),
  };
}
