import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchLimited } from "../../src/live/fetch-limited.ts";
import { isDiemtinError } from "../../src/util/errors.ts";
import { startFixtureServer, type FixtureServer } from "./fixture-server.ts";

const OPTIONS = { timeoutMs: 500, maxBytes: 100_000, userAgent: "diemtin-test/1" };

describe("fetchLimited", () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    server.routes.set("/ok", { body: "xin chào", headers: { "content-type": "text/plain; charset=utf-8", "last-modified": "Tue, 27 Jan 2026 10:00:00 GMT" }, etag: '"v1"' });
    server.routes.set("/slow", { body: "muộn", delayMs: 2000 });
    server.routes.set("/big", { streamBytes: 1_000_000 });
    server.routes.set("/big-declared", { body: Buffer.alloc(200_000, "b") });
    server.routes.set("/error", { status: 500, body: "lỗi" });
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
    ["/slow", /timed out after 500 ms/],
    ["/big", /over 100000 bytes/],
    ["/big-declared", /over 100000 bytes/],
    ["/error", /HTTP 500/],
    ["/missing", /HTTP 404/],
  ])("throws FETCH_FAILED for %s", async (path, message) => {
    const error = await fetchLimited(server.url(path), OPTIONS).catch((caught: unknown) => caught);
    expect(isDiemtinError(error, "FETCH_FAILED")).toBe(true);
    expect((error as Error).message).toMatch(message);
  });
});
