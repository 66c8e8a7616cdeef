import type { Database } from "better-sqlite3";
import { parseArticle } from "../articles/index.ts";
import type { Config } from "../config/config.ts";
import { createEventIndex, eventIndexSteps, fingerprintOf, type ArticleEvent, type EventFingerprint, type EventIndex } from "../events/index.ts";
import type { Article } from "../model/article.ts";
import type { Clock } from "../util/clock.ts";
import { DiemtinError } from "../util/errors.ts";
import type { Logger } from "../util/logger.ts";
import { canonicalUrl, httpUrl } from "./canonical-url.ts";
import { configuredFeeds } from "./feed-list.ts";
import { createFeedPoller, type FeedPollOptions, type PollReport } from "./feed-poller.ts";
import type { FeedsService } from "./feeds-service.ts";
import { DEFAULT_FOLDER_WATCH, watchFolders, type FolderChange, type FolderWatcher, type FolderWatchOptions } from "./folder-watcher.ts";
import { createHostQueue } from "./host-queue.ts";
import type { Corpus as Core } from "../corpus/index.ts";
import type { ArticleInput } from "../corpus/index.ts";
import { createFeedStore, type FeedStore } from "../store/feed-store.ts";
import { redactUrl } from "./redact-url.ts";

const NO_EVENTS: EventIndex = { eventOf: () => null, events: [] };

/** The User-Agent of every feed and page request. */
export const USER_AGENT = "diemtin/0.1 (Vietnamese news digest bot; feed reader)";

/** Tunable limits of the live corpus (tests shorten them). */
export interface LiveOptions {
  readonly watch: FolderWatchOptions;
  /** `intervalMs` defaults to `FEED_INTERVAL_MINUTES`. */
  readonly poll: FeedPollOptions;
}

/** Default limits. NOTE: milliseconds and bytes. */
export function defaultLiveOptions(config: Pick<Config, "live">): LiveOptions {
  return {
    watch: DEFAULT_FOLDER_WATCH,
    poll: {
      intervalMs: config.live.feedIntervalMinutes * 60_000,
      timeoutMs: 20_000,
      maxFeedBytes: 5 * 1024 * 1024,
      maxPageBytes: 5 * 1024 * 1024,
      userAgent: USER_AGENT,
      backoff: { baseMs: 60_000, maxMs: 6 * 3_600_000 },
      maxAttempts: 3,
      maxItemsPerPoll: 200,
      allowPrivate: config.live.allowPrivate,
    },
  };
}

/** What the live corpus is built from. */
export interface LiveCorpusDeps {
  /** The core to keep alive; may instead be given to `start` (the core's commands need `feeds` first). */
  readonly core?: Core;
  /** An open store whose migrations include `FEED_MIGRATIONS`. */
  readonly db: Database;
  readonly config: Pick<Config, "corpusDirs" | "live" | "adminIds">;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly options?: { readonly watch?: Partial<FolderWatchOptions>; readonly poll?: Partial<FeedPollOptions> };
  /** Told of every finished feed poll (metrics). */
  readonly onPoll?: (report: PollReport) => void;
}

/** The live corpus: watched folders, polled feeds, stored articles and events over the core. */
export interface LiveCorpus {
  /** Puts stored articles into the core, starts watching folders and polling feeds. */
  start(core?: Core): Promise<void>;
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
  /** The stored feed articles as core inputs, with persisted handles (for building the core). */
  storedInputs(): ArticleInput[];
  readonly store: FeedStore;
}

