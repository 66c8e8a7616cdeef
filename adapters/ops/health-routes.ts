import type { IncomingMessage, ServerResponse } from "node:http";
import type { Registry } from "prom-client";
import type { PlatformStatus } from "./platform-status.ts";

/** One GET route the platform servers answer besides their own (health, readiness, metrics). */
export interface HttpRoute {
  readonly path: string;
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>;
}

/** One readiness check: its name and whether it holds, with a word on why not. */
export interface ReadinessCheck {
  readonly name: string;
  check(): { readonly ok: boolean; readonly detail?: string };
}

/** What the health routes read. */
export interface HealthSources {
  readonly checks: readonly ReadinessCheck[];
  /** The metrics registry; null leaves `/metrics` out. */
  readonly registry: Registry | null;
}

/** The paths served. */
export const HEALTH_PATHS = { health: "/healthz", ready: "/readyz", metrics: "/metrics" } as const;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(`${JSON.stringify(body)}\n`);
}

/**
 * A readiness check that a platform answered within the last `maxSilenceMs` and is not
 * failing now.
 */
export function platformCheck(status: PlatformStatus, maxSilenceMs: number, now: () => number): ReadinessCheck {
  return {
    name: status.platform,
    check() {
      if (status.lastOkAt === null) return { ok: false, detail: status.lastError ?? "not reached yet" };
      if (status.lastError !== null) return { ok: false, detail: status.lastError };
      const silentMs = now() - status.lastOkAt;
      if (silentMs > maxSilenceMs) return { ok: false, detail: `no answer for ${Math.round(silentMs / 1000)} s` };
      return { ok: true };
    },
  };
}

/**
 * The routes: `/healthz` answers 200 while the process serves requests; `/readyz` 200 when
 * every check holds, else 503, with each check's result as JSON; `/metrics` the Prometheus
 * text format.
 */
export function healthRoutes(sources: HealthSources): HttpRoute[] {
  const routes: HttpRoute[] = [
    { path: HEALTH_PATHS.health, handle: (_req, res) => json(res, 200, { status: "ok" }) },
    {
      path: HEALTH_PATHS.ready,
      handle(_req, res) {
        const checks: Record<string, { ok: boolean; detail?: string }> = {};
        let ready = true;
        for (const check of sources.checks) {
          const result = check.check();
          checks[check.name] = result;
          ready &&= result.ok;
        }
        json(res, ready ? 200 : 503, { ready, checks });
      },
    },
  ];
  const registry = sources.registry;
  if (registry) {
    routes.push({
      path: HEALTH_PATHS.metrics,
      async handle(_req, res) {
        const text = await registry.metrics();
        res.writeHead(200, { "content-type": registry.contentType });
        res.end(text);
      },
    });
  }
  return routes;
}

/** The route a GET request asks for, or null. */
export function routeFor(routes: readonly HttpRoute[], req: IncomingMessage): HttpRoute | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  return routes.find((route) => route.path === path) ?? null;
}
