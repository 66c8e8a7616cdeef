import { Agent, fetch, type Dispatcher, type Response } from "undici";
import { DiemtinError } from "../util/errors.ts";
import { createGuardedDispatcher, PRIVATE_ADDRESS, type AddressFilter } from "./guarded-dispatcher.ts";
import { isIpLiteral, isPublicAddress } from "./public-address.ts";
import { redactUrl } from "./redact-url.ts";

/** How one HTTP GET is bounded and made conditional. */
export interface FetchOptions {
  /** NOTE: milliseconds for the whole exchange, body included. */
  readonly timeoutMs: number;
  /** NOTE: bytes; the body is streamed and the request aborted past it. */
  readonly maxBytes: number;
  readonly userAgent: string;
  /**
   * Whether loopback, private, link-local and other non-public addresses may be fetched
   * (`FEEDS_ALLOW_PRIVATE`). NOTE: false keeps a feed's publisher from making the bot read
   * internal pages.
   */
  readonly allowPrivate: boolean;
  /** Which addresses may be fetched when `allowPrivate` is false; public ones by default. */
  readonly isAllowedAddress?: AddressFilter;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly accept?: string;
  /** Aborts the request (the service is stopping). */
  readonly signal?: AbortSignal;
}

/** What a bounded GET returned: 200 with a body, or 304 Not Modified. */
export interface FetchResult {
  readonly status: 200 | 304;
  /** The URL after redirects. */
  readonly url: string;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly contentType: string | null;
  readonly body: Buffer;
}

// NOTE: redirects are followed by hand so each hop's scheme and address are checked.
const MAX_REDIRECTS = 5;

let anyAddress: Dispatcher | null = null;
const guarded = new Map<AddressFilter, Dispatcher>();
function dispatcherFor(allowPrivate: boolean, isAllowed: AddressFilter): Dispatcher {
  if (allowPrivate) return (anyAddress ??= new Agent());
  let dispatcher = guarded.get(isAllowed);
  if (!dispatcher) guarded.set(isAllowed, (dispatcher = createGuardedDispatcher(isAllowed)));
  return dispatcher;
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(response.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new DiemtinError("FETCH_FAILED", `${url}: body over ${maxBytes} bytes (declared ${declared})`);
  }
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new DiemtinError("FETCH_FAILED", `${url}: body over ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

// NOTE: a kept-alive socket the server closed while we were busy fails the next request at
// once; such a GET is safe to send again, once.
const STALE_SOCKET = new Set(["ECONNRESET", "UND_ERR_SOCKET", "EPIPE"]);

function causeOf(error: unknown): { code?: string; message?: string } {
  return ((error as { cause?: { code?: string; message?: string } }).cause ?? {}) as { code?: string; message?: string };
}

function isStaleSocket(error: unknown): boolean {
  const code = causeOf(error).code;
  return error instanceof TypeError && code !== undefined && STALE_SOCKET.has(code);
}

/** Checks one hop before it is requested; returns the URL without credentials and their header. */
function checkHop(raw: string, allowPrivate: boolean, isAllowed: AddressFilter): { url: string; authorization: string | null } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DiemtinError("FETCH_FAILED", `${redactUrl(raw)}: not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new DiemtinError("FETCH_FAILED", `${redactUrl(raw)}: only http and https are fetched`);
  }
  if (!allowPrivate && isIpLiteral(url.hostname) && !isAllowed(url.hostname.replace(/^\[|\]$/g, ""))) {
    throw new DiemtinError("FETCH_FAILED", `${redactUrl(raw)}: ${url.hostname} is not a public address`);
  }
  // NOTE: fetch refuses URLs with credentials; they travel as Basic authorization instead.
  let authorization: string | null = null;
  if (url.username || url.password) {
    const pair = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
    authorization = `Basic ${Buffer.from(pair, "utf8").toString("base64")}`;
    url.username = "";
    url.password = "";
  }
  return { url: url.toString(), authorization };
}

/**
 * GETs a URL exactly as given: a User-Agent, conditional headers (ETag, Last-Modified), a
 * timeout, a body size cap, http(s) only, and unless `allowPrivate`, public addresses only
 * (checked on every redirect and on the connected socket). Throws `FETCH_FAILED` on network
 * errors, refused addresses, timeouts, oversized bodies and statuses other than 2xx and 304;
 * messages never carry the URL's credentials.
 */
export async function fetchLimited(url: string, options: FetchOptions): Promise<FetchResult> {
  const shown = redactUrl(url);
  const base: Record<string, string> = { "user-agent": options.userAgent, accept: options.accept ?? "*/*" };
  if (options.etag) base["if-none-match"] = options.etag;
  if (options.lastModified) base["if-modified-since"] = options.lastModified;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const isAllowed = options.isAllowedAddress ?? isPublicAddress;
  const dispatcher = dispatcherFor(options.allowPrivate, isAllowed);
  try {
    let current = url;
    let origin: string | null = null;
    let authorization: string | null = null;
    let response: Response;
    for (let hop = 0; ; hop++) {
      const checked = checkHop(current, options.allowPrivate, isAllowed);
      const hopOrigin = new URL(checked.url).origin;
      // NOTE: credentials go only to the origin they were given for.
      if (checked.authorization) authorization = checked.authorization;
      else if (origin !== null && hopOrigin !== origin) authorization = null;
      origin = hopOrigin;
      const headers = authorization ? { ...base, authorization } : base;
      const init = { headers, signal, redirect: "manual" as const, dispatcher };
      response = await fetch(checked.url, init).catch((error: unknown) => {
        if (!isStaleSocket(error) || signal.aborted) throw error;
        return fetch(checked.url, init);
      });
      const location = response.headers.get("location");
      if (response.status < 300 || response.status > 399 || response.status === 304 || !location) {
        current = checked.url;
        break;
      }
      await response.body?.cancel().catch(() => undefined);
      if (hop >= MAX_REDIRECTS) throw new DiemtinError("FETCH_FAILED", `${shown}: more than ${MAX_REDIRECTS} redirects`);
      current = new URL(location, checked.url).toString();
    }
    const meta = {
      url: current,
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
      contentType: response.headers.get("content-type"),
    };
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { status: 304, ...meta, body: Buffer.alloc(0) };
    }
    if (response.status < 200 || response.status > 299) {
      await response.body?.cancel().catch(() => undefined);
      throw new DiemtinError("FETCH_FAILED", `${shown}: HTTP ${response.status}`);
    }
    return { status: 200, ...meta, body: await readCapped(response, options.maxBytes, shown) };
  } catch (cause) {
    if (cause instanceof DiemtinError) throw cause;
    const inner = causeOf(cause);
    const reason = timeout.aborted
      ? `timed out after ${options.timeoutMs} ms`
      : options.signal?.aborted
        ? "aborted"
        : inner.code === PRIVATE_ADDRESS && inner.message
          ? inner.message
          : (cause as Error).message;
    throw new DiemtinError("FETCH_FAILED", `${shown}: ${reason}`, { cause });
  }
}
