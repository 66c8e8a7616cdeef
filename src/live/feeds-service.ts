import type { FeedRecord } from "../store/feed-store.ts";

/** The outcome of adding a feed at run time. */
export type FeedAddResult = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly reason: "invalid" | "exists" };

/** Feed administration as commands see it (`/nguon`). */
export interface FeedsService {
  /** `ADMIN_IDS` entries (`telegram:123`, `slack:U123` or bare ids). */
  readonly adminIds: readonly string[];
  /** The active feeds with their state. */
  list(): FeedRecord[];
  /** Adds a feed (persisted) and polls it soon. */
  add(url: string, label?: string | null): FeedAddResult;
  /** Removes a feed (persisted; its articles stay); false when it was not listed. */
  remove(url: string): boolean;
  /** The listed feeds as an OPML file for a chat, dated now; credentials in their URLs hidden. */
  exportOpml(): FeedsExport;
}

/** The feed list exported as OPML: how many feeds, and the file's text. */
export interface FeedsExport {
  readonly count: number;
  readonly opml: string;
}
