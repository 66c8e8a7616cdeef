import type { Logger } from "../util/logger.ts";
import { canonicalUrl } from "./canonical-url.ts";
import { feedArticleId } from "./feed-article-id.ts";
import { parseFeedSlices } from "./parse-feed.ts";
import { redactUrl } from "./redact-url.ts";
import { yieldTurn } from "./yield-turn.ts";
import type { FeedRecord, FeedStore, NewItem } from "../store/feed-store.ts";

/** What recording a feed's new items needs. */
export interface RecordItemsDeps {
  readonly store: Pick<FeedStore, "addItems">;
  readonly maxItemsPerPoll: number;
  readonly logger: Logger;
  readonly signal: AbortSignal;
}

/**
 * Records the feed's new items, at most `maxItemsPerPoll`, a slice of the feed at a time with a
 * turn of the event loop before each; `capped` when some were left for the next poll.
 */
export async function recordNewItems(deps: RecordItemsDeps, feed: FeedRecord, xml: string, base: string): Promise<{ added: number; capped: boolean }> {
  const { store, logger } = deps;
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
    if (added >= deps.maxItemsPerPoll || deps.signal.aborted) return done(true);
    const slice = slices.next();
    if (slice.done) break;
    for (const item of slice.value) {
      const url = item.link ? canonicalUrl(item.link) : null;
      if (!url || !item.link) {
        skipped++;
        continue;
      }
      batch.push({ canonicalUrl: url, link: item.link, feedUrl: feed.url, articleId: feedArticleId(url), feedTitle: item.title, feedPublished: item.published });
      if (batch.length >= deps.maxItemsPerPoll - added) flush();
      if (added >= deps.maxItemsPerPoll) break;
    }
    flush();
  }
  return done(false);
}
