import { createHash } from "node:crypto";

/**
 * The article id of a fetched page: `web-<host>-<hash>`, a slug of the host and the first 12
 * hex digits of the canonical URL's sha256; stable across restarts, never a corpus file name.
 */
export function feedArticleId(canonical: string): string {
  const host = new URL(canonical).hostname.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  const hash = createHash("sha256").update(canonical).digest("hex").slice(0, 12);
  return `web-${host}-${hash}`;
}
