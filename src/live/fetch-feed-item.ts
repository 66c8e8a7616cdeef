import type { ArticleInput } from "../corpus/index.ts";
import type { FeedRecord, FeedStore, ItemRecord } from "../store/feed-store.ts";
import { isDiemtinError } from "../util/errors.ts";
import type { Logger } from "../util/logger.ts";
import { decodeHtml } from "./decode-html.ts";
import { extractPage } from "./extract-page.ts";
import { fetchLimited } from "./fetch-limited.ts";
import type { HostQueue } from "./host-queue.ts";
import { redactUrl, withoutCredentials } from "./redact-url.ts";

/** The message of a failure, for logs and the stored item. */
export function reasonOf(error: unknown): string {
  return isDiemtinError(error) || error instanceof Error ? error.message : String(error);
}

// NOTE: a page over the size cap or without article text will not change on a retry.
function isPermanent(reason: string): boolean {
  return /over \d+ bytes|no article text|HTTP 4\d\d/.test(reason);
}

/** What fetching a feed item's page needs. */
export interface FetchItemDeps {
  readonly store: Pick<FeedStore, "storeArticle" | "failItem">;
  readonly queue: HostQueue;
  readonly logger: Logger;
  readonly signal: AbortSignal;
  readonly maxAttempts: number;
  readonly maxPageBytes: number;
  /** How pages are fetched (timeout, user agent, address policy). */
  readonly fetchOptions: FetchItemOptions;
}

/** The fetch options shared by feeds and pages. */
export type FetchItemOptions = Omit<Parameters<typeof fetchLimited>[1], "maxBytes" | "accept">;

/**
 * Fetches an item's page, extracts and stores the article and returns it for the corpus; a
 * failure is recorded on the item (given up when permanent or out of attempts) and gives null.
 */
export async function fetchItem(deps: FetchItemDeps, feed: FeedRecord, item: ItemRecord): Promise<ArticleInput | null> {
  const { store, queue, logger, fetchOptions } = deps;
  const shown = redactUrl(item.link);
  try {
    const page = await queue.run(item.link, () =>
      fetchLimited(item.link, { ...fetchOptions, maxBytes: deps.maxPageBytes, accept: "text/html,application/xhtml+xml" }),
    );
    const { text, charset } = decodeHtml(page.body, page.contentType);
    const extraction = extractPage(text, { url: withoutCredentials(item.link), feedTitle: item.feedTitle, feedPublished: item.feedPublished });
    if (!extraction.ok) throw new Error(extraction.reason);
    // NOTE: an undated article is still news: it is kept (sorted after dated ones, "new" by
    // when it was first seen) and the missing date is logged.
    if (extraction.parsed.date === null) {
      logger.warn({ feed: redactUrl(feed.url), url: shown, reason: "no date in the feed item, the page or the text" }, "feeds: article kept without a date");
    }
    store.storeArticle(item.canonicalUrl, { rawHtml: text, charset, parsed: extraction.parsed });
    return { id: item.articleId, file: withoutCredentials(item.link), parsed: extraction.parsed };
  } catch (error) {
    if (deps.signal.aborted) return null;
    const reason = reasonOf(error);
    const permanent = isPermanent(reason) || item.attempts + 1 >= deps.maxAttempts;
    store.failItem(item.canonicalUrl, reason, permanent);
    logger.warn({ feed: redactUrl(feed.url), url: shown, reason, retry: !permanent }, "feeds: page skipped");
    return null;
  }
}
