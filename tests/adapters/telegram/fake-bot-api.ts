import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update, UserFromGetMe } from "grammy/types";

/** One Bot API request the fake received. */
export interface ApiCall {
  readonly method: string;
  readonly payload: Record<string, any>;
  /** HTTP status the fake answered with (200, or a scripted failure's code). */
  readonly status: number;
  /** When it arrived, `performance.now()` milliseconds. */
  readonly at: number;
}

/** A scripted Bot API failure (the JSON Telegram sends back with `ok: false`). */
export interface ApiFailure {
  readonly error_code: number;
  readonly description: string;
  readonly parameters?: { readonly retry_after?: number; readonly migrate_to_chat_id?: number };
}

/** An update as tests write it; the fake assigns `update_id`. */
export type UpdateInput = Omit<Update, "update_id">;

/** A local fake of the Telegram Bot API over real HTTP, for grammY's `client.apiRoot`. */
export interface FakeBotApi {
  /** `http://127.0.0.1:<port>`: the bot's `apiRoot`. */
  readonly apiRoot: string;
  /** The only token the fake accepts (others get 401). */
  readonly token: string;
  readonly botInfo: UserFromGetMe;
  /** Every request, in arrival order (getUpdates too). */
  readonly calls: ApiCall[];
  /** The calls of one method, in order. */
  callsOf(method: string): ApiCall[];
  /** Queues an update for getUpdates (waking a waiting long poll); returns its `update_id`. */
  pushUpdate(update: UpdateInput): number;
  /** The next `times` calls of `method` fail with `failure`. */
  failNext(method: string, failure: ApiFailure, times?: number): void;
  /** Every sendMessage/editMessageText to `chatId` fails with `failure` (null to stop). */
  failChat(chatId: number, failure: ApiFailure | null): void;
  /** Answers to `method` are held back `ms` milliseconds (0 to stop): a slow Bot API. */
  delay(method: string, ms: number): void;
  /** What getChatMember answers for a user in a chat ("member" when not set). */
  setChatMember(chatId: number, userId: number, status: "creator" | "administrator" | "member" | "restricted" | "left" | "kicked"): void;
  /** Stores a file for getFile and the file endpoint (`/file/bot<token>/<path>`); returns its path. */
  addFile(fileId: string, name: string, content: string): string;
  /** Makes getChat know a channel, by its id and its `@username`. */
  addChannel(channel: { readonly id: number; readonly username: string; readonly title: string }): void;
  /** Resolves when at least `count` calls of `method` (with status 200 when `succeeded`) arrived. */
  waitForCalls(method: string, count: number, options?: { timeoutMs?: number; succeeded?: boolean }): Promise<ApiCall[]>;
  /** When update `id` left the fake in a getUpdates answer (`performance.now()` ms). */
  servedAt(id: number): number | undefined;
  /** Calls `listener` for every request; returns a function that removes it. */
  onCall(listener: (call: ApiCall) => void): () => void;
  /** Forgets recorded calls (not queued updates or scripted failures). */
  clearCalls(): void;
  close(): Promise<void>;
}

/** Options of the fake. */
export interface FakeBotApiOptions {
  readonly token?: string;
  readonly username?: string;
}

/** A token that passes the project's config check; never a real one. */
export const FAKE_TOKEN = "123456789:TEST-fake-token_abcdefghijklmnopqrstu";

const CHAT_METHODS = new Set(["sendMessage", "editMessageText"]);

interface Waiter {
  readonly offset: number;
  readonly limit: number;
  readonly respond: (updates: Update[]) => void;
}

function readBytes(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The fields of a multipart/form-data request (grammY sends files so); a file becomes `{ name, text }`. */
function multipartPayload(bytes: Buffer, contentType: string): Record<string, any> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const payload: Record<string, any> = {};
  if (!boundary) return payload;
  // NOTE: a small parser: grammY's stream is not read by undici's formData().
  const parts = bytes.toString("latin1").split(`--${boundary[1] ?? boundary[2]}`);
  for (const part of parts) {
    const end = part.indexOf("\r\n\r\n");
    if (end < 0) continue;
    const headers = part.slice(0, end);
    const body = Buffer.from(part.slice(end + 4).replace(/\r\n$/, ""), "latin1").toString("utf8");
    const name = /name="([^"]*)"/.exec(headers)?.[1];
    if (name === undefined) continue;
    const filename = /filename="?([^";\r\n]*)/.exec(headers)?.[1];
    if (filename !== undefined) payload[name] = { name: filename, text: body };
    else payload[name] = /^[[{]/.test(body) ? JSON.parse(body) : /^-?\d+$/.test(body) ? Number(body) : body;
  }
  // NOTE: grammY names the file part and points at it with `attach://<part>`.
  for (const [key, value] of Object.entries(payload)) {
    if (typeof value === "string" && value.startsWith("attach://")) payload[key] = payload[value.slice("attach://".length)] ?? value;
  }
  return payload;
}

