import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One recorded Web API call. */
export interface StubCall {
  readonly method: string;
  /** The call's arguments; JSON-valued form fields (`blocks`) are parsed. */
  readonly args: Record<string, unknown>;
  readonly authorization: string | null;
}

/** One recorded POST to a response_url. */
export interface StubResponse {
  readonly name: string;
  readonly body: Record<string, unknown>;
}

/** A scripted answer: a Web API error (`{ error: "not_in_channel" }`), a 429, or any body. */
export type ScriptedAnswer =
  | { readonly error: string }
  | { readonly status: 429; readonly retryAfter: number }
  | { readonly status: number }
  | { readonly body: Record<string, unknown> };

/**
 * A local stand-in for Slack on loopback: the Web API at `apiUrl` (`/api/<method>`, records
 * calls, answers ok unless scripted) and response_url endpoints (`/respond/<name>`, records
 * posts). Reusable by any Slack test (adapter, digest).
 */
export interface StubWebApi {
  /** Base URL to give as `SLACK_API_URL` / `slackApiUrl` (no trailing slash). */
  readonly apiUrl: string;
  readonly calls: StubCall[];
  readonly responses: StubResponse[];
  /** A response_url on this server; posts to it are recorded under `name`. */
  responseUrl(name: string): string;
  /** Queues answers for the next calls of a Web API method, used once each in order. */
  script(method: string, ...answers: ScriptedAnswer[]): void;
  /** Queues HTTP statuses for the next posts to a response_url (e.g. 500 to make respond() fail). */
  scriptResponse(name: string, ...statuses: number[]): void;
  /** What `apps.connections.open` returns as the Socket Mode URL. */
  setSocketUrl(url: string): void;
  callsTo(method: string): StubCall[];
  responsesTo(name: string): StubResponse[];
  /** Resolves when `count` calls/posts match, rejects after `timeoutMs`. */
  waitForCalls(method: string, count: number, timeoutMs?: number): Promise<StubCall[]>;
  waitForResponses(name: string, count: number, timeoutMs?: number): Promise<StubResponse[]>;
  close(): Promise<void>;
}

/** The bot identity `auth.test` answers with. */
export const STUB_BOT = { team_id: "T0STUB", user_id: "U0BOT", bot_id: "B0BOT" } as const;

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes("application/json")) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(value)) {
      try {
        args[key] = JSON.parse(value);
        continue;
      } catch {
        // a plain string that starts with a bracket
      }
    }
    args[key] = value;
  }
  return args;
}

async function waitUntil<T>(read: () => T[], count: number, timeoutMs: number, what: string): Promise<T[]> {
  const deadline = Date.now() + timeoutMs;
  while (read().length < count) {
    if (Date.now() > deadline) throw new Error(`stub: waited ${timeoutMs} ms for ${count} ${what}, got ${read().length}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return read();
}

/** Starts the stub on an ephemeral loopback port. */
export async function startStubWebApi(): Promise<StubWebApi> {
  const calls: StubCall[] = [];
  const responses: StubResponse[] = [];
  const scripts = new Map<string, ScriptedAnswer[]>();
  const responseScripts = new Map<string, number[]>();
  let socketUrl = "ws://127.0.0.1:1/";
  let ts = 0;

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  }

  function defaultAnswer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return { ok: true, url: "https://stub.slack.test/", team: "Stub", user: "diemtin", ...STUB_BOT };
      case "chat.postMessage":
        ts += 1;
        return { ok: true, channel: args.channel, ts: `1700000000.${String(ts).padStart(6, "0")}`, message: { text: args.text } };
      case "apps.connections.open":
        return { ok: true, url: socketUrl };
      default:
        return { ok: true };
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://stub").pathname;
    const raw = await readBody(req);
    const contentType = String(req.headers["content-type"] ?? "");
    const respond = /^\/respond\/([\w-]+)$/.exec(path);
    if (respond) {
      const name = respond[1] as string;
      const status = responseScripts.get(name)?.shift() ?? 200;
      if (status === 200) responses.push({ name, body: parseArgs(raw, contentType) });
      res.writeHead(status, { "content-type": "text/plain" });
      res.end(status === 200 ? "ok" : "error");
      return;
    }
    const api = /^\/api\/([\w.]+)$/.exec(path);
    if (!api) return send(res, 404, { ok: false, error: "unknown_path" });
    const method = api[1] as string;
    const args = parseArgs(raw, contentType);
    calls.push({ method, args, authorization: req.headers.authorization ?? null });
    const answer = scripts.get(method)?.shift();
    if (!answer) return send(res, 200, defaultAnswer(method, args));
    if ("error" in answer) return send(res, 200, { ok: false, error: answer.error });
    if ("body" in answer) return send(res, 200, answer.body);
    if ("retryAfter" in answer) return send(res, 429, { ok: false, error: "ratelimited" }, { "retry-after": String(answer.retryAfter) });
    return send(res, answer.status, { ok: false, error: "http_error" });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { ok: false, error: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api`,
    calls,
    responses,
    responseUrl: (name) => `${base}/respond/${name}`,
    script(method, ...answers) {
      scripts.set(method, [...(scripts.get(method) ?? []), ...answers]);
    },
    scriptResponse(name, ...statuses) {
      responseScripts.set(name, [...(responseScripts.get(name) ?? []), ...statuses]);
    },
    setSocketUrl(url) {
      socketUrl = url;
    },
    callsTo: (method) => calls.filter((call) => call.method === method),
    responsesTo: (name) => responses.filter((response) => response.name === name),
    waitForCalls: (method, count, timeoutMs = 20_000) => waitUntil(() => calls.filter((call) => call.method === method), count, timeoutMs, `${method} calls`),
    waitForResponses: (name, count, timeoutMs = 20_000) =>
      waitUntil(() => responses.filter((response) => response.name === name), count, timeoutMs, `posts to ${name}`),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
