import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { Worker } from "node:worker_threads";
import { createLogger, createSilentLogger, type Core, type Logger } from "../../src/index.ts";
import { loadSeedCore, startSlackHarness } from "../../tests/adapters/slack/harness.ts";
import { TEST_SIGNING_SECRET, slackSignature, slashCommandBody } from "../../tests/adapters/slack/signed-request.ts";
import type { BenchRow, BenchSuite } from "../suite.ts";

// NOTE: Slack's own deadline is 3 s; the target leaves the answer work all the room.
const TARGET_P99_MS = 50;
const CONCURRENT = 200;
const COMMANDS = [
  ["/tinh", "Quảng Ninh"],
  ["/tim", "Tổng Bí thư"],
  ["/moi", ""],
  ["/diemtin", "tinh Lạng Sơn"],
] as const;

// NOTE: the load generator runs in a worker thread (in the server's own event loop it would
// wait behind the answers' CPU work and measure that instead of the ack) and reuses keep-alive
// connections, as Slack's senders do; a warm-up burst opens them.
const CLIENT = `
const { parentPort, workerData } = require("node:worker_threads");
const http = require("node:http");
const target = new URL(workerData.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
// NOTE: a keep-alive socket the server closed while idle fails once; the request is resent
// and timed from the first attempt.
function send({ body, headers }, started = performance.now(), retried = false) {
  return new Promise((resolve) => {
    const request = http.request({ host: target.hostname, port: target.port, path: target.pathname, method: "POST", agent,
      headers: { ...headers, "content-length": Buffer.byteLength(body) } }, (response) => {
      const elapsed = performance.now() - started;
      response.resume();
      response.on("end", () => resolve(response.statusCode === 200 ? elapsed : -response.statusCode));
    });
    request.on("error", () => resolve(retried ? -1 : send({ body, headers }, started, true)));
    request.end(body);
  });
}
parentPort.on("message", (requests) => Promise.all(requests.map((request) => send(request))).then((times) => parentPort.postMessage(times)));
`;

/** A load generator in a worker thread: sends a burst concurrently, answers each ack latency in ms. */
function startClient(url: string): { fire(requests: readonly Signed[]): Promise<number[]>; close(): Promise<number> } {
  const worker = new Worker(CLIENT, { eval: true, workerData: { url } });
  return {
    async fire(requests) {
      worker.postMessage(requests);
      const [times] = (await once(worker, "message")) as [number[]];
      const failed = times.find((time) => time < 0);
      if (failed !== undefined) throw new Error(`slack bench: status ${-failed}`);
      return times;
    },
    close: () => worker.terminate(),
  };
}

interface Signed {
  readonly body: string;
  readonly headers: Record<string, string>;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The same bursts against a bare node:http server that only reads the body: the machine's floor. */
async function measureFloor(rounds: number): Promise<number[]> {
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => response.end());
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const client = startClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`);
  const latencies: number[] = [];
  try {
    for (let burst = -1; burst < rounds; burst += 1) {
      const requests = Array.from({ length: CONCURRENT }, (): Signed => ({ body: "x=1", headers: { "content-type": "application/x-www-form-urlencoded" } }));
      const times = await client.fire(requests);
      if (burst >= 0) latencies.push(...times);
    }
  } finally {
    await client.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
  return latencies.sort((a, b) => a - b);
}

/** Runs `rounds` bursts of CONCURRENT signed slash commands; returns every ack latency and each burst's time to its last answer, in ms. */
async function measure(core: Core, logger: Logger, rounds: number, tag: string): Promise<{ latencies: number[]; answered: number[] }> {
  const h = await startSlackHarness(core, { logger });
  const client = startClient(h.url);
  const latencies: number[] = [];
  const answered: number[] = [];
  try {
    for (let burst = -1; burst < rounds; burst += 1) {
      const name = `${tag}${burst + 1}`;
      const count = CONCURRENT;
      const timestamp = Math.floor(Date.now() / 1000);
      const requests = Array.from({ length: count }, (_, index): Signed => {
        const [command, text] = COMMANDS[index % COMMANDS.length] as readonly [string, string];
        const body = slashCommandBody({ command, text, responseUrl: h.stub.responseUrl(name) });
        const headers = {
          "content-type": "application/x-www-form-urlencoded",
          "x-slack-request-timestamp": String(timestamp),
          "x-slack-signature": slackSignature(TEST_SIGNING_SECRET, timestamp, body),
        };
        return { body, headers };
      });
      const started = performance.now();
      const times = await client.fire(requests);
      // NOTE: the answers are produced after the acks; each burst waits for them so the next starts clean.
      await h.stub.waitForResponses(name, count, 60_000);
      if (burst < 0) continue;
      latencies.push(...times);
      answered.push(performance.now() - started);
    }
  } finally {
    await client.close();
    await h.close();
  }
  return { latencies: latencies.sort((a, b) => a - b), answered: answered.sort((a, b) => a - b) };
}

/** Ack latency of the Slack HTTP receiver under bursts of concurrent signed slash commands. */
export const slackSuite: BenchSuite = {
  name: "slack",
  description: `ack latency of ${CONCURRENT} concurrent signed slash commands (HTTPReceiver, loopback)`,
  async run({ quick, log }) {
    const core = loadSeedCore();
    const rounds = quick ? 1 : 5;
    const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
    const runs: [string, Logger][] = [
      ["silent logger", createSilentLogger()],
      ["JSON logs (info)", createLogger({ level: "info", destination: discard })],
    ];
    const rows: BenchRow[] = [];
    const row = (label: string, latencies: readonly number[], answered: readonly number[] = []): BenchRow => ({
      label,
      figures: {
        requests: latencies.length,
        "p50 ms": round(percentile(latencies, 50)),
        "p99 ms": round(percentile(latencies, 99)),
        "max ms": round(latencies[latencies.length - 1] ?? Number.NaN),
        "all answered ms (median burst)": answered.length > 0 ? round(percentile(answered, 50)) : null,
      },
    });
    for (const [label, logger] of runs) {
      log(`${label}: ${rounds} × ${CONCURRENT} requests`);
      const { latencies, answered } = await measure(core, logger, rounds, label.startsWith("silent") ? "s" : "j");
      rows.push(row(`${CONCURRENT} concurrent, ${label}`, latencies, answered));
    }
    log(`floor: ${rounds} × ${CONCURRENT} requests to a bare node:http server`);
    rows.push(row(`${CONCURRENT} concurrent, bare node:http (floor)`, await measureFloor(rounds)));
    const worst = Math.max(...rows.slice(0, runs.length).map((measured) => Number(measured.figures["p99 ms"])));
    return { rows, targets: [{ name: `ack p99 ≤ ${TARGET_P99_MS} ms`, met: worst <= TARGET_P99_MS, value: worst }] };
  },
};