/** Creates the live corpus over a core; nothing runs until `start()`. */
export function createLiveCorpus(deps: LiveCorpusDeps): LiveCorpus {
  const { config, logger, clock } = deps;
  let current: Core | null = deps.core ?? null;
  const core = (): Core => {
    if (!current) throw new DiemtinError("INTERNAL", "live corpus: no core (pass it to createLiveCorpus or start)");
    return current;
  };
  const log = logger.child({ module: "live" });
  const defaults = defaultLiveOptions(config);
  const options: LiveOptions = {
    watch: { ...defaults.watch, ...deps.options?.watch },
    poll: { ...defaults.poll, ...deps.options?.poll },
  };
  const store = createFeedStore(deps.db, clock);
  const queue = createHostQueue();
  const abort = new AbortController();
  const timers = new Map<string, NodeJS.Timeout>();
  const running = new Map<string, Promise<PollReport>>();
  const fingerprints = new WeakMap<Article, EventFingerprint>();
  let firstSeenById = new Map<string, string>();
  let events: EventIndex | null = null;
  let eventsFor: readonly Article[] | null = null;
  let watcher: FolderWatcher | null = null;
  let warming: Promise<void> | null = null;
  let unsubscribe: (() => void) | null = null;
  let started = false;
  let stopped = false;
  let synced = false;

  function syncFeeds(): void {
    if (synced) return;
    synced = true;
    store.syncConfigFeeds(configuredFeeds(config.live, log));
  }

  function ingest(inputs: readonly ArticleInput[]): readonly Article[] {
    const added = core().update({ upsert: inputs });
    for (const article of added) store.setHandle(article.id, article.handle);
    for (const input of inputs) if (!firstSeenById.has(input.id)) firstSeenById.set(input.id, clock.now().toISOString());
    log.info({ added: added.length }, "feeds: articles added");
    return added;
  }

  const poller = createFeedPoller({ store, queue, options: options.poll, ingest, logger: log, clock, signal: abort.signal });

  function schedule(url: string, delayMs: number): void {
    const existing = timers.get(url);
    if (existing) clearTimeout(existing);
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(url);
      void pollFeed(url);
    }, Math.max(0, delayMs));
    timer.unref?.();
    timers.set(url, timer);
  }

  function pollFeed(url: string): Promise<PollReport | null> {
    const inFlight = running.get(url);
    if (inFlight) return inFlight;
    const feed = store.getFeed(url);
    if (!feed || stopped) return Promise.resolve(null);
    const run = poller
      .poll(feed)
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
        if (started && !stopped && after) schedule(url, after.nextFetchAt ? Date.parse(after.nextFetchAt) - clock.now().getTime() : options.poll.intervalMs);
      });
    running.set(url, run);
    return run;
  }

  function restore(): void {
    const stored = store.storedArticles();
    firstSeenById = new Map(stored.map((article) => [article.id, article.firstSeenAt]));
    const missing = inputsOf(stored).filter((input) => !core().corpus.byId(input.id));
    if (missing.length > 0) {
      try {
        core().update({ upsert: missing });
        log.info({ articles: missing.length }, "feeds: stored articles restored");
      } catch (error) {
        log.error({ articles: missing.length, err: error }, "feeds: stored articles could not be restored");
      }
    }
    // NOTE: the handles the core gave (here, or when the core was built with `storedInputs()`)
    // are the ones users saw; persist them.
    for (const article of stored) {
      const handle = core().corpus.byId(article.id)?.handle;
      if (handle !== undefined && handle !== article.handle) store.setHandle(article.id, handle);
    }
  }

  function storedInputs(): ArticleInput[] {
    return inputsOf(store.storedArticles());
  }

  function inputsOf(stored: ReturnType<FeedStore["storedArticles"]>): ArticleInput[] {
    const inputs = stored.map((article) => {
      const holder = article.handle === null || !current ? undefined : current.corpus.byHandle(article.handle);
      // NOTE: a persisted handle taken by another article (a folder file added since) is
      // dropped; the core gives the next free one, which is then persisted.
      const handle = article.handle !== null && (!holder || holder.id === article.id) ? article.handle : undefined;
      return { id: article.id, file: article.canonicalUrl, parsed: article.parsed, ...(handle === undefined ? {} : { handle }) };
    });
    // NOTE: inputs keeping a handle go first so the core's "next free handle" passes them.
    return inputs.sort((a, b) => Number(a.handle === undefined) - Number(b.handle === undefined));
  }

  function applyFolderChange(change: FolderChange): void {
    const { corpus } = core();
    const upsert: ArticleInput[] = [];
    const remove: string[] = [];
    for (const file of change.upsert) {
      const existing = corpus.byId(file.id);
      if (existing && existing.file !== file.file) {
        log.warn({ file: file.file, reason: `duplicate id "${file.id}" (kept ${existing.file})` }, "corpus: skipped file");
        continue;
      }
      try {
        upsert.push({ id: file.id, file: file.file, parsed: parseArticle(file.text) });
      } catch (error) {
        log.warn({ file: file.file, err: error }, "corpus: article could not be parsed");
      }
    }
    for (const file of change.remove) if (corpus.byId(file.id)?.file === file.file) remove.push(file.id);
    if (upsert.length === 0 && remove.length === 0) return;
    core().update({ upsert, remove });
    log.info({ upserted: upsert.length, removed: remove.length }, "corpus: folder changes applied");
  }

  // NOTE: feeds are kept as written; two spellings of one canonical URL are one feed.
  function listedAs(url: string): string | undefined {
    const key = canonicalUrl(url);
    return store.listFeeds().find((feed) => feed.url === url || canonicalUrl(feed.url) === key)?.url;
  }

  const feeds: FeedsService = {
    adminIds: config.adminIds,
    list: () => store.listFeeds(),
    add(raw, label = null) {
      const url = httpUrl(raw);
      if (!url) return { ok: false, reason: "invalid" };
      if (listedAs(url) || !store.addFeed(url, label, "admin")) return { ok: false, reason: "exists" };
      log.info({ feed: redactUrl(url) }, "feeds: feed added");
      if (started) schedule(url, 0);
      return { ok: true, url };
    },
    remove(raw) {
      const given = httpUrl(raw);
      const url = given ? (listedAs(given) ?? given) : null;
      if (!url || !store.removeFeed(url)) return false;
      const timer = timers.get(url);
      if (timer) clearTimeout(timer);
      timers.delete(url);
      log.info({ feed: redactUrl(url) }, "feeds: feed removed");
      return true;
    },
  };

  // NOTE: the core hands out a new articles array after each update; the grouping is rebuilt
  // lazily for it (fingerprints of unchanged articles are reused; they go with their articles).
  // While the warm-up runs, answers use the latest grouping built (none before the first)
  // instead of building one themselves.
  const eventIndex = (): EventIndex => {
    const articles = current?.articles ?? [];
    if (events && eventsFor === articles) return events;
    // NOTE: after stop the grouping is never built in one go: at 100k articles that holds the
    // process for minutes while it should be exiting.
    if (warming || stopped) return events ?? NO_EVENTS;
    events = createEventIndex(articles, { cache: fingerprints });
    eventsFor = articles;
    return events;
  };

  // NOTE: fingerprinting is about a millisecond an article: done in one go, the first query
  // after start (thousands of articles) or after a burst of files would stall the bot for
  // seconds. The warm-up fingerprints new articles in slices between other work, then builds
  // the grouping in steps (see `eventIndexSteps`), starting over when the corpus changes.
  const WARM_SLICE = 64;
  const yieldTurn = (): Promise<void> => new Promise((done) => setImmediate(done));
  async function warm(): Promise<void> {
    for (;;) {
      const articles = current?.articles ?? [];
      let done = 0;
      for (const article of articles) {
        if (stopped || (current?.articles ?? []) !== articles) break;
        if (fingerprints.has(article)) continue;
        fingerprints.set(article, fingerprintOf(article));
        if (++done % WARM_SLICE === 0) await yieldTurn();
      }
      if (stopped) return;
      if ((current?.articles ?? []) !== articles) continue;
      const built = await group(articles);
      if (stopped) return;
      if (!built) continue;
      events = built;
      eventsFor = articles;
      await yieldTurn();
      if (stopped || (current?.articles ?? []) === articles) return;
    }
  }
  /** The grouping of `articles`, built in steps; null when stopped or the corpus changed meanwhile. */
  async function group(articles: readonly Article[]): Promise<EventIndex | null> {
    const steps = eventIndexSteps(articles, { cache: fingerprints });
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await yieldTurn();
      if (stopped || (current?.articles ?? []) !== articles) return null;
    }
  }
  function startWarming(): Promise<void> {
    warming ??= warm()
      .catch((error: unknown) => log.error({ err: error }, "events: grouping failed"))
      .finally(() => {
        warming = null;
      });
    return warming;
  }

  return {
    store,
    feeds,
    get events() {
      return eventIndex();
    },
    eventsReady: () => warming ?? Promise.resolve(),
    eventOf: (id) => eventIndex().eventOf(id),
    builtEventOf: (id) => events?.eventOf(id) ?? null,
    eventKey: (id) => eventIndex().eventOf(id)?.id ?? id,
    firstSeen: (id) => firstSeenById.get(id) ?? null,
    storedInputs,
    async start(given) {
      if (started) return;
      if (given) current = given;
      started = true;
      syncFeeds();
      restore();
      unsubscribe = core().onUpdate(() => void startWarming());
      void startWarming();
      if (config.live.watch) {
        watcher = watchFolders(config.corpusDirs, applyFolderChange, log, options.watch);
        await watcher.ready();
      }
      const now = clock.now().getTime();
      for (const feed of store.listFeeds()) schedule(feed.url, feed.nextFetchAt ? Date.parse(feed.nextFetchAt) - now : 0);
      log.info({ feeds: store.listFeeds().length, watch: config.live.watch }, "live: started");
    },
    async stop() {
      stopped = true;
      unsubscribe?.();
      unsubscribe = null;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      abort.abort();
      await Promise.allSettled([...running.values()]);
      await watcher?.close();
      watcher = null;
      await warming;
    },
    async pollAll() {
      syncFeeds();
      const reports = await Promise.all(store.listFeeds().map((feed) => pollFeed(feed.url)));
      return reports.filter((report): report is PollReport => report !== null);
    },
  };
}
