import type { ArticleInput, Corpus } from "../corpus/index.ts";
import type { Article } from "../model/article.ts";
import type { FeedItemStore, StoredArticle } from "../store/feed-item-store.ts";
import type { Clock } from "../util/clock.ts";
import type { Logger } from "../util/logger.ts";

/**
 * The stored feed articles as corpus inputs, with their persisted handles: a handle another
 * article of `corpus` holds (a folder file added since) is dropped, the corpus then gives the
 * next free one. Inputs keeping a handle go first so the corpus's "next free handle" passes them.
 */
export function feedArticleInputs(stored: readonly StoredArticle[], corpus?: Pick<Corpus, "corpus">): ArticleInput[] {
  const inputs = stored.map((article) => {
    const holder = article.handle === null || !corpus ? undefined : corpus.corpus.byHandle(article.handle);
    const handle = article.handle !== null && (!holder || holder.id === article.id) ? article.handle : undefined;
    return { id: article.id, file: article.canonicalUrl, parsed: article.parsed, ...(handle === undefined ? {} : { handle }) };
  });
  return inputs.sort((a, b) => Number(a.handle === undefined) - Number(b.handle === undefined));
}

/** The feed articles of the corpus: added from polls, restored from the store, with their first-seen times. */
export interface FeedArticles {
  /** Adds a poll's articles to the corpus in one batch and persists their handles. */
  ingest(inputs: readonly ArticleInput[]): readonly Article[];
  /** Puts the stored articles missing from the corpus into it and persists the handles it gave. */
  restore(stored: readonly StoredArticle[]): void;
  /** When a feed article was first seen (ISO instant), null for others. */
  firstSeen(id: string): string | null;
}

/** Creates the feed articles over the corpus and the feed items (where their handles are kept). */
export function createFeedArticles(deps: { readonly corpus: Corpus; readonly store: Pick<FeedItemStore, "setHandle">; readonly clock: Clock; readonly logger: Logger }): FeedArticles {
  const { corpus, store, clock, logger: log } = deps;
  let firstSeenById = new Map<string, string>();

  return {
    ingest(inputs) {
      const added = corpus.update({ upsert: inputs });
      for (const article of added) store.setHandle(article.id, article.handle);
      for (const input of inputs) if (!firstSeenById.has(input.id)) firstSeenById.set(input.id, clock.now().toISOString());
      log.info({ added: added.length }, "feeds: articles added");
      return added;
    },
    restore(stored) {
      firstSeenById = new Map(stored.map((article) => [article.id, article.firstSeenAt]));
      const missing = feedArticleInputs(stored, corpus).filter((input) => !corpus.corpus.byId(input.id));
      if (missing.length > 0) {
        try {
          corpus.update({ upsert: missing });
          log.info({ articles: missing.length }, "feeds: stored articles restored");
        } catch (error) {
          log.error({ articles: missing.length, err: error }, "feeds: stored articles could not be restored");
        }
      }
      // NOTE: the handles the corpus gave (here, or when it was loaded with `feedArticleInputs`)
      // are the ones users saw; persist them.
      for (const article of stored) {
        const handle = corpus.corpus.byId(article.id)?.handle;
        if (handle !== undefined && handle !== article.handle) store.setHandle(article.id, handle);
      }
    },
    firstSeen: (id) => firstSeenById.get(id) ?? null,
  };
}
