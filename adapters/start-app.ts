import {
  createDigestService,
  createLiveCorpus,
  createSubscriptionService,
  createSubscriptionStore,
  loadCore,
  openStore,
  type Clock,
  type Config,
  type Core,
  type DigestService,
  type LiveCorpus,
  type Logger,
  type OutgoingPort,
} from "../src/index.ts";
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
  /** Stops in order (digest, adapters, live corpus, store); safe to call twice. */
  stop(): Promise<void>;
}

/** What the app is started with. */
export interface StartAppDeps {
  readonly logger: Logger;
  readonly clock: Clock;
}

/**
 * Starts the bot's services from the configuration: the store, the live corpus, the core
 * (folders plus stored feed articles), the Telegram and Slack adapters whose tokens are set,
 * and the digest over their outgoing ports.
 */
export async function startApp(config: Config, deps: StartAppDeps): Promise<RunningApp> {
  const { logger, clock } = deps;
  const db = openStore(config.dataDir, logger);
  const stops: Array<() => Promise<void> | void> = [
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
    const store = createSubscriptionStore(db, { clock });
    const live = createLiveCorpus({ db, config, logger, clock });
    const eventOf = (id: string): string => live.eventKey(id);
    const subscriptions = createSubscriptionService({ store, config: config.digest, clock, eventOf });
    const core = loadCore({
      corpusDirs: config.corpusDirs,
      snapshotDir: config.snapshot ? config.dataDir : null,
      extraArticles: live.storedInputs(),
      services: { subscriptions, feeds: live.feeds, events: live },
      logger,
      clock,
    });
    await live.start(core);
    stops.push(() => live.stop());

    const telegram = config.telegram ? createTelegramAdapter(config.telegram, core, { logger, clock, chatStatus: store }) : null;
    const slack = config.slack ? createSlackAdapter(config.slack, core, { logger, clock, chatStatus: store }) : null;
    const ports: OutgoingPort[] = [telegram?.outgoing, slack?.outgoing].filter((port): port is OutgoingPort => port !== undefined);
    const digest = createDigestService({ store, core, ports, config: config.digest, logger, clock, eventOf });

    if (telegram) {
      await telegram.start();
      stops.push(() => telegram.stop());
    }
    let slackPort: number | null = null;
    if (slack) {
      ({ port: slackPort } = await slack.start());
      stops.push(() => slack.stop());
    }
    await digest.start();
    stops.push(() => digest.stop());
    logger.info(
      { articles: core.articles.length, telegram: Boolean(telegram), slack: Boolean(slack), slackPort, webhookPort: telegram?.webhookPort ?? null },
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
      stop: () => (stopping ??= stopAll()),
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
