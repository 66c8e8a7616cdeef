import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { ChatAddress, ChatStatusSink, Clock, Core, Logger, OutgoingPort, TelegramConfig } from "../../src/index.ts";
import type { HttpRoute } from "../ops/health-routes.ts";
import type { BotMetrics } from "../ops/metrics.ts";
import type { Probe } from "../ops/platform-probe.ts";
import type { PlatformStatus } from "../ops/platform-status.ts";
import { statusTransformer } from "./api-status.ts";
import { createCallbackHandler } from "./callback-handler.ts";
import { CHANNEL_MENU_ITEM, createChannelScope } from "./channel-scope.ts";
import { createChatMemberHandler } from "./chat-member-handler.ts";
import { isPrivateChatId } from "./chat-context.ts";
import { commandMenu } from "./command-menu.ts";
import { createDocumentHandler } from "./document-handler.ts";
import { createErrorHandler } from "./error-handler.ts";
import { createInFlight } from "./in-flight.ts";
import { createInlineHandler } from "./inline-handler.ts";
import { createMessageHandler } from "./message-handler.ts";
import { createPollingRetry, type PollingRetryOptions, type PollingStatus } from "./polling-retry.ts";
import { createGetMeProbe } from "./probe.ts";
import type { RenderLinks } from "./render.ts";
import { createOutgoingPort, createReplySender } from "./reply-sender.ts";
import { describeError, redactSecrets } from "./safe-error.ts";
import { createTransport } from "./transport.ts";
import { createUpdateDedupe } from "./update-dedupe.ts";
import { createUpdateLog } from "./update-log.ts";

/** What the Telegram adapter needs besides its config and the core. */
export interface TelegramDeps {
  readonly logger: Logger;
  readonly clock: Clock;
  /** Told when a chat blocks or removes the bot and when it is added back. */
  readonly chatStatus?: ChatStatusSink;
  /** The bot's own user; fetched with getMe on start when absent. */
  readonly botInfo?: UserFromGetMe;
  /** Long-polling timeout of getUpdates, in seconds (30 when absent). */
  readonly pollTimeoutSeconds?: number;
  /** Told of every Bot API answer and network failure. */
  readonly status?: Pick<PlatformStatus, "reached" | "failed">;
  /** Counts updates. */
  readonly metrics?: Pick<BotMetrics, "update">;
  /** GET routes the webhook server answers besides the webhook (health, metrics). */
  readonly httpRoutes?: readonly HttpRoute[];
  /** Pacing of getUpdates retries (1 s doubling to a minute when absent). */
  readonly pollingRetry?: PollingRetryOptions;
}

/** The running Telegram bot: start it, stop it, send to chats through `outgoing`. */
export interface TelegramAdapter {
  readonly bot: Bot;
  /** Long polling, or webhook mode when `config.webhookUrl` is set; resolves once it runs. */
  start(): Promise<void>;
  /** Stops fetching or listening; resolves after updates in flight are handled. */
  stop(): Promise<void>;
  /** Sends replies unprompted (the digest); never throws. */
  readonly outgoing: OutgoingPort;
  /** Registers the command menu (private chats, with `/kenh`, and groups) with Vietnamese descriptions. */
  setCommands(): Promise<void>;
  /** The webhook server's port once started in webhook mode, null otherwise. */
  readonly webhookPort: number | null;
  /** Asks the Bot API getMe directly (no retries), for the readiness checks. */
  readonly probe: Probe;
  /** The last successful getUpdates and the current failure, for health checks. */
  pollingStatus(): PollingStatus;
}

// NOTE: 429 waits longer than this fail the request instead of stalling the chat.
const MAX_RETRY_DELAY_SECONDS = 300;
const MAX_RETRY_ATTEMPTS = 5;
const DEFAULT_POLL_TIMEOUT_SECONDS = 30;
const DEFAULT_API_ROOT = "https://api.telegram.org";

/**
 * Creates the Telegram adapter (grammY): message, callback, inline and chat-member handlers
 * inside grammY's error boundary (logs, apologises, marks inactive chats), auto-retry on
 * 429/5xx/network failures, updates sequential within a chat and concurrent across chats.
 */
