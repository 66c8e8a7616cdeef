import type { Database } from "better-sqlite3";
import { DiemtinError, type Clock, type Config, type Core, type Logger } from "../../src/index.ts";
import { healthRoutes, platformCheck, type HttpRoute, type ReadinessCheck } from "./health-routes.ts";
import { startHealthServer, type HealthServer } from "./health-server.ts";
import type { BotMetrics } from "./metrics.ts";
import { DEFAULT_PROBE_TIMING, startPlatformProbe, type PlatformProbe, type Probe, type ProbeTiming } from "./platform-probe.ts";
import { createPlatformStatus, type PlatformStatus } from "./platform-status.ts";

/** Health, readiness, metrics and platform checks of the running bot. */
export interface Ops {
  /** Null when `METRICS=false`. */
  readonly metrics: BotMetrics | null;
  /** `/healthz`, `/readyz` and `/metrics`, for the webhook and Slack servers. */
  readonly routes: readonly HttpRoute[];
  /** Statuses of the configured platforms (null when not configured). */
  readonly telegram: PlatformStatus | null;
  readonly slack: PlatformStatus | null;
  /** Marks the corpus loaded (a readiness check) and reads its size for the metrics. */
  corpusLoaded(core: Core, seconds: number): void;
  /** Starts the `HEALTH_PORT` server when configured; resolves with its port (null without). */
  listen(): Promise<number | null>;
  /** Starts checking a platform now and then until `stop()`. */
  probe(status: PlatformStatus, probe: Probe): void;
  /** Marks the app started (ready, if the checks hold) or stopping (not ready). */
  setRunning(running: boolean): void;
  /** Stops the probes and closes the `HEALTH_PORT` server. */
  stop(): Promise<void>;
}

/** What the ops part is built from. */
export interface OpsDeps {
  readonly config: Pick<Config, "ops" | "telegram" | "slack">;
  readonly db: Database;
  /** The bot's metrics, null when `METRICS=false`. */
  readonly metrics: BotMetrics | null;
  readonly logger: Logger;
  readonly clock: Clock;
  /** Probe timing (tests shorten it). */
  readonly timing?: ProbeTiming;
  /** Least time between two warnings about one outage (tests shorten it). */
  readonly quietMs?: number;
}

/** Creates the ops part: statuses for the configured platforms, the readiness checks, the metrics routes. */
export function createOps(deps: OpsDeps): Ops {
  const { config, db, clock } = deps;
  const logger = deps.logger;
  const now = () => clock.now().getTime();
  const statusOptions = { logger, clock, ...(deps.quietMs !== undefined ? { quietMs: deps.quietMs } : {}) };
  const telegram = config.telegram ? createPlatformStatus("telegram", statusOptions) : null;
  const slack = config.slack ? createPlatformStatus("slack", statusOptions) : null;
  const { metrics } = deps;
  let corpus: Core | null = null;
  let running = false;
  const maxSilenceMs = config.ops.readyMinutes * 60_000;
  const checks: ReadinessCheck[] = [
    { name: "corpus", check: () => (corpus ? { ok: true, detail: `${corpus.articles.length} articles` } : { ok: false, detail: "loading" }) },
    { name: "store", check: () => (db.open ? { ok: true } : { ok: false, detail: "closed" }) },
    { name: "app", check: () => (running ? { ok: true } : { ok: false, detail: "starting or stopping" }) },
    ...[telegram, slack].flatMap((status) => (status ? [platformCheck(status, maxSilenceMs, now)] : [])),
  ];
  const routes = healthRoutes({ checks, registry: metrics?.registry ?? null });
  const probes: PlatformProbe[] = [];
  let server: HealthServer | null = null;

  return {
    metrics,
    routes,
    telegram,
    slack,
    corpusLoaded(core, seconds) {
      corpus = core;
      metrics?.indexBuilt(seconds);
      metrics?.corpusSize(() => core.articles.length);
    },
    async listen() {
      const port = config.ops.healthPort;
      if (port === null) return null;
      try {
        server = await startHealthServer(port, routes, logger);
      } catch (cause) {
        throw new DiemtinError("CONFIG_INVALID", `HEALTH_PORT: cannot listen on port ${port}`, { cause });
      }
      return server.port;
    },
    probe(status, probe) {
      probes.push(startPlatformProbe(status, probe, now, deps.timing ?? DEFAULT_PROBE_TIMING));
    },
    setRunning(value) {
      running = value;
    },
    async stop() {
      running = false;
      for (const probe of probes.splice(0)) probe.stop();
      await server?.close();
      server = null;
    },
  };
}
