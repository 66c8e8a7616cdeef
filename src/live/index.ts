// NOTE: the feed fetching and parsing modules (HTTP client, HTML and feed parsers) are not
// re-exported: whatever imports this folder would load them, at every start.
export { createLiveCorpus } from "./live-corpus.ts";
export type { LiveCorpus, LiveCorpusDeps } from "./live-corpus.ts";
export { defaultLiveOptions, USER_AGENT } from "./live-options.ts";
export type { LiveOptions } from "./live-options.ts";
export { feedArticleInputs } from "./feed-articles.ts";
export type { FeedsService, FeedAddResult } from "./feeds-service.ts";
export { isAdmin } from "./is-admin.ts";
export { canonicalUrl } from "./canonical-url.ts";
export { feedArticleId } from "./feed-article-id.ts";
export { configuredFeeds, parseFeedList } from "./feed-list.ts";
export type { FeedSpec } from "./feed-list.ts";
export type { FeedItem, ParsedFeed } from "./parse-feed.ts";
export type { FetchOptions, FetchResult } from "./fetch-limited.ts";
export type { PageContext, PageExtraction } from "./extract-page.ts";
export type { PageMetadata, HtmlDocument } from "./page-metadata.ts";
export { vietnamDay } from "./vietnam-day.ts";
export { backoffDelay } from "./backoff.ts";
export type { BackoffPolicy } from "./backoff.ts";
export { createHostQueue } from "./host-queue.ts";
export type { HostQueue } from "./host-queue.ts";
export type { FeedPoller, FeedPollOptions, PollReport } from "./feed-poller.ts";
export { watchFolders, DEFAULT_FOLDER_WATCH } from "./folder-watcher.ts";
export type { FolderChange, FolderWatcher, FolderWatchOptions, WatchedFile } from "./folder-watcher.ts";
export { readCorpusFile } from "./read-corpus-file.ts";
export type { CorpusFileRead } from "./read-corpus-file.ts";
