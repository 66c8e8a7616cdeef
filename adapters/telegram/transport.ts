import type { IncomingMessage, ServerResponse } from "node:http";
import { run, type RunnerHandle } from "@grammyjs/runner";
import { webhookCallback, type Bot } from "grammy";
import type { Logger, TelegramConfig } from "../../src/index.ts";
import type { HttpRoute } from "../ops/health-routes.ts";
import { cappedHttpAdapter } from "./webhook-adapter.ts";
import { startWebhookServer, type WebhookServer } from "./webhook-server.ts";

/** The update types the bot asks Telegram for. */
export const ALLOWED_UPDATES = ["message", "channel_post", "callback_query", "inline_query", "my_chat_member"] as const;

// NOTE: Telegram waits about 60 s for a webhook answer; grammY answers before that.
const WEBHOOK_TIMEOUT_MS = 55_000;
const RUNNER_RESTART_MS = 5_000;

/** How updates reach the bot: long polling through grammY's runner, or a webhook server. */
export interface Transport {
  /** Starts polling, or the webhook server and setWebhook when the config has a webhook URL. */
  start(): Promise<void>;
  /** Stops fetching or listening (updates in flight are the adapter's to wait for). */
  stop(): Promise<void>;
  /** The webhook server's port once started, null otherwise. */
  readonly webhookPort: number | null;
}

/** What the transport needs besides the bot. */
export interface TransportDeps {
  readonly logger: Logger;
  readonly describe: (error: unknown) => Record<string, unknown>;
  /** Long-polling timeout of getUpdates, in seconds. */
  readonly pollTimeoutSeconds: number;
  /** GET routes the webhook server answers besides the webhook. */
  readonly httpRoutes: readonly HttpRoute[];
}

/** Creates the transport for the configured mode; nothing runs until `start()`. */
export function createTransport(bot: Bot, config: TelegramConfig, deps: TransportDeps): Transport {
  const { logger, describe } = deps;
  let runner: RunnerHandle | null = null;
  let server: WebhookServer | null = null;
  let stopping = false;

  async function startWebhook(url: string): Promise<void> {
    const handle = webhookCallback(bot, cappedHttpAdapter, {
      secretToken: config.webhookSecret ?? undefined,
      onTimeout: "return",
      timeoutMilliseconds: WEBHOOK_TIMEOUT_MS,
    }) as (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;
    server = await startWebhookServer({ port: config.port, path: new URL(url).pathname, handle, logger, describe, routes: deps.httpRoutes });
    await bot.api.setWebhook(url, { secret_token: config.webhookSecret ?? undefined, allowed_updates: [...ALLOWED_UPDATES] });
    logger.info({ port: server.port, mode: "webhook" }, "telegram: started");
  }

  function startPolling(): void {
    const handle = run(bot, {
      runner: {
        fetch: { timeout: deps.pollTimeoutSeconds, allowed_updates: [...ALLOWED_UPDATES] },
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

  return {
    get webhookPort() {
      return server?.port ?? null;
    },
    async start() {
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
    },
  };
}
