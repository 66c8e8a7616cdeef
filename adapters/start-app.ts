import { createApp, createStopStack, type Clock, type Config, type Core, type DigestService, type LiveCorpus, type Logger, type OutgoingPort } from "../src/index.ts";
import { createOps, type Ops } from "./ops/create-ops.ts";
import { createBotMetrics, instrumentOutgoing, instrumentRouter } from "./ops/metrics.ts";
import type { ProbeTiming } from "./ops/platform-probe.ts";
import { createLoadProgress } from "./process/load-progress.ts";
import type { SlackAdapter } from "./slack/index.ts";
import type { TelegramAdapter } from "./telegram/index.ts";

/** The running bot: its core and platform adapters, and how to stop it all. */
export interface RunningApp {
  readonly core: Core;
  readonly live: LiveCorpus;
  readonly digest: DigestService | null;
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
 * Starts the bot from the configuration: the app (store, corpus, services, router), the ops
 * part, the Telegram and Slack adapters whose tokens are set over the app's core, then the
 * app's running part (folders, feeds, digest) over their outgoing ports.
 */
export async function startApp(config: Config, deps: StartAppDeps): Promise<RunningApp> {
  const { logger, clock } = deps;
  const metrics = config.ops.metrics ? createBotMetrics() : null;
  const loading = performance.now();
  const progress = createLoadProgress({ stream: process.stderr, logger });
  const app = createApp(config, { logger, clock, onProgress: progress.onProgress, ...(metrics ? { onPoll: (report) => metrics.feedPoll(report.status) } : {}) });
  progress.finish();
  const stops = createStopStack(logger);
  stops.push(() => app.stop());
  try {
    const ops = createOps({ config, db: app.db, metrics, logger, clock, ...(deps.probeTiming ? { timing: deps.probeTiming } : {}) });
    stops.push(() => ops.stop());
    const { core } = app;
    ops.corpusLoaded(core, (performance.now() - loading) / 1000);
    const healthPort = await ops.listen();

    const coreFor = (platform: string): Core => (metrics ? instrumentRouter(core, platform, metrics) : core);
    const common = { logger, clock, chatStatus: app.chatStatus, httpRoutes: ops.routes, ...(metrics ? { metrics } : {}) };
    // NOTE: a platform's library is loaded only when its token is set (Bolt alone takes about
    // 0.6 s to load, on every start of a bot that does not use Slack).
    const telegram = config.telegram
      ? (await import("./telegram/index.ts")).createTelegramAdapter(config.telegram, coreFor("telegram"), { ...common, ...(ops.telegram ? { status: ops.telegram } : {}) })
      : null;
    const slack = config.slack ? (await import("./slack/index.ts")).createSlackAdapter(config.slack, coreFor("slack"), common) : null;
    const ports: OutgoingPort[] = [telegram?.outgoing, slack?.outgoing]
      .filter((port): port is OutgoingPort => port !== undefined)
      .map((port) => (metrics ? instrumentOutgoing(port, metrics) : port));

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
    await app.start({ ports });
    // NOTE: the digest stops before the adapters, so no digest starts sending while a platform stops.
    stops.push(() => app.digest?.stop());
    ops.setRunning(true);
    stops.push(() => ops.setRunning(false));
    logger.info(
      { articles: core.articles.length, telegram: Boolean(telegram), slack: Boolean(slack), slackPort, webhookPort: telegram?.webhookPort ?? null, healthPort },
      "app: started",
    );

    let stopping: Promise<void> | null = null;
    return {
      core,
      live: app.live,
      get digest() {
        return app.digest;
      },
      telegram,
      slack,
      hasPlatform: ports.length > 0,
      ops,
      healthPort,
      slackPort,
      stop: () => (stopping ??= stops.stopAll()),
    };
  } catch (error) {
    await stops.stopAll();
    throw error;
  }
}
