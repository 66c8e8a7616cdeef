import { compareNewestFirst } from "../model/compare-articles.ts";
import type { Article } from "../model/article.ts";
import type { CorpusLookups } from "../corpus/index.ts";
import type { Subscription } from "../store/index.ts";

/** The parts of a subscription matching needs. */
export type SubscriptionQuery = Pick<Subscription, "kind" | "value" | "label" | "excludes">;

/** A phrase as a quoted search query, so every word of it must appear together. */
function phraseQuery(text: string): string {
  return `"${text.replace(/["“”]/gu, " ").trim()}"`;
}

/**
 * The articles a subscription matches among those `accept` lets through, newest first:
 * primary articles of the province (corpus index), or the keyword as a phrase (core search);
 * articles matching an excluded phrase are dropped.
 */
export function matchSubscription(
  subscription: SubscriptionQuery,
  deps: CorpusLookups,
  accept: (id: string) => boolean,
): Article[] {
  const { corpus, search } = deps;
  let matched: Article[];
  if (subscription.kind === "province") {
    matched = corpus.byProvince(subscription.value).primary.filter((article) => accept(article.id));
  } else {
    const hits = search.search(phraseQuery(subscription.label), { filter: accept, limit: corpus.articles.length });
    matched = hits.flatMap((hit) => corpus.byId(hit.id) ?? []).sort(compareNewestFirst);
  }
  if (matched.length === 0 || subscription.excludes.length === 0) return matched;
  const candidates = new Set(matched.map((article) => article.id));
  const excluded = new Set<string>();
  for (const phrase of subscription.excludes) {
    for (const hit of search.search(phraseQuery(phrase), { filter: (id) => candidates.has(id), limit: candidates.size })) excluded.add(hit.id);
  }
  return matched.filter((article) => !excluded.has(article.id));
}
