import { randomUUID } from "node:crypto";
import { Cron } from "croner";
import type { DigestConfig } from "../config/config.ts";
import type { OutgoingPort } from "../delivery/outgoing-port.ts";
import type { Article } from "../model/article.ts";
import type { ChatStatusStore, DeliveryStore, FollowStore } from "../store/index.ts";
import { identityEventOf, type EventOf } from "../subscriptions/event-of.ts";
import type { Clock } from "../util/clock.ts";
import type { Logger } from "../util/logger.ts";
import { composeForTarget, type FirstSeenCache } from "./compose-for-target.ts";
import { dueJobs } from "./due-jobs.ts";
import { fanOut, type FanOutReport } from "./fan-out.ts";
import { createPlatformLimiters } from "./platform-rates.ts";
import { realTimer, type RateLimits, type Timer } from "./rate-limiter.ts";
import type { MessagingPlatform } from "../model/chat.ts";
import type { Corpus } from "../corpus/index.ts";

/** What the digest service is built from. */
export interface DigestServiceOptions {
  /** The subscriptions and settings it reads, the deliveries it records, the chats it pauses. */
  readonly store: Pick<FollowStore, "targets" | "subscriptionsOf"> & DeliveryStore & Pick<ChatStatusStore, "setStatus">;
  readonly core: Pick<Corpus, "articles" | "corpus" | "search" | "onUpdate">;
  /** One outgoing port per platform; targets of other platforms are skipped. */
  readonly ports: readonly OutgoingPort[];
  readonly config: DigestConfig;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Near-duplicate grouping; identity (no grouping) when absent. */
  readonly eventOf?: EventOf;
  /** Resolves once `eventOf` covers the current corpus; each run waits for it first. */
  readonly eventsReady?: () => Promise<void>;
  /** Croner pattern of the due check; every minute by default. */
  readonly schedule?: string;
  /** Per-platform rates over `DEFAULT_RATES` (Telegram's overall rate from `config.telegramPerSecond`). */
  readonly rates?: Partial<Record<MessagingPlatform, RateLimits>>;
  /** Platforms that post a headline and thread the list under it; `["slack"]` by default. */
  readonly threaded?: readonly string[];
  /** Sends in flight at once; 8 by default. */
  readonly concurrency?: number;
  /** Attempts per target and day; 5 by default. */
  readonly maxAttempts?: number;
  /** NOTE: milliseconds after which another run's unfinished claim is taken over; 2 minutes by default. */
  readonly staleAfterMs?: number;
  /** The rate limiter's timer (tests). */
  readonly timer?: Timer;
}

/** The daily digest: records first-seen times, finds due chats every minute, fans out. */
export interface DigestService {
  /** Records first-seen times of the current articles, follows core updates, starts the schedule and runs once now. */
  start(): Promise<void>;
  /** Stops the schedule; sends in flight finish, jobs not started stay claimable. */
  stop(): Promise<void>;
  /** Finds the due targets and delivers their digests (joins the run in progress, if any). */
  runOnce(): Promise<FanOutReport>;
  /** Records `at` (now by default) as first-seen time of articles not seen before; how many were new. */
  recordArticles(articles: readonly Article[], at?: Date): Promise<number>;
}

/** Creates the digest service; nothing runs until `start` or `runOnce`. */
export function createDigestService(options: DigestServiceOptions): DigestService {
  const { store, core, config, logger, clock } = options;
  const eventOf = options.eventOf ?? identityEventOf;
  const token = randomUUID();
  const ports = new Map(options.ports.map((port) => [port.platform as string, port]));
  const limiters = createPlatformLimiters(config, options.rates ?? {}, options.timer ?? realTimer);
  const threaded = new Set(options.threaded ?? ["slack"]);
  let stopping = false;
  let running: Promise<FanOutReport> | null = null;
  let cron: Cron | null = null;
  let unsubscribe: (() => void) | null = null;

  function recordArticles(articles: readonly Article[], at: Date = clock.now()): Promise<number> {
    return store.recordFirstSeen(articles.map((article) => article.id), at.getTime());
  }

  async function run(): Promise<FanOutReport> {
    const jobs = await dueJobs(store, ports, clock.now(), config);
    if (jobs.length > 0) await options.eventsReady?.();
    const runId = jobs.length > 0 ? await store.startRun(token, clock.now().getTime(), jobs.length) : null;
    const cache: FirstSeenCache = new Map();
    const report = await fanOut(jobs, {
      store,
      ports,
      limiters,
      threaded,
      compose: (job, windowEnd) =>
        composeForTarget(job.target, { store, deps: core, eventOf, windowEnd, localDate: job.localDate, cache }),
      token,
      maxAttempts: options.maxAttempts ?? 5,
      staleAfterMs: options.staleAfterMs ?? 120_000,
      concurrency: options.concurrency ?? 8,
      stopping: () => stopping,
      clock,
      logger,
    });
    if (runId !== null) {
      await store.finishRun(runId, clock.now().getTime(), { ...report });
      logger.info({ jobs: jobs.length, ...report }, "digest: run finished");
    }
    return report;
  }

  function runOnce(): Promise<FanOutReport> {
    if (!running) {
      running = run().finally(() => {
        running = null;
      });
    }
    return running;
  }

  return {
    async start() {
      stopping = false;
      const added = await recordArticles(core.articles);
      if (added > 0) logger.info({ added }, "digest: first-seen times recorded");
      unsubscribe = core.onUpdate((upserted) => {
        recordArticles(upserted).catch((error: unknown) => logger.error({ err: error }, "digest: first-seen times not recorded"));
      });
      cron = new Cron(options.schedule ?? "* * * * *", { timezone: config.timezone, protect: true }, () => {
        runOnce().catch((error: unknown) => logger.error({ err: error }, "digest: run failed"));
      });
      runOnce().catch((error: unknown) => logger.error({ err: error }, "digest: run failed"));
    },
    async stop() {
      stopping = true;
      cron?.stop();
      cron = null;
      unsubscribe?.();
      unsubscribe = null;
      await running?.catch(() => undefined);
    },
    runOnce,
    recordArticles,
  };
}
