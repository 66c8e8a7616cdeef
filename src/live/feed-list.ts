import { readFileSync } from "node:fs";
import type { LiveConfig } from "../config/config.ts";
import type { Logger } from "../util/logger.ts";
import { canonicalUrl, httpUrl } from "./canonical-url.ts";
import { readOpmlFeeds } from "./opml.ts";

/** A configured feed: its URL and an optional label. */
export interface FeedSpec {
  readonly url: string;
  readonly label: string | null;
}

/**
 * Parses a feeds file: one URL per line, optionally followed by a label; blank lines and
 * lines starting with `#` are skipped, bad URLs are warned about.
 */
export function parseFeedList(text: string, logger: Logger, file = "FEEDS_FILE"): FeedSpec[] {
  const feeds: FeedSpec[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith("#")) return;
    const [raw = "", ...rest] = trimmed.split(/\s+/);
    const url = httpUrl(raw);
    if (!url) {
      logger.warn({ file, line: index + 1, reason: "not an http(s) URL" }, "feeds: line skipped");
      return;
    }
    feeds.push({ url, label: rest.join(" ") || null });
  });
  return feeds;
}

/**
 * The configured feeds: `FEEDS`, then the feeds file (one URL a line, or OPML); the first entry of a URL wins (URLs
 * differing only in their canonical form are one feed). Each is kept as written.
 */
export function configuredFeeds(live: LiveConfig, logger: Logger): FeedSpec[] {
  const feeds: FeedSpec[] = [];
  for (const raw of live.feeds) {
    const url = httpUrl(raw);
    if (url) feeds.push({ url, label: null });
  }
  if (live.feedsFile) {
    try {
      const text = readFileSync(live.feedsFile, "utf8");
      // NOTE: a feeds file may also be an OPML export from a feed reader.
      if (/^\s*</.test(text)) feeds.push(...readOpmlFeeds(text).feeds);
      else feeds.push(...parseFeedList(text, logger, live.feedsFile));
    } catch (error) {
      logger.warn({ file: live.feedsFile, err: error }, "feeds: file unreadable");
    }
  }
  const seen = new Set<string>();
  return feeds.filter((feed) => {
    const key = canonicalUrl(feed.url) ?? feed.url;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
