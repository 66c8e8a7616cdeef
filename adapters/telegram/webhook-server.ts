import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../../src/index.ts";
import { routeFor, type HttpRoute } from "../ops/health-routes.ts";

/** The webhook HTTP server: listens, counts requests in flight, closes after they finish. */
export interface WebhookServer {
  /** The port it listens on (the real one when 0 was asked). */
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Starts a node `http` server on `port` that passes POST requests to `path` to `handle`
 * (grammY's `webhookCallback(bot, "http", …)`, which answers 401 to a wrong secret), GET
 * requests for `routes` to their handlers, and 404 to anything else.
 */
export async function startWebhookServer(options: {
  port: number;
  path: string;
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;
  logger: Logger;
  describe: (error: unknown) => Record<string, unknown>;
  routes?: readonly HttpRoute[];
}): Promise<WebhookServer> {
  const inFlight = new Set<Promise<unknown>>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const route = routeFor(options.routes ?? [], req);
    if (route) {
      void Promise.resolve(route.handle(req, res)).catch((error: unknown) => {
        options.logger.error({ path, err: options.describe(error) }, "telegram: health request failed");
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
      return;
    }
    if (req.method !== "POST" || path !== options.path) {
      res.writeHead(404).end();
      return;
    }
    const task = options.handle(req, res).catch((error: unknown) => {
      if (error instanceof Error && error.name === "WebhookBodyTooLarge") {
        options.logger.warn({ reason: error.message }, "telegram: webhook request refused");
        return;
      }
      options.logger.error({ err: options.describe(error) }, "telegram: webhook request failed");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
    inFlight.add(task);
    void task.finally(() => inFlight.delete(task));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.allSettled([...inFlight]);
      server.closeIdleConnections();
      await closed;
    },
  };
}
