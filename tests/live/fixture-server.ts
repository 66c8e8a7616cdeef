import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import iconv from "iconv-lite";

/** One fixture response. */
export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Milliseconds before the response starts. */
  delayMs?: number;
  /** Honours If-None-Match with a 304. */
  etag?: string;
  /** Honours If-Modified-Since (exact match) with a 304. */
  lastModified?: string;
  /** Streams this many bytes of filler instead of `body`. */
  streamBytes?: number;
}

/** A loopback HTTP server serving fixture routes and counting requests per path. */
export interface FixtureServer {
  readonly base: string;
  readonly routes: Map<string, Route>;
  readonly hits: Map<string, number>;
  readonly userAgents: string[];
  /** The Authorization headers received, in order. */
  readonly authorizations: string[];
  /** Per Host header, the most requests that were ever open at once. */
  readonly maxInFlight: Map<string, number>;
  /** Per path, the filler bytes a `streamBytes` route wrote before it finished or was cut off. */
  readonly streamed: Map<string, number>;
  url(path: string): string;
  close(): Promise<void>;
}

/** Starts a fixture server on 127.0.0.1 with an ephemeral port. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const userAgents: string[] = [];
  const authorizations: string[] = [];
  const maxInFlight = new Map<string, number>();
  const inFlight = new Map<string, number>();
  const streamed = new Map<string, number>();
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const host = String(request.headers.host ?? "");
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    maxInFlight.set(host, Math.max(maxInFlight.get(host) ?? 0, inFlight.get(host) as number));
    response.once("close", () => inFlight.set(host, (inFlight.get(host) as number) - 1));
    userAgents.push(String(request.headers["user-agent"] ?? ""));
    if (request.headers.authorization) authorizations.push(request.headers.authorization);
    const route = routes.get(path);
    const respond = (): void => {
      if (!route) {
        response.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      if (route.etag && request.headers["if-none-match"] === route.etag) {
        response.writeHead(304, { etag: route.etag }).end();
        return;
      }
      if (route.lastModified && request.headers["if-modified-since"] === route.lastModified) {
        response.writeHead(304, { "last-modified": route.lastModified }).end();
        return;
      }
      const headers = { ...(route.etag ? { etag: route.etag } : {}), ...(route.lastModified ? { "last-modified": route.lastModified } : {}), ...route.headers };
      if (route.streamBytes) {
        response.writeHead(route.status ?? 200, { "content-type": "text/html; charset=utf-8", ...headers });
        const chunk = Buffer.alloc(64 * 1024, "a");
        let sent = 0;
        const pump = (): void => {
          while (sent < (route.streamBytes as number) && !response.destroyed) {
            sent += chunk.length;
            streamed.set(path, sent);
            if (!response.write(chunk)) {
              response.once("drain", pump);
              return;
            }
          }
          response.end();
        };
        response.on("error", () => undefined);
        pump();
        return;
      }
      response.writeHead(route.status ?? 200, headers).end(route.body ?? "");
    };
    if (route?.delayMs) setTimeout(respond, route.delayMs);
    else respond();
  };
  const server: Server = createServer(handle);
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    routes,
    hits,
    userAgents,
    authorizations,
    maxInFlight,
    streamed,
    url: (path) => base + path,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Encodes Vietnamese text in windows-1258 (base letters with combining tone marks). */
export function encodeWindows1258(text: string): Buffer {
  const decomposed = [...text.normalize("NFC")]
    .map((char) => {
      const parts = char.normalize("NFD");
      const tones = parts.match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? [];
      return parts.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "").normalize("NFC") + tones.join("");
    })
    .join("");
  return iconv.encode(decomposed, "windows-1258");
}

/** An RSS 2.0 document over items. */
export function rss(items: readonly { title?: string; link?: string; pubDate?: string }[]): string {
  const entries = items
    .map(
      (item) =>
        `<item>${item.title ? `<title>${item.title}</title>` : ""}${item.link ? `<link>${item.link.replace(/&/g, "&amp;")}</link>` : ""}${item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : ""}</item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Báo thử</title><link>http://example.vn</link>\n${entries}\n</channel></rss>`;
}

/** An Atom document over entries. */
export function atom(entries: readonly { title: string; link: string; published?: string }[]): string {
  const body = entries
    .map((entry) => `<entry><title type="text">${entry.title}</title><link rel="alternate" href="${entry.link.replace(/&/g, "&amp;")}"/><id>${entry.link.replace(/&/g, "&amp;")}</id>${entry.published ? `<published>${entry.published}</published>` : ""}<updated>2026-01-27T10:00:00Z</updated></entry>`)
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom thử</title><id>urn:x</id><updated>2026-01-27T10:00:00Z</updated>\n${body}\n</feed>`;
}

/** An article page with Open Graph and JSON-LD metadata around the paragraphs. */
export function articlePage(options: { title: string; published?: string; site?: string; paragraphs: readonly string[]; charset?: string; metaCharset?: boolean }): string {
  const meta = [
    options.metaCharset === false ? "" : `<meta charset="${options.charset ?? "utf-8"}">`,
    `<title>${options.title} | ${options.site ?? "Báo thử"}</title>`,
    `<meta property="og:title" content="${options.title}">`,
    options.site ? `<meta property="og:site_name" content="${options.site}">` : "",
    options.published ? `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${options.title}","datePublished":"${options.published}"}</script>` : "",
  ].join("\n");
  const body = options.paragraphs.map((text) => `<p>${text}</p>`).join("\n");
  return `<!doctype html><html lang="vi"><head>${meta}</head><body><header><nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a></nav></header><main><article><h1>${options.title}</h1>${body}<p>Chia sẻ</p></article></main><footer>© Báo thử. Giấy phép số 123.</footer></body></html>`;
}
