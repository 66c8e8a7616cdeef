import type { Article } from "../model/article.ts";
import type { Clock } from "../util/clock.ts";
import { isDiemtinError } from "../util/errors.ts";
import type { Logger } from "../util/logger.ts";
import { backoffDelay, type BackoffPolicy } from "./backoff.ts";
import { canonicalUrl } from "./canonical-url.ts";
import { decodeHtml, decodeInSlices } from "./decode-html.ts";
import { extractPage } from "./extract-page.ts";
import { feedArticleId } from "./feed-article-id.ts";
import { fetchLimited } from "./fetch-limited.ts";
import type { HostQueue } from "./host-queue.ts";
import { parseFeedSlices } from "./parse-feed.ts";
import { redactUrl, withoutCredentials } from "./redact-url.ts";
import type { ArticleInput } from "../corpus/index.ts";
import type { FeedRecord, ItemRecord, FeedStore, NewItem } from "../store/feed-store.ts";

/** Limits and pacing of feed polling. */
export interface FeedPollOptions {
  readonly intervalMs: number;
  readonly timeoutMs: number;
  /** NOTE: bytes. */
  readonly maxFeedBytes: number;
  /** NOTE: bytes. */
  readonly maxPageBytes: number;
  readonly userAgent: string;
  readonly backoff: BackoffPolicy;
  /** Attempts per page before it is given up (timeouts, 5xx). */
  readonly maxAttempts: number;
  /** New items recorded (and pages fetched) per poll; the rest wait for the next poll. */
  readonly maxItemsPerPoll: number;
  /** Whether non-public addresses may be fetched (`FEEDS_ALLOW_PRIVATE`). */
  readonly allowPrivate: boolean;
  /** Which addresses may be fetched when `allowPrivate` is false; public ones by default. */
  readonly isAllowedAddress?: (address: string) => boolean;
}

/** What one poll of a feed did. */
export interface PollReport {
  readonly feed: string;
  readonly status: "ok" | "not-modified" | "error";
  /** Articles added to the corpus. */
  readonly added: readonly Article[];
  readonly error: string | null;
}

/** What the poller needs. */
export interface FeedPollerDeps {
  readonly store: FeedStore;
  readonly queue: HostQueue;
  readonly options: FeedPollOptions;
  /** Adds articles to the corpus in one batch, returning them with their handles. */
  readonly ingest: (inputs: readonly ArticleInput[]) => readonly Article[];
  readonly logger: Logger;
  readonly clock: Clock;
  readonly signal: AbortSignal;
}

/** Polls feeds: conditional GET, new items recorded, their pages fetched, extracted, stored, ingested. */
export interface FeedPoller {
  poll(feed: FeedRecord): Promise<PollReport>;
}

function reasonOf(error: unknown): string {
  return isDiemtinError(error) || error instanceof Error ? error.message : String(error);
}

// NOTE: a page over the size cap or without article text will not change on a retry.
function isPermanent(reason: string): boolean {
  return /over \d+ bytes|no article text|HTTP 4\d\d/.test(reason);
}

// NOTE: a feed is parsed a slice of items at a time (`parseFeedSlices`), each slice's new
// items recorded in one transaction, with a turn of the event loop before each slice so answers
// are not held up by a huge feed; fetched articles reach the corpus this many at a time, so a
// long poll neither holds them all nor delays them all.
const INGEST_BATCH = 20;
const yieldTurn = (): Promise<void> => new Promise((done) => setImmediate(done));

