import {
  createArticleFileStore,
  createDigestService,
  createLiveCorpus,
  createSubscriptionService,
  createSubscriptionStore,
  loadCore,
  lockDataDir,
  openStore,
  type Clock,
  type Config,
  type Core,
  type DigestService,
  type LiveCorpus,
  type Logger,
  type OutgoingPort,
} from "../src/index.ts";
import { createOps, type Ops } from "./ops/create-ops.ts";
import { createLoadProgress } from "./process/load-progress.ts";
import { instrumentOutgoing, instrumentRouter } from "./ops/metrics.ts";
import type { ProbeTiming } from "./ops/platform-probe.ts";
import { createSlackAdapter, type SlackAdapter } from "./slack/index.ts";
import { createTelegramAdapter, type TelegramAdapter } from "./telegram/index.ts";

/** The running bot: its core and platform adapters, and how to stop it all. */
export interface RunningApp {
  readonly core: Core;
  readonly live: LiveCorpus;
  readonly digest: DigestService;
  readonly telegram: TelegramAdapter | null;
  readonly slack: SlackAdapter | null;
  /** Whether a platform adapter runs (else the console is the bot). */
  readonly hasPlatform: boolean;
  /** Health, readiness, metrics and platform statuses. */
  readonly ops: Ops;
  /** The `HEALTH_PORT` server's port, null without one. */
  readonly healthPort: number | null;
  /** The Slack HTTP receiver's port, null without one. */
  readonly slackPort: number | null;
  /** Stops in order (digest, adapters, live corpus, store); safe to call twice. */
  stop(): Promise<void>;
}

/** What the app is started with. */
export interface StartAppDeps {
  readonly logger: Logger;
  readonly clock: Clock;
  /** Platform check timing (tests shorten it). */
  readonly probeTiming?: ProbeTiming;
}

/**
 * Starts the bot's services from the configuration: the store, the live corpus, the core
 * (folders plus stored feed articles), the Telegram and Slack adapters whose tokens are set,
 * and the digest over their outgoing ports.
 */
export async function startApp(config: Config, deps: StartAppDeps): Promise<RunningApp> {
  const { logger, clock } = deps;
  const db = openStore(config.dataDir, logger);
  let lock: ReturnType<typeof lockDataDir>;
  try {
    lock = lockDataDir(config.dataDir);
  } catch (error) {
    db.close();
    throw error;
  }
  const stops: Array<() => Promise<void> | void> = [
    () => lock.release(),
    () => {
      db.close();
    },
  ];
  const stopAll = async (): Promise<void> => {
    for (const stop of stops.splice(0).reverse()) {
      try {
        await stop();
      } catch (error) {
        logger.error({ err: error }, "app: a service did not stop cleanly");
      }
    }
  };
  try {
    const ops = createOps({ config, db, logger, clock, ...(deps.probeTiming ? { timing: deps.probeTiming } : {}) });
    stops.push(() => ops.stop());
    const { metrics } = ops;
    const store = createSubscriptionStore(db, { clock });
    const live = createLiveCorpus({ db, config, logger, clock, ...(metrics ? { onPoll: (report) => metrics.feedPoll(report.status) } : {}) });
    const eventOf = (id: string): string => live.eventKey(id);
    const subscriptions = createSubscriptionService({ store, config: config.digest, clock, eventOf });
    const loading = performance.now();
    const progress = createLoadProgress({ stream: process.stderr, logger });
    const core = loadCore({
      corpusDirs: config.corpusDirs,
      snapshotDir: config.snapshot ? config.dataDir : null,
      extraArticles: live.storedInputs(),
      files: createArticleFileStore(db),
      onProgress: progress.onProgress,
      // NOTE: lists fold events with the grouping built so far; building it at 100k articles takes minutes.
      services: { subscriptions, feeds: live.feeds, events: { eventOf: (id) => live.builtEventOf(id) } },
      logger,
      clock,
    });
    progress.finish();
    ops.corpusLoaded(core, (performance.now() - loading) / 1000);
    await live.start(core);
    stops.push(() => live.stop());
    const healthPort = await ops.listen();

    const coreFor = (platform: string): Core => (metrics ? instrumentRouter(core, platform, metrics) : core);
    const common = { logger, clock, chatStatus: store, httpRoutes: ops.routes, ...(metrics ? { metrics } : {}) };
    const telegram = config.telegram ? createTelegramAdapter(config.telegram, coreFor("telegram"), { ...common, ...(ops.telegram ? { status: ops.telegram } : {}) }) : null;
    const slack = config.slack ? createSlackAdapter(config.slack, coreFor("slack"), common) : null;
    const ports: OutgoingPort[] = [telegram?.outgoing, slack?.outgoing]
      .filter((port): port is OutgoingPort => port !== undefined)
      .map((port) => (metrics ? instrumentOutgoing(port, metrics) : port));
    const digest = createDigestService({ store, core, ports, config: config.digest, logger, clock, eventOf, eventsReady: () => live.eventsReady() });

    if (telegram && ops.telegram) {
      ops.probe(ops.telegram, telegram.probe);
      await telegram.start();
      stops.push(() => telegram.stop());
    }
    let slackPort: number | null = null;
    if (slack && ops.slack) {
      ops.probe(ops.slack, slack.probe);
      ({ port: slackPort } = await slack.start());
      stops.push(() => slack.stop());
    }
    await digest.start();
    stops.push(() => digest.stop());
    ops.setRunning(true);
    stops.push(() => ops.setRunning(false));
    logger.info(
      { articles: core.articles.length, telegram: Boolean(telegram), slack: Boolean(slack), slackPort, webhookPort: telegram?.webhookPort ?? null, healthPort },
      "app: started",
    );

    let stopping: Promise<void> | null = null;
    return {
      core,
      live,
      digest,
      telegram,
      slack,
      hasPlatform: ports.length > 0,
      ops,
      healthPort,
      slackPort,
      stop: () => (stopping ??= stopAll()),
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