export function createTelegramAdapter(config: TelegramConfig, core: Core, deps: TelegramDeps): TelegramAdapter {
  const { logger } = deps;
  const secrets = [config.token, config.webhookSecret ?? ""].filter(Boolean);
  const describe = (error: unknown) => describeError(error, secrets);
  const apiRoot = config.apiRoot ?? DEFAULT_API_ROOT;
  const bot = new Bot(config.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    client: config.apiRoot ? { apiRoot: config.apiRoot } : {},
  });
  bot.api.config.use(statusTransformer(deps.status, secrets));
  // NOTE: auto-retry would retry a failing getUpdates for up to an hour between attempts, in
  // silence; long polling has its own retry (logged, capped at a minute).
  const retry = autoRetry({ maxDelaySeconds: MAX_RETRY_DELAY_SECONDS, maxRetryAttempts: MAX_RETRY_ATTEMPTS });
  bot.api.config.use((prev, method, payload, signal) => (method === "getUpdates" ? prev(method, payload, signal) : retry(prev, method, payload, signal)));
  const pollingRetry = createPollingRetry({ logger, clock: deps.clock, redact: (text) => redactSecrets(text, secrets), options: deps.pollingRetry });
  bot.api.config.use(pollingRetry.transformer);
  // NOTE: in private chats every command reference links to itself; elsewhere a link opens the
  // private chat, so commands that change the chat stay plain text there.
  const linksFor = (address: ChatAddress): RenderLinks => ({
    botUsername: bot.isInited() ? bot.botInfo.username : null,
    linkable: (line) => isPrivateChatId(address.chatId) || !core.commandFor(line)?.manages,
  });
  const sender = createReplySender(bot.api, linksFor);
  const channels = createChannelScope(core, { logger, chatStatus: deps.chatStatus });
  const outgoing = createOutgoingPort(sender, { logger, chatStatus: deps.chatStatus, secrets });

  // NOTE: Telegram delivers a webhook update again when it got no answer in time; one already
  // taken in is answered and not handled twice.
  const dedupe = createUpdateDedupe();
  bot.use((ctx, next) => {
    if (dedupe.firstSeen(ctx.update.update_id)) return next();
    logger.info({ updateId: ctx.update.update_id }, "telegram: repeated update ignored");
  });
  const inFlight = createInFlight();
  bot.use(inFlight.middleware);
  const updateLog = createUpdateLog({ logger, ...(deps.metrics ? { metrics: deps.metrics } : {}) });
  bot.use(updateLog.middleware);
  const handled = bot.errorBoundary(createErrorHandler({ logger, sender, describe, mark: updateLog.mark, ...(deps.chatStatus ? { chatStatus: deps.chatStatus } : {}) }));
  handled.use(sequentialize((ctx: Context) => (ctx.chat ? String(ctx.chat.id) : undefined)));
  const markIgnored = (ctx: Context, outcome: string): void => {
    if (outcome === "ignored") updateLog.mark(ctx, "ignored");
  };
  const onMessage = createMessageHandler(core, sender, channels);
  handled.on(["message:text", "channel_post:text"], async (ctx) => markIgnored(ctx, await onMessage(ctx)));
  const onDocument = createDocumentHandler(core, sender, { apiRoot, token: config.token, logger });
  handled.on("message:document", async (ctx) => markIgnored(ctx, await onDocument(ctx)));
  handled.on("callback_query", createCallbackHandler(core, sender, channels));
  handled.on("inline_query", createInlineHandler(core));
  handled.on("my_chat_member", createChatMemberHandler({ chatStatus: deps.chatStatus, logger }));
  bot.catch((error) => {
    logger.error({ updateId: error.ctx.update.update_id, chatId: error.ctx.chat?.id ?? null, err: describe(error.error) }, "telegram: unhandled error");
  });

  const transport = createTransport(bot, config, {
    logger,
    describe,
    pollTimeoutSeconds: deps.pollTimeoutSeconds ?? DEFAULT_POLL_TIMEOUT_SECONDS,
    httpRoutes: deps.httpRoutes ?? [],
  });

  async function setCommands(): Promise<void> {
    const menu = commandMenu(core.commands);
    await bot.api.setMyCommands([...menu, CHANNEL_MENU_ITEM], { scope: { type: "all_private_chats" } });
    await bot.api.setMyCommands(menu, { scope: { type: "all_group_chats" } });
  }

  return {
    bot,
    outgoing,
    setCommands,
    probe: createGetMeProbe(apiRoot, config.token, secrets),
    get webhookPort() {
      return transport.webhookPort;
    },
    pollingStatus: () => pollingRetry.status(),
    async start() {
      await bot.init();
      try {
        await setCommands();
      } catch (error) {
        logger.warn({ err: describe(error) }, "telegram: command menu not registered");
      }
      await transport.start();
    },
    async stop() {
      await transport.stop();
      await inFlight.settled();
      logger.info({}, "telegram: stopped");
    },
  };
}
