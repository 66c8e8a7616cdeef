import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchLimited } from "../../src/live/fetch-limited.ts";
import { isDiemtinError } from "../../src/util/errors.ts";
import { startFixtureServer, type FixtureServer } from "./fixture-server.ts";

// NOTE: generous for a loaded machine; the slow route answers long after it.
const OPTIONS = { timeoutMs: 3_000, maxBytes: 100_000, userAgent: "diemtin-test/1", allowPrivate: true };

describe("fetchLimited", () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    server.routes.set("/ok", { body: "xin chào", headers: { "content-type": "text/plain; charset=utf-8", "last-modified": "Tue, 27 Jan 2026 10:00:00 GMT" }, etag: '"v1"' });
    server.routes.set("/slow", { body: "muộn", delayMs: 30_000 });
    server.routes.set("/big", { streamBytes: 1_000_000 });
    server.routes.set("/big-declared", { body: Buffer.alloc(200_000, "b") });
    server.routes.set("/error", { status: 500, body: "lỗi" });
    server.routes.set("/50mb", { streamBytes: 50 * 1024 * 1024 });
  });
  afterAll(() => server.close());

  it("returns the body, validators and the User-Agent reaches the server", async () => {
    const result = await fetchLimited(server.url("/ok"), OPTIONS);
    expect(result.status).toBe(200);
    expect(result.body.toString("utf8")).toBe("xin chào");
    expect(result.etag).toBe('"v1"');
    expect(result.lastModified).toBe("Tue, 27 Jan 2026 10:00:00 GMT");
    expect(server.userAgents).toContain("diemtin-test/1");
  });

  it("returns 304 with an empty body when the ETag still matches", async () => {
    const result = await fetchLimited(server.url("/ok"), { ...OPTIONS, etag: '"v1"' });
    expect(result.status).toBe(304);
    expect(result.body.length).toBe(0);
  });

  it.each([
    ["/slow", /timed out after 3000 ms/],
    ["/big", /over 100000 bytes/],
    ["/big-declared", /over 100000 bytes/],
    ["/error", /HTTP 500/],
    ["/missing", /HTTP 404/],
  ])("throws FETCH_FAILED for %s", async (path, message) => {
    const error = await fetchLimited(server.url(path), OPTIONS).catch((caught: unknown) => caught);
    expect(isDiemtinError(error, "FETCH_FAILED")).toBe(true);
    expect((error as Error).message).toMatch(message);
  });

  it("throws for a 50 MB page after reading little more than the cap, without waiting for the rest", async () => {
    const cap = 5 * 1024 * 1024;
    const error = await fetchLimited(server.url("/50mb"), { ...OPTIONS, timeoutMs: 60_000, maxBytes: cap }).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/over 5242880 bytes/);
    // NOTE: the server learns of the cancel a moment later; socket buffers hold a few MB.
    await new Promise((done) => setTimeout(done, 200));
    expect(server.streamed.get("/50mb")).toBeLessThan(20 * 1024 * 1024);
  });
});
