import { DiemtinError } from "../util/errors.ts";

/** How one HTTP GET is bounded and made conditional. */
export interface FetchOptions {
  /** NOTE: milliseconds for the whole exchange, body included. */
  readonly timeoutMs: number;
  /** NOTE: bytes; the body is streamed and the request aborted past it. */
  readonly maxBytes: number;
  readonly userAgent: string;
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

function isStaleSocket(error: unknown): boolean {
  const code = ((error as { cause?: { code?: string } }).cause ?? {}).code;
  return error instanceof TypeError && code !== undefined && STALE_SOCKET.has(code);
}

/**
 * GETs a URL with Node's fetch: a User-Agent, conditional headers (ETag, Last-Modified), a
 * timeout and a body size cap. Throws `FETCH_FAILED` on network errors, timeouts, oversized
 * bodies and statuses other than 2xx and 304.
 */
export async function fetchLimited(url: string, options: FetchOptions): Promise<FetchResult> {
  const headers: Record<string, string> = { "user-agent": options.userAgent, accept: options.accept ?? "*/*" };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  try {
    const response = await fetch(url, { headers, signal, redirect: "follow" }).catch((error: unknown) => {
      if (!isStaleSocket(error) || signal.aborted) throw error;
      return fetch(url, { headers, signal, redirect: "follow" });
    });
    const meta = {
      url: response.url || url,
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
      throw new DiemtinError("FETCH_FAILED", `${url}: HTTP ${response.status}`);
    }
    return { status: 200, ...meta, body: await readCapped(response, options.maxBytes, url) };
  } catch (cause) {
    if (cause instanceof DiemtinError) throw cause;
    const reason = timeout.aborted ? `timed out after ${options.timeoutMs} ms` : options.signal?.aborted ? "aborted" : (cause as Error).message;
    throw new DiemtinError("FETCH_FAILED", `${url}: ${reason}`, { cause });
  }
}
