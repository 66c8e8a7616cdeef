import { createHash } from "node:crypto";

/** What a continuation token stands for. */
export interface PageRequest {
  readonly command: string;
  readonly args: string;
  readonly pageSize: number;
}

/** Maps opaque, short continuation tokens (`k3f9x2a1:2`, ≤ 24 ASCII bytes) to page requests. */
export interface PageTokens {
  token(request: PageRequest, page: number): string;
  resolve(token: string): { request: PageRequest; page: number } | null;
}

// NOTE: tokens are kept in memory; after a restart they are stale and the user is asked to
// type the command again. The key is a hash of the request, so the same query reuses it.
const MAX_TOKENS = 10_000;

/** Creates the token table (bounded, least recently registered dropped first). */
export function createPageTokens(): PageTokens {
  const requests = new Map<string, PageRequest>();
  return {
    token(request, page) {
      const key = createHash("sha256")
        .update(`${request.command}\n${request.args}\n${request.pageSize}`)
        .digest("base64url")
        .slice(0, 12);
      requests.delete(key);
      requests.set(key, request);
      if (requests.size > MAX_TOKENS) requests.delete(requests.keys().next().value as string);
      return `${key}:${page}`;
    },
    resolve(token) {
      const match = /^([\w-]{12}):(\d{1,5})$/.exec(token.trim());
      const request = match ? requests.get(match[1] as string) : undefined;
      return request ? { request, page: Number(match?.[2]) } : null;
    },
  };
}
