import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { ChatAddress, OutgoingPort, Reply, Router } from "../../src/index.ts";

/** The bot's Prometheus metrics (prom-client) in their own registry, and the hooks that feed them. */
export interface BotMetrics {
  readonly registry: Registry;
  /** Counts an incoming platform update (message, command, button, event) by kind and outcome. */
  update(platform: string, kind: string, outcome: string): void;
  /** Counts an answered command and observes how long the answer took. */
  command(platform: string, command: string, seconds: number): void;
  /** Counts a digest message by result: sent, failed, or paused (the chat blocked or removed the bot). */
  digest(platform: string, result: "sent" | "failed" | "paused"): void;
  /** Counts a feed poll by status (ok, not-modified, error). */
  feedPoll(status: string): void;
  /** Sets how long loading the corpus and building (or loading) its index took at start. */
  indexBuilt(seconds: number): void;
  /** Reads the corpus size when metrics are scraped. */
  corpusSize(read: () => number): void;
}

// NOTE: seconds; answers are usually milliseconds, a cold search or a long article more.
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Creates the metrics: a fresh registry with Node's default process metrics and the bot's own, prefixed `diemtin_`. */
export function createBotMetrics(): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "diemtin_" });
  const registers = [registry];
  const updates = new Counter({ name: "diemtin_updates_total", help: "Platform updates handled, by platform, kind and outcome", labelNames: ["platform", "kind", "outcome"], registers });
  const commands = new Counter({ name: "diemtin_commands_total", help: "Commands answered, by platform and command", labelNames: ["platform", "command"], registers });
  const latency = new Histogram({
    name: "diemtin_answer_seconds",
    help: "Time to build an answer (core only, not the platform round trip), by platform and command",
    labelNames: ["platform", "command"],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const digests = new Counter({ name: "diemtin_digest_messages_total", help: "Digest messages by platform and result (sent, failed, paused)", labelNames: ["platform", "result"], registers });
  const polls = new Counter({ name: "diemtin_feed_polls_total", help: "Feed polls by status (ok, not-modified, error)", labelNames: ["status"], registers });
  const build = new Gauge({ name: "diemtin_index_build_seconds", help: "Seconds to load the corpus and build or load its search index at start", registers });
  let readSize: () => number = () => 0;
  new Gauge({
    name: "diemtin_corpus_articles",
    help: "Articles in the corpus",
    registers,
    collect() {
      this.set(readSize());
    },
  });
  return {
    registry,
    update: (platform, kind, outcome) => updates.inc({ platform, kind, outcome }),
    command(platform, command, seconds) {
      commands.inc({ platform, command });
      latency.observe({ platform, command }, seconds);
    },
    digest: (platform, result) => digests.inc({ platform, result }),
    feedPoll: (status) => polls.inc({ status }),
    indexBuilt: (seconds) => build.set(seconds),
    corpusSize(read) {
      readSize = read;
    },
  };
}

/**
 * The router as a platform sees it, timing every answer into `metrics` under `platform`.
 * NOTE: the result delegates everything else to `router` (a core keeps its own getters).
 */
export function instrumentRouter<R extends Router>(router: R, platform: string, metrics: BotMetrics): R {
  const timed = async (answer: () => Promise<Reply>): Promise<Reply> => {
    const started = performance.now();
    const reply = await answer();
    metrics.command(platform, reply.command, (performance.now() - started) / 1000);
    return reply;
  };
  const instrumented = Object.create(router) as R;
  instrumented.ask = (text, options) => timed(() => router.ask(text, options));
  instrumented.page = (token, options) => timed(() => router.page(token, options));
  return instrumented;
}

/** An outgoing port that counts each digest message's result into `metrics`. */
export function instrumentOutgoing(port: OutgoingPort, metrics: BotMetrics): OutgoingPort {
  return {
    platform: port.platform,
    async send(address: ChatAddress, reply: Reply) {
      const result = await port.send(address, reply);
      metrics.digest(port.platform, result.ok ? "sent" : result.reason === "inactive" ? "paused" : "failed");
      return result;
    },
  };
}
