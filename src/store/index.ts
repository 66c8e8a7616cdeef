export { DATABASE_FILE, migrate, openDatabase } from "./open-database.ts";
export type { Migration } from "./migration.ts";
export { MIGRATIONS } from "./migrations.ts";
export { openStore } from "./open-store.ts";
export { backupStore, type BackupResult } from "./backup-store.ts";
export { createSubscriptionStore } from "./sqlite-subscription-store.ts";
export type {
  ChatSettings,
  ChatStatus,
  ClaimOptions,
  Delivery,
  DeliveryOutcome,
  DeliveryStatus,
  DigestRun,
  NewSubscription,
  Subscription,
  SubscriptionKind,
  SubscriptionStore,
  TargetOverview,
} from "./subscription-store.ts";
export { FEED_MIGRATIONS } from "./feed-schema.ts";
export { createFeedStore } from "./feed-store.ts";
export type { FeedRecord, ItemRecord, FeedStore, StoredArticle, FeedOrigin, FeedFetchOutcome } from "./feed-store.ts";
export { lockDataDir, LOCK_FILE } from "./data-dir-lock.ts";
export type { DataDirLock } from "./data-dir-lock.ts";
export { ARTICLE_FILE_MIGRATIONS } from "./article-file-schema.ts";
export { createArticleFileStore } from "./article-file-store.ts";
export type { ArticleFileEntry, ArticleFileRecord, ArticleFileStamp, ArticleFileStore, ArticleTexts } from "./article-file-store.ts";
