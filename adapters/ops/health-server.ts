import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../../src/index.ts";
import { routeFor, type HttpRoute } from "./health-routes.ts";

/** The health server on `HEALTH_PORT`: its port and how to close it. */
export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Starts an HTTP server answering only `routes` (404 to anything else). */
export async function startHealthServer(port: number, routes: readonly HttpRoute[], logger: Logger): Promise<HealthServer> {
  const server = createServer((req, res) => {
    const route = routeFor(routes, req);
    if (!route) {
      res.writeHead(404).end();
      return;
    }
    Promise.resolve(route.handle(req, res)).catch((error: unknown) => {
      logger.error({ path: route.path, error: error instanceof Error ? error.message : String(error) }, "health: request failed");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve());
  });
  const bound = (server.address() as AddressInfo).port;
  logger.info({ port: bound }, "health: listening");
  return {
    port: bound,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
