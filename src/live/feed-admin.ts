import type { FeedListStore } from "../store/feed-list-store.ts";
import type { Clock } from "../util/clock.ts";
import type { Logger } from "../util/logger.ts";
import { canonicalUrl, httpUrl } from "./canonical-url.ts";
import type { FeedScheduler } from "./feed-scheduler.ts";
import type { FeedsService } from "./feeds-service.ts";
import { writeOpml } from "./opml.ts";
import { redactUrl } from "./redact-url.ts";

/** What feed administration is built from. */
export interface FeedAdminDeps {
  readonly store: FeedListStore;
  /** `ADMIN_IDS` entries. */
  readonly adminIds: readonly string[];
  /** Told of feeds added (polled soon) and removed (no longer polled). */
  readonly scheduler: Pick<FeedScheduler, "pollSoon" | "cancel">;
  readonly logger: Logger;
  /** Dates the OPML export. */
  readonly clock: Clock;
}

/** The title of the exported OPML file. */
export const OPML_TITLE = "diemtin: nguồn tin";

/** Creates feed administration (`/nguon`, the OPML import) over the feed list and the scheduler. */
export function createFeedAdmin(deps: FeedAdminDeps): FeedsService {
  const { store, scheduler, logger: log } = deps;

  // NOTE: feeds are kept as written; two spellings of one canonical URL are one feed.
  function listedAs(url: string): string | undefined {
    const key = canonicalUrl(url);
    return store.listFeeds().find((feed) => feed.url === url || canonicalUrl(feed.url) === key)?.url;
  }

  return {
    adminIds: deps.adminIds,
    list: () => store.listFeeds(),
    add(raw, label = null) {
      const url = httpUrl(raw);
      if (!url) return { ok: false, reason: "invalid" };
      if (listedAs(url) || !store.addFeed(url, label, "admin")) return { ok: false, reason: "exists" };
      log.info({ feed: redactUrl(url) }, "feeds: feed added");
      scheduler.pollSoon(url);
      return { ok: true, url };
    },
    // NOTE: a chat is no place for feed credentials; `diemtin feeds export` keeps them.
    exportOpml() {
      const list = store.listFeeds().map((feed) => ({ url: redactUrl(feed.url), label: feed.label }));
      return { count: list.length, opml: writeOpml(list, OPML_TITLE, deps.clock.now()) };
    },
    remove(raw) {
      const given = httpUrl(raw);
      const url = given ? (listedAs(given) ?? given) : null;
      if (!url || !store.removeFeed(url)) return false;
      scheduler.cancel(url);
      log.info({ feed: redactUrl(url) }, "feeds: feed removed");
      return true;
    },
  };
}
