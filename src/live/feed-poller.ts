import type { Article } from "../model/article.ts";
import type { Clock } from "../util/clock.ts";
import type { Logger } from "../util/logger.ts";
import { backoffDelay, type BackoffPolicy } from "./backoff.ts";
import { decodeInSlices } from "./decode-html.ts";
import { fetchItem, reasonOf, type FetchItemOptions } from "./fetch-feed-item.ts";
import { fetchLimited } from "./fetch-limited.ts";
import type { HostQueue } from "./host-queue.ts";
import { recordNewItems } from "./record-feed-items.ts";
import { redactUrl } from "./redact-url.ts";
import { yieldTurn } from "./yield-turn.ts";
import type { ArticleInput } from "../corpus/index.ts";
import type { FeedRecord, FeedStore } from "../store/feed-store.ts";

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

// NOTE: a feed is parsed a slice of items at a time (`parseFeedSlices`), each slice's new
// items recorded in one transaction, with a turn of the event loop before each slice so answers
// are not held up by a huge feed; fetched articles reach the corpus this many at a time, so a
// long poll neither holds them all nor delays them all.
const INGEST_BATCH = 20;

/** Creates the poller. */
export function createFeedPoller(deps: FeedPollerDeps): FeedPoller {
  const { store, queue, options, logger, clock } = deps;
  const fetchOptions: FetchItemOptions = { timeoutMs: options.timeoutMs, userAgent: options.userAgent, signal: deps.signal, allowPrivate: options.allowPrivate, ...(options.isAllowedAddress ? { isAllowedAddress: options.isAllowedAddress } : {}) };

  const recordDeps = { store, maxItemsPerPoll: options.maxItemsPerPoll, logger, signal: deps.signal };
  const fetchDeps = { store, queue, logger, signal: deps.signal, maxAttempts: options.maxAttempts, maxPageBytes: options.maxPageBytes, fetchOptions };

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
        const { added, capped } = await recordNewItems(recordDeps, feed, await decodeInSlices(response.body, response.contentType, yieldTurn), response.url);
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
      const input = await fetchItem(fetchDeps, feed, item);
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
