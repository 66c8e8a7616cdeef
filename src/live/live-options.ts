import type { Config } from "../config/config.ts";
import type { FeedPollOptions } from "./feed-poller.ts";
import { DEFAULT_FOLDER_WATCH, type FolderWatchOptions } from "./folder-watcher.ts";

/** The User-Agent of every feed and page request. */
export const USER_AGENT = "diemtin/0.1 (Vietnamese news digest bot; feed reader)";

/** Tunable limits of the live corpus (tests shorten them). */
export interface LiveOptions {
  readonly watch: FolderWatchOptions;
  /** `intervalMs` defaults to `FEED_INTERVAL_MINUTES`. */
  readonly poll: FeedPollOptions;
}

/** Default limits. NOTE: milliseconds and bytes. */
export function defaultLiveOptions(config: Pick<Config, "live">): LiveOptions {
  return {
    watch: DEFAULT_FOLDER_WATCH,
    poll: {
      intervalMs: config.live.feedIntervalMinutes * 60_000,
      timeoutMs: 20_000,
      maxFeedBytes: 5 * 1024 * 1024,
      maxPageBytes: 5 * 1024 * 1024,
      userAgent: USER_AGENT,
      backoff: { baseMs: 60_000, maxMs: 6 * 3_600_000 },
      maxAttempts: 3,
      maxItemsPerPoll: 200,
      allowPrivate: config.live.allowPrivate,
    },
  };
}
