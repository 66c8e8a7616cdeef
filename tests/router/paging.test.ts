import { describe, expect, it } from "vitest";
import { createPageTokens } from "../../src/router/paging.ts";

describe("createPageTokens", () => {
  const request = { command: "tim", args: "Quảng Ninh <b>", pageSize: 5 };

  it("returns the request and page a token stands for", () => {
    const tokens = createPageTokens();
    expect(tokens.resolve(tokens.token(request, 3))).toEqual({ request, page: 3 });
  });

  it("returns short ASCII tokens that fit Telegram's 64-byte callback data", () => {
    const token = createPageTokens().token({ ...request, args: "x".repeat(2000) }, 99999);
    expect(Buffer.byteLength(token)).toBeLessThanOrEqual(24);
    expect(token).toMatch(/^[\w-]+:\d+$/);
  });

  it.each(["", "garbage", "abcdefghijkl:1", "../../etc:1", "a".repeat(500)])("returns null for the stale or forged token %j", (token) => {
    const tokens = createPageTokens();
    tokens.token(request, 1);
    expect(tokens.resolve(token)).toBeNull();
  });
});
