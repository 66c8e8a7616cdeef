import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchLimited } from "../../src/live/fetch-limited.ts";
import { createGuardedConnector, PRIVATE_ADDRESS } from "../../src/live/guarded-dispatcher.ts";
import { isDiemtinError } from "../../src/util/errors.ts";
import { startFixtureServer, type FixtureServer } from "./fixture-server.ts";

// NOTE: the fixture server listens on 127.0.0.1; "public" in these tests is that one address,
// so a redirect to 127.0.0.2 (also this machine) stands for a redirect to an internal host.
const ONLY_FIXTURE = (address: string): boolean => address === "127.0.0.1";
const SAFE = { timeoutMs: 2_000, maxBytes: 100_000, userAgent: "diemtin-test", allowPrivate: false };

async function failure(url: string, options: Parameters<typeof fetchLimited>[1]): Promise<string> {
  const error = await fetchLimited(url, options).then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(isDiemtinError(error, "FETCH_FAILED")).toBe(true);
  return (error as Error).message;
}

describe("fetchLimited address policy", () => {
  let server: FixtureServer;
  let port: number;
  beforeAll(async () => {
    server = await startFixtureServer();
    port = Number(new URL(server.base).port);
    server.routes.set("/ok", { body: "công khai" });
    server.routes.set("/to-internal", { status: 302, headers: { location: `http://127.0.0.2:${port}/ok` } });
    server.routes.set("/to-file", { status: 301, headers: { location: "file:///etc/passwd" } });
    server.routes.set("/to-ok", { status: 302, headers: { location: "/ok" } });
    server.routes.set("/loop", { status: 302, headers: { location: "/loop" } });
    server.routes.set("/auth", { body: "ok" });
  });
  afterAll(() => server.close());

  it.each([
    ["loopback", (p: number) => `http://127.0.0.1:${p}/ok`, /127\.0\.0\.1 is not a public address/],
    ["IPv6 loopback", (p: number) => `http://[::1]:${p}/ok`, /not a public address/],
    ["decimal loopback", (p: number) => `http://2130706433:${p}/ok`, /127\.0\.0\.1 is not a public address/],
    ["hex loopback", (p: number) => `http://0x7f.1:${p}/ok`, /127\.0\.0\.1 is not a public address/],
    ["mapped loopback", (p: number) => `http://[::ffff:127.0.0.1]:${p}/ok`, /not a public address/],
    ["metadata address", () => "http://169.254.169.254/latest/meta-data/", /169\.254\.169\.254 is not a public address/],
    ["name resolving to loopback", (p: number) => `http://localhost:${p}/ok`, /localhost is .*not a public address/],
    ["non-http scheme", () => "file:///etc/passwd", /only http and https/],
  ])("refuses a %s by default without a request reaching it", async (_label, url, message) => {
    const before = server.hits.get("/ok") ?? 0;
    expect(await failure(url(port), SAFE)).toMatch(message);
    expect(server.hits.get("/ok") ?? 0).toBe(before);
  });

  it("fetches the same loopback URL when private addresses are allowed", async () => {
    const result = await fetchLimited(server.url("/ok"), { ...SAFE, allowPrivate: true });
    expect(result.body.toString("utf8")).toBe("công khai");
  });

  it("checks every redirect: an allowed host redirecting to an internal one is refused", async () => {
    const before = server.hits.get("/ok") ?? 0;
    expect(await failure(server.url("/to-internal"), { ...SAFE, isAllowedAddress: ONLY_FIXTURE })).toMatch(/127\.0\.0\.2 is not a public address/);
    expect(await failure(server.url("/to-file"), { ...SAFE, isAllowedAddress: ONLY_FIXTURE })).toMatch(/only http and https/);
    expect(server.hits.get("/ok") ?? 0).toBe(before);
  });

  it("follows an allowed redirect and reports the final URL", async () => {
    const result = await fetchLimited(server.url("/to-ok"), { ...SAFE, isAllowedAddress: ONLY_FIXTURE });
    expect(result.url).toBe(server.url("/ok"));
    expect(result.body.toString("utf8")).toBe("công khai");
  });

  it("stops a redirect loop", async () => {
    expect(await failure(server.url("/loop"), { ...SAFE, isAllowedAddress: ONLY_FIXTURE })).toMatch(/more than 5 redirects/);
  });

  it("sends URL credentials as Basic authorization and never puts them in an error", async () => {
    await fetchLimited(`http://ban:bi-mat@127.0.0.1:${port}/auth`, { ...SAFE, allowPrivate: true });
    expect(server.authorizations).toContain(`Basic ${Buffer.from("ban:bi-mat").toString("base64")}`);
    const message = await failure(`http://ban:bi-mat@127.0.0.1:${port}/missing`, { ...SAFE, allowPrivate: true });
    expect(message).toMatch(/HTTP 404/);
    expect(message).not.toContain("bi-mat");
  });

  it("refuses a connected socket whose peer is not allowed, whatever the name said", async () => {
    const connect = createGuardedConnector((address) => address !== "127.0.0.1");
    const outcome = await new Promise<{ error: NodeJS.ErrnoException | null }>((done) =>
      connect({ hostname: "127.0.0.1", host: `127.0.0.1:${port}`, protocol: "http:", port: String(port) }, (...args) => done({ error: args[0] as NodeJS.ErrnoException | null })),
    );
    expect(outcome.error?.code).toBe(PRIVATE_ADDRESS);
  });
});
