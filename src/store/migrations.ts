import type { Migration } from "./migration.ts";
import { DIGEST_SCHEMA, SUBSCRIPTIONS_SCHEMA } from "./subscriptions-schema.ts";
import { FEED_MIGRATIONS } from "./feed-schema.ts";
import { ARTICLE_FILE_MIGRATIONS } from "./article-file-schema.ts";

// NOTE: append only. Versions 1-99 belong to subscriptions and the digest, 100-199 to the
// live corpus (feeds, stored articles), 200-299 to the corpus files (parsed articles); a
// shipped migration is never edited.
/** Every schema migration of the SQLite store, in version order. */
export const MIGRATIONS: readonly Migration[] = [SUBSCRIPTIONS_SCHEMA, DIGEST_SCHEMA, ...FEED_MIGRATIONS, ...ARTICLE_FILE_MIGRATIONS];