/** Creates the poller. */
export function createFeedPoller(deps: FeedPollerDeps): FeedPoller {
  const { store, queue, options, logger, clock } = deps;
  const fetchOptions = { timeoutMs: options.timeoutMs, userAgent: options.userAgent, signal: deps.signal, allowPrivate: options.allowPrivate, ...(options.isAllowedAddress ? { isAllowedAddress: options.isAllowedAddress } : {}) };

  /** Records the feed's new items, at most `maxItemsPerPoll`; true when some were left for later. */
  async function recordNewItems(feed: FeedRecord, xml: string, base: string): Promise<{ added: number; capped: boolean }> {
    const feedShown = redactUrl(feed.url);
    let added = 0;
    let skipped = 0;
    let batch: NewItem[] = [];
    const flush = (): void => {
      if (batch.length > 0) added += store.addItems(batch);
      batch = [];
    };
    const done = (capped: boolean) => {
      if (skipped > 0) logger.warn({ feed: feedShown, items: skipped, reason: "item without a link" }, "feeds: items skipped");
      return { added, capped };
    };
    const slices = parseFeedSlices(xml, base);
    for (;;) {
      await yieldTurn();
      if (added >= options.maxItemsPerPoll || deps.signal.aborted) return done(true);
      const slice = slices.next();
      if (slice.done) break;
      for (const item of slice.value) {
        const url = item.link ? canonicalUrl(item.link) : null;
        if (!url || !item.link) {
          skipped++;
          continue;
        }
        batch.push({ canonicalUrl: url, link: item.link, feedUrl: feed.url, articleId: feedArticleId(url), feedTitle: item.title, feedPublished: item.published });
        if (batch.length >= options.maxItemsPerPoll - added) flush();
        if (added >= options.maxItemsPerPoll) break;
      }
      flush();
    }
    return done(false);
  }

  async function fetchItem(feed: FeedRecord, item: ItemRecord): Promise<ArticleInput | null> {
    const shown = redactUrl(item.link);
    try {
      const page = await queue.run(item.link, () =>
        fetchLimited(item.link, { ...fetchOptions, maxBytes: options.maxPageBytes, accept: "text/html,application/xhtml+xml" }),
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
      const permanent = isPermanent(reason) || item.attempts + 1 >= options.maxAttempts;
      store.failItem(item.canonicalUrl, reason, permanent);
      logger.warn({ feed: redactUrl(feed.url), url: shown, reason, retry: !permanent }, "feeds: page skipped");
      return null;
    }
  }

  async function poll(feed: FeedRecord): Promise<PollReport> {
    let status: PollReport["status"] = "ok";
    let error: string | null = null;
    let conditional: { etag: string | null; lastModified: string | null } = { etag: null, lastModified: null };
    try {
      const response = await queue.run(feed.url, () =>
        fetchLimited(feed.url, {
          ...fetchOptions,
          maxBytes: options.maxFeedBytes,
          etag: feed.etag,
          lastModified: feed.lastModified,
          accept: "application/rss+xml, application/atom+xml, application/feed+json, application/xml, text/xml;q=0.9, application/json;q=0.9, */*;q=0.1",
        }),
      );
      if (response.status === 304) status = "not-modified";
      else {
        logger.debug({ feed: redactUrl(feed.url), bytes: response.body.length }, "feeds: feed fetched");
        const { added, capped } = await recordNewItems(feed, await decodeInSlices(response.body, response.contentType, yieldTurn), response.url);
        logger.debug({ feed: redactUrl(feed.url), added, capped }, "feeds: feed read");
        // NOTE: a capped feed must be read in full next time, not answered 304: its new
        // validators are not kept.
        conditional = capped ? { etag: null, lastModified: null } : { etag: response.etag, lastModified: response.lastModified };
      }
      if (response.status === 304) conditional = { etag: response.etag, lastModified: response.lastModified };
    } catch (caught) {
      if (deps.signal.aborted) return { feed: feed.url, status: "error", added: [], error: "stopped" };
      status = "error";
      error = reasonOf(caught);
      logger.warn({ feed: redactUrl(feed.url), reason: error }, "feeds: poll failed");
    }
    // NOTE: pending items are retried on every poll, a 304 included: the feed not changing
    // does not mean its earlier pages were fetched.
    const added: Article[] = [];
    let inputs: ArticleInput[] = [];
    const ingest = (): void => {
      if (inputs.length > 0) added.push(...deps.ingest(inputs));
      inputs = [];
    };
    for (const item of store.pendingItems(feed.url, options.maxAttempts).slice(0, options.maxItemsPerPoll)) {
      if (deps.signal.aborted) break;
      const input = await fetchItem(feed, item);
      if (input) inputs.push(input);
      if (inputs.length >= INGEST_BATCH) ingest();
    }
    ingest();
    const failures = status === "error" ? feed.failures + 1 : 0;
    const wait = status === "error" ? backoffDelay(failures, options.backoff) : options.intervalMs;
    store.recordFetch(feed.url, {
      status,
      ...conditional,
      lastError: error,
      failures,
      nextFetchAt: new Date(clock.now().getTime() + wait).toISOString(),
    });
    return { feed: feed.url, status, added, error };
  }

  return { poll };
}
