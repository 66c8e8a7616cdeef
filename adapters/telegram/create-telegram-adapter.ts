import type { IncomingMessage, ServerResponse } from "node:http";
import { autoRetry } from "@grammyjs/auto-retry";
import { run, sequentialize, type RunnerHandle } from "@grammyjs/runner";
import { Bot, HttpError, webhookCallback, type Context } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import type { ChatAddress, ChatStatusSink, Clock, Core, Logger, OutgoingPort, TelegramConfig } from "../../src/index.ts";
import { createCallbackHandler } from "./callback-handler.ts";
import { CHANNEL_MENU_ITEM, createChannelScope } from "./channel-scope.ts";
import { createDocumentHandler } from "./document-handler.ts";
import { createChatMemberHandler } from "./chat-member-handler.ts";
import { addressOf, chatContextOf, isPrivateChatId } from "./chat-context.ts";
import { commandMenu } from "./command-menu.ts";
import { createInlineHandler } from "./inline-handler.ts";
import { createMessageHandler } from "./message-handler.ts";
import type { RenderLinks } from "./render.ts";
import { createOutgoingPort, createReplySender } from "./reply-sender.ts";
import type { HttpRoute } from "../ops/health-routes.ts";
import type { BotMetrics } from "../ops/metrics.ts";
import type { Probe } from "../ops/platform-probe.ts";
import type { PlatformStatus } from "../ops/platform-status.ts";
import { createPollingRetry, type PollingRetryOptions, type PollingStatus } from "./polling-retry.ts";
import { describeError, isInactiveError, redactSecrets } from "./safe-error.ts";
import { createUpdateDedupe } from "./update-dedupe.ts";
import { cappedHttpAdapter } from "./webhook-adapter.ts";
import { startWebhookServer, type WebhookServer } from "./webhook-server.ts";

/** The short Vietnamese apology a user gets when handling their update failed. */
export const APOLOGY_TEXT = "Xin lỗi, đã có lỗi khi xử lý yêu cầu này. Hãy thử lại sau.";

/** The update types the bot asks Telegram for. */
export const ALLOWED_UPDATES = ["message", "channel_post", "callback_query", "inline_query", "my_chat_member"] as const;

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
// NOTE: Telegram waits about 60 s for a webhook answer; grammY answers before that.
const WEBHOOK_TIMEOUT_MS = 55_000;
const RUNNER_RESTART_MS = 5_000;
const DEFAULT_API_ROOT = "https://api.telegram.org";

function updateKind(update: Update): string {
  return Object.keys(update).find((key) => key !== "update_id") ?? "unknown";
}

/**
 * Creates the Telegram adapter (grammY): message, callback, inline and chat-member handlers
 * behind one error boundary that logs and apologises, auto-retry on 429/5xx/network failures,
 * updates sequential within a chat and concurrent across chats.
 */