function chatType(id: number): string {
  return id < 0 ? "supergroup" : "private";
}

/** Starts the fake on an ephemeral loopback port. */
export async function startFakeBotApi(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const token = options.token ?? FAKE_TOKEN;
  const botInfo: UserFromGetMe = {
    id: Number(token.split(":")[0]),
    is_bot: true,
    first_name: "Điểm tin",
    username: options.username ?? "DiemTinBot",
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: true,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
  } as UserFromGetMe;
  const calls: ApiCall[] = [];
  const listeners = new Set<(call: ApiCall) => void>();
  const queue: Update[] = [];
  const served = new Map<number, number>();
  const waiters = new Set<Waiter>();
  const failures = new Map<string, ApiFailure[]>();
  const chatFailures = new Map<number, ApiFailure>();
  const members = new Map<string, string>();
  const channels = new Map<string, { id: number; username: string; title: string }>();
  const files = new Map<string, string>();
  const fileIds = new Map<string, string>();
  const delays = new Map<string, number>();
  let nextUpdateId = 1;
  let nextMessageId = 1000;

  function take(offset: number, limit: number): Update[] {
    while (queue.length > 0 && (queue[0] as Update).update_id < offset) queue.shift();
    const updates = queue.slice(0, limit);
    const now = performance.now();
    for (const update of updates) if (!served.has(update.update_id)) served.set(update.update_id, now);
    return updates;
  }

  function wake(): void {
    for (const waiter of waiters) {
      const updates = take(waiter.offset, waiter.limit);
      if (updates.length === 0) continue;
      waiters.delete(waiter);
      waiter.respond(updates);
    }
  }

  function result(method: string, payload: Record<string, any>): unknown {
    switch (method) {
      case "getMe":
        return botInfo;
      case "sendMessage": {
        const chatId = Number(payload.chat_id);
        return {
          message_id: nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: chatType(chatId) },
          from: botInfo,
          text: String(payload.text ?? ""),
          ...(payload.message_thread_id ? { message_thread_id: payload.message_thread_id, is_topic_message: true } : {}),
        };
      }
      case "editMessageText": {
        const chatId = Number(payload.chat_id);
        return { message_id: payload.message_id, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: chatType(chatId) }, text: String(payload.text ?? "") };
      }
      case "getFile": {
        const path = fileIds.get(String(payload.file_id));
        return path === undefined ? null : { file_id: payload.file_id, file_unique_id: `u-${payload.file_id}`, file_size: Buffer.byteLength(files.get(path) ?? ""), file_path: path };
      }
      case "sendDocument": {
        const chatId = Number(payload.chat_id);
        return { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: chatId, type: chatType(chatId) }, from: botInfo, document: { file_id: "sent", file_unique_id: "sent", file_name: payload.document?.name } };
      }
      case "getChat": {
        const channel = channels.get(String(payload.chat_id));
        return channel ? { id: channel.id, type: "channel", title: channel.title, username: channel.username } : null;
      }
      case "getChatMember": {
        const userId = Number(payload.user_id);
        const status = members.get(`${payload.chat_id}:${userId}`) ?? "member";
        return { status, user: { id: userId, is_bot: false, first_name: "User" } };
      }
      case "answerCallbackQuery":
      case "answerInlineQuery":
      case "setMyCommands":
      case "setWebhook":
      case "deleteWebhook":
        return true;
      default:
        return undefined;
    }
  }

  function scriptedFailure(method: string, payload: Record<string, any>): ApiFailure | undefined {
    const queued = failures.get(method);
    if (queued && queued.length > 0) return queued.shift();
    if (CHAT_METHODS.has(method)) return chatFailures.get(Number(payload.chat_id));
    return undefined;
  }

  function send(res: ServerResponse, status: number, body: unknown): void {
    if (res.destroyed) return;
    const json = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
    res.end(json);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(new URL(req.url ?? "/", "http://localhost").pathname);
    if (file) {
      const stored = file[1] === token ? files.get(decodeURIComponent(file[2] as string)) : undefined;
      res.writeHead(stored === undefined ? 404 : 200, { "content-type": "application/octet-stream" });
      res.end(stored ?? "Not Found");
      return;
    }
    const contentType = String(req.headers["content-type"] ?? "");
    const multipart = contentType.startsWith("multipart/form-data");
    const bytes = await readBytes(req);
    const text = multipart ? "" : bytes.toString("utf8");
    if (!match || match[1] !== token) {
      send(res, 401, { ok: false, error_code: 401, description: "Unauthorized" });
      return;
    }
    const method = match[2] as string;
    const payload = multipart ? multipartPayload(bytes, contentType) : text ? (JSON.parse(text) as Record<string, any>) : {};
    const failure =
      scriptedFailure(method, payload) ??
      (method === "getChat" && !channels.has(String(payload.chat_id)) ? { error_code: 400, description: "Bad Request: chat not found" } : undefined) ??
      (method === "getFile" && !fileIds.has(String(payload.file_id)) ? { error_code: 400, description: "Bad Request: invalid file_id" } : undefined);
    const status = failure ? failure.error_code : result(method, payload) === undefined && method !== "getUpdates" ? 404 : 200;
    const call: ApiCall = { method, payload, status, at: performance.now() };
    calls.push(call);
    for (const listener of listeners) listener(call);
    const wait = delays.get(method) ?? 0;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (failure) {
      send(res, failure.error_code, { ok: false, ...failure });
      return;
    }
    if (method === "getUpdates") {
      const offset = Number(payload.offset ?? 0);
      const limit = Number(payload.limit ?? 100);
      const updates = take(offset, limit);
      const timeout = Number(payload.timeout ?? 0);
      if (updates.length > 0 || timeout <= 0) {
        send(res, 200, { ok: true, result: updates });
        return;
      }
      const waiter: Waiter = {
        offset,
        limit,
        respond: (found) => {
          clearTimeout(timer);
          send(res, 200, { ok: true, result: found });
        },
      };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        send(res, 200, { ok: true, result: [] });
      }, timeout * 1000);
      waiters.add(waiter);
      res.on("close", () => {
        clearTimeout(timer);
        waiters.delete(waiter);
      });
      return;
    }
    if (status === 404) {
      send(res, 404, { ok: false, error_code: 404, description: "Not Found: method not found" });
      return;
    }
    send(res, 200, { ok: true, result: result(method, payload) });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { ok: false, error_code: 500, description: `Internal: ${String(error)}` }));
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    botInfo,
    calls,
    callsOf: (method) => calls.filter((call) => call.method === method),
    pushUpdate(update) {
      const id = nextUpdateId++;
      queue.push({ ...update, update_id: id } as Update);
      wake();
      return id;
    },
    failNext(method, failure, times = 1) {
      const queued = failures.get(method) ?? [];
      for (let index = 0; index < times; index += 1) queued.push(failure);
      failures.set(method, queued);
    },
    failChat(chatId, failure) {
      if (failure) chatFailures.set(chatId, failure);
      else chatFailures.delete(chatId);
    },
    delay(method, ms) {
      delays.set(method, ms);
    },
    setChatMember(chatId, userId, status) {
      members.set(`${chatId}:${userId}`, status);
    },
    addFile(fileId, name, content) {
      const path = `documents/${fileId}-${name}`;
      files.set(path, content);
      fileIds.set(fileId, path);
      return path;
    },
    addChannel(channel) {
      channels.set(String(channel.id), { ...channel });
      channels.set(`@${channel.username}`, { ...channel });
    },
    waitForCalls(method, count, { timeoutMs = 20_000, succeeded = false } = {}) {
      const matching = () => calls.filter((call) => call.method === method && (!succeeded || call.status === 200));
      if (matching().length >= count) return Promise.resolve(matching());
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`fake Bot API: ${matching().length} of ${count} ${method} calls after ${timeoutMs} ms`));
        }, timeoutMs);
        const listener = () => {
          if (matching().length < count) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(matching());
        };
        listeners.add(listener);
      });
    },
    servedAt: (id) => served.get(id),
    onCall(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clearCalls() {
      calls.length = 0;
    },
    async close() {
      for (const waiter of waiters) waiter.respond([]);
      waiters.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
