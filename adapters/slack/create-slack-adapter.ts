import type { AddressInfo } from "node:net";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { App, HTTPReceiver, webApi } from "@slack/bolt";
import {
  DEFAULT_PAGE_SIZE,
  DiemtinError,
  type ChatStatusSink,
  type Clock,
  type Core,
  type Logger,
  type OutgoingPort,
  type SlackConfig,
} from "../../src/index.ts";
import type { HttpRoute } from "../ops/health-routes.ts";
import type { BotMetrics } from "../ops/metrics.ts";
import type { Probe } from "../ops/platform-probe.ts";
import { createAnswerQueue, trackPendingRequests } from "./answer-queue.ts";
import { createBoltLogger } from "./bolt-logger.ts";
import { createErrorHandler, pick } from "./error-handler.ts";
import { createAuthTestProbe } from "./probe.ts";
import { createDeliveryDedupe } from "./delivery-dedupe.ts";
import { registerHandlers } from "./handlers.ts";
import { createSlackOutgoing } from "./outgoing.ts";
import { createReplyStore } from "./reply-store.ts";
import { registerAppHome } from "./app-home.ts";
import { registerConversations } from "./conversations.ts";

/** Bolt's usual path for events, slash commands and interactions. */
export const SLACK_EVENTS_PATH = "/slack/events";

// NOTE: Bolt's default retries network errors for about 30 minutes; interactive answers and
// digest posts want to give up much sooner. Rate-limit waits (Retry-After) count as retries.
const DEFAULT_RETRY: webApi.RetryOptions = { retries: 5, factor: 2, minTimeout: 1000, maxTimeout: 30_000, randomize: true };
// NOTE: milliseconds per Web API request.
const API_TIMEOUT_MS = 15_000;

/** What the Slack adapter needs besides its config and the core. */
export interface SlackAdapterDeps {
  readonly logger: Logger;
  readonly clock: Clock;
  /** Where channels the bot can no longer post in are reported. */
  readonly chatStatus?: ChatStatusSink;
  /** Web API retry policy (tests make it fast); a bounded exponential backoff when absent. */
  readonly retryConfig?: webApi.RetryOptions;
  /** Counts incoming requests. */
  readonly metrics?: Pick<BotMetrics, "update">;
  /** GET routes the HTTP receiver answers besides `/slack/events` (health, metrics); not in Socket Mode. */
  readonly httpRoutes?: readonly HttpRoute[];
}

/** The running Slack app: the Bolt app, its lifecycle and the outgoing port for the digest. */
export interface SlackAdapter {
  readonly app: App;
  /** Whether the app connects over Socket Mode (else it serves HTTP on `config.port`). */
  readonly socketMode: boolean;
  /** Checks the token (auth.test), then listens (HTTP) or connects (Socket Mode); resolves with the bound HTTP port. */
  start(): Promise<{ readonly port: number | null }>;
  stop(): Promise<void>;
  readonly outgoing: OutgoingPort;
  /** Asks the Web API auth.test once (no retries), for the readiness checks. */
  readonly probe: Probe;
}

/**
 * Creates the Slack adapter: a Bolt app over HTTP (`HTTPReceiver` on `config.port`, requests
 * verified with the signing secret) or Socket Mode (when `config.appToken` is set), answering
 * every core command as a slash command, plus `/diemtin <lệnh>`, direct messages and mentions,
 * and publishing the App Home tab.
 */
export function createSlackAdapter(config: SlackConfig, core: Core, deps: SlackAdapterDeps): SlackAdapter {
  const logger = deps.logger.child({ platform: "slack" });
  const secrets = [config.botToken, config.signingSecret, config.appToken].filter((secret): secret is string => Boolean(secret));
  const boltLogger = createBoltLogger(logger, secrets);
  const socketMode = config.appToken !== null;
  const clientOptions: webApi.WebClientOptions = {
    // NOTE: the Web API client joins its base URL and the method name without a slash.
    ...(config.apiUrl ? { slackApiUrl: `${config.apiUrl.replace(/\/+$/, "")}/` } : {}),
    retryConfig: deps.retryConfig ?? DEFAULT_RETRY,
    timeout: API_TIMEOUT_MS,
  };
  const common = { token: config.botToken, logger: boltLogger, clientOptions, deferInitialization: true, extendedErrorHandler: true, convoStore: false as const };
  let app: App;
  if (socketMode) {
    app = new App({ ...common, socketMode: true, appToken: config.appToken as string });
  } else {
    if (!config.signingSecret) throw new DiemtinError("CONFIG_INVALID", "SLACK_SIGNING_SECRET: is required for Slack in HTTP mode");
    const customRoutes = (deps.httpRoutes ?? []).map((route) => ({ path: route.path, method: ["GET"], handler: (req: IncomingMessage, res: ServerResponse) => void route.handle(req, res) }));
    const receiver = new HTTPReceiver({ signingSecret: config.signingSecret, port: config.port, endpoints: SLACK_EVENTS_PATH, logger: boltLogger, customRoutes });
    app = new App({ ...common, receiver });
  }

  const metrics = deps.metrics;
  if (metrics) {
    app.use(async ({ body, next }) => {
      const kind = pick(body, "command") ? "command" : (pick(body, "type") ?? "unknown");
      metrics.update("slack", kind, "received");
      await next();
    });
  }

  // NOTE: its own client: one attempt, no retries, so a check answers within its deadline.
  const probe = createAuthTestProbe(new webApi.WebClient(config.botToken, { ...clientOptions, retryConfig: { retries: 0 }, logger: boltLogger }), secrets);

  let busy = (): boolean => false;
  const queue = createAnswerQueue(() => busy());
  registerHandlers(app, {
    queue,
    core,
    logger,
    replies: createReplyStore(),
    dedupe: createDeliveryDedupe(deps.clock),
    pageSize: DEFAULT_PAGE_SIZE,
    // NOTE: a function, as the Home tab registers its event after the middleware above.
    onHomeRun: (args, run) => onHomeRun(args, run),
  });
  const onHomeRun = registerAppHome(app, { core, logger, queue });
  registerConversations(app, { core, logger, queue, pageSize: DEFAULT_PAGE_SIZE });

  // NOTE: the one error boundary: every listener error ends here.
  app.error(createErrorHandler(logger, secrets));

  let running = false;
  return {
    app,
    socketMode,
    outgoing: createSlackOutgoing(app.client, { logger, chatStatus: deps.chatStatus }),
    probe,
    async start() {
      try {
        await app.init();
      } catch (cause) {
        throw new DiemtinError("PLATFORM_FAILED", "slack: auth.test failed, check SLACK_BOT_TOKEN and SLACK_API_URL", { cause });
      }
      let server: unknown;
      try {
        server = await app.start(...(socketMode ? [] : [config.port]));
      } catch (cause) {
        const where = socketMode ? "cannot connect in Socket Mode, check SLACK_APP_TOKEN" : `cannot listen on port ${config.port} (SLACK_PORT)`;
        throw new DiemtinError("PLATFORM_FAILED", `slack: ${where}`, { cause });
      }
      running = true;
      const address = socketMode ? null : ((server as Server).address() as AddressInfo | null);
      if (!socketMode) busy = trackPendingRequests(server as Server);
      logger.info({ mode: socketMode ? "socket" : "http", port: address?.port ?? null }, "slack: started");
      return { port: address?.port ?? null };
    },
    async stop() {
      if (!running) return;
      running = false;
      await app.stop();
      logger.info({}, "slack: stopped");
    },
  };
}