export function createTelegramAdapter(config: TelegramConfig, core: Core, deps: TelegramDeps): TelegramAdapter {
  const { logger } = deps;
  const secrets = [config.token, config.webhookSecret ?? ""].filter(Boolean);
  const describe = (error: unknown) => describeError(error, secrets);
  const bot = new Bot(config.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    client: config.apiRoot ? { apiRoot: config.apiRoot } : {},
  });
  // NOTE: installed first, so it sees every attempt (auto-retry retries network errors silently).
  bot.api.config.use(async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      // NOTE: a 5xx, or a token Telegram does not know (401/404), is no working platform.
      if (result.ok || (result.error_code < 500 && result.error_code !== 401 && result.error_code !== 404)) deps.status?.reached();
      else deps.status?.failed(redactSecrets(`${method}: ${result.error_code} ${result.description}`, secrets));
      return result;
    } catch (error) {
      if (error instanceof HttpError && !signal?.aborted) deps.status?.failed(redactSecrets(`${error.message}: ${String(error.error)}`, secrets));
      throw error;
    }
  });
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

  async function apologise(ctx: Context): Promise<void> {
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: APOLOGY_TEXT });
      else if (ctx.inlineQuery) await ctx.answerInlineQuery([], { cache_time: 0 });
      else if (ctx.chat) await sender.send(addressOf(chatContextOf(ctx)), { command: "error", ok: false, total: 0, results: [], blocks: [{ kind: "paragraph", spans: [{ text: APOLOGY_TEXT }] }] });
    } catch (error) {
      logger.warn({ chatId: ctx.chat?.id, updateId: ctx.update.update_id, err: describe(error) }, "telegram: apology not sent");
    }
  }

  // NOTE: Telegram delivers a webhook update again when it got no answer in time; one already
  // taken in is answered and not handled twice.
  const dedupe = createUpdateDedupe();
  bot.use((ctx, next) => {
    if (dedupe.firstSeen(ctx.update.update_id)) return next();
    logger.info({ updateId: ctx.update.update_id }, "telegram: repeated update ignored");
  });

  // NOTE: the runner's stop() does not wait for middleware still running; the adapter does.
  const inFlight = new Set<Promise<void>>();
  const ignored = new WeakSet<Context>();
  bot.use((ctx, next) => {
    const task = boundary(ctx, next);
    inFlight.add(task);
    const forget = () => inFlight.delete(task);
    task.then(forget, forget);
    return task;
  });

  async function boundary(ctx: Context, next: () => Promise<void>): Promise<void> {
    const started = performance.now();
    let outcome = "handled";
    try {
      await next();
    } catch (error) {
      const chatId = ctx.chat?.id ?? null;
      if (isInactiveError(error)) {
        outcome = "inactive";
        if (chatId !== null) deps.chatStatus?.markInactive(addressOf(chatContextOf(ctx)), error.description);
        logger.warn({ chatId, updateId: ctx.update.update_id, err: describe(error) }, "telegram: chat is inactive");
      } else {
        outcome = "failed";
        logger.error({ chatId, updateId: ctx.update.update_id, err: describe(error) }, "telegram: update failed");
        await apologise(ctx);
      }
    } finally {
      if (outcome === "handled" && ignored.has(ctx)) outcome = "ignored";
      const ms = Math.round((performance.now() - started) * 10) / 10;
      const kind = updateKind(ctx.update);
      deps.metrics?.update("telegram", kind, outcome);
      logger.info({ updateId: ctx.update.update_id, kind, chatId: ctx.chat?.id ?? null, outcome, ms }, "telegram: update");
    }
  }
  bot.use(sequentialize((ctx: Context) => (ctx.chat ? String(ctx.chat.id) : undefined)));
  const onMessage = createMessageHandler(core, sender, channels);
  bot.on(["message:text", "channel_post:text"], async (ctx) => {
    if ((await onMessage(ctx)) === "ignored") ignored.add(ctx);
  });
  const onDocument = createDocumentHandler(core, sender, { apiRoot: config.apiRoot ?? DEFAULT_API_ROOT, token: config.token, logger });
  bot.on("message:document", async (ctx) => {
    if ((await onDocument(ctx)) === "ignored") ignored.add(ctx);
  });
  bot.on("callback_query", createCallbackHandler(core, sender, channels));
  bot.on("inline_query", createInlineHandler(core));
  bot.on("my_chat_member", createChatMemberHandler({ chatStatus: deps.chatStatus, logger }));
  bot.catch((error) => {
    logger.error({ updateId: error.ctx.update.update_id, chatId: error.ctx.chat?.id ?? null, err: describe(error.error) }, "telegram: unhandled error");
  });

  let runner: RunnerHandle | null = null;
  let server: WebhookServer | null = null;
  let stopping = false;

  async function setCommands(): Promise<void> {
    const menu = commandMenu(core.commands);
    await bot.api.setMyCommands([...menu, CHANNEL_MENU_ITEM], { scope: { type: "all_private_chats" } });
    await bot.api.setMyCommands(menu, { scope: { type: "all_group_chats" } });
  }

  async function registerCommands(): Promise<void> {
    try {
      await setCommands();
    } catch (error) {
      logger.warn({ err: describe(error) }, "telegram: command menu not registered");
    }
  }

  async function startWebhook(url: string): Promise<void> {
    const handle = webhookCallback(bot, cappedHttpAdapter, {
      secretToken: config.webhookSecret ?? undefined,
      onTimeout: "return",
      timeoutMilliseconds: WEBHOOK_TIMEOUT_MS,
    }) as (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;
    server = await startWebhookServer({ port: config.port, path: new URL(url).pathname, handle, logger, describe, routes: deps.httpRoutes ?? [] });
    await bot.api.setWebhook(url, { secret_token: config.webhookSecret ?? undefined, allowed_updates: [...ALLOWED_UPDATES] });
    logger.info({ port: server.port, mode: "webhook" }, "telegram: started");
  }

  function startPolling(): void {
    const handle = run(bot, {
      runner: {
        fetch: { timeout: deps.pollTimeoutSeconds ?? 30, allowed_updates: [...ALLOWED_UPDATES] },
        silent: true,
        retryInterval: "exponential",
        maxRetryTime: Number.POSITIVE_INFINITY,
      },
    });
    runner = handle;
    // NOTE: getUpdates failures are retried below the runner; should the runner still end, it
    // is started again rather than leaving the bot silent.
    const restart = (details: Record<string, unknown>): void => {
      if (stopping) return;
      logger.error(details, "telegram: polling stopped, restarting");
      const timer = setTimeout(() => {
        if (!stopping && runner === handle) startPolling();
      }, RUNNER_RESTART_MS);
      timer.unref?.();
    };
    void handle.task()?.then(
      () => restart({}),
      (error: unknown) => restart({ err: describe(error) }),
    );
    logger.info({ mode: "polling" }, "telegram: started");
  }

  const apiRoot = config.apiRoot ?? DEFAULT_API_ROOT;
  async function probe(signal: AbortSignal): Promise<void> {
    let response: Response;
    try {
      response = await fetch(`${apiRoot}/bot${config.token}/getMe`, { signal });
    } catch (error) {
      if (signal.aborted) throw error;
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
      throw new Error(redactSecrets(`getMe: ${error instanceof Error ? error.message : String(error)}${cause}`, secrets));
    }
    const body = (await response.json().catch(() => null)) as { ok?: boolean; description?: string } | null;
    if (!body?.ok) throw new Error(redactSecrets(`getMe: ${response.status} ${body?.description ?? response.statusText}`, secrets));
  }

  return {
    bot,
    outgoing,
    setCommands,
    probe,
    get webhookPort() {
      return server?.port ?? null;
    },
    pollingStatus: () => pollingRetry.status(),
    async start() {
      await bot.init();
      await registerCommands();
      if (config.webhookUrl) {
        await startWebhook(config.webhookUrl);
      } else {
        await bot.api.deleteWebhook();
        startPolling();
      }
    },
    async stop() {
      stopping = true;
      if (runner?.isRunning()) await runner.stop();
      runner = null;
      await server?.close();
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      logger.info({}, "telegram: stopped");
    },
  };
}
