import type { Article } from "../model/article.ts";
import { getProvince } from "../places/index.ts";
import type { ArticleCardBlock, Span } from "../reply/blocks.ts";
import { formatDay } from "../format/index.ts";

/** Current province names of an article's primary provinces. */
export function provinceNames(ids: readonly string[]): string[] {
  return ids.map((id) => getProvince(id)?.name ?? id);
}

/** The card of an article in a result list. */
export function articleCard(article: Article, snippet: readonly Span[]): ArticleCardBlock {
  return {
    kind: "article",
    id: article.id,
    handle: article.handle,
    title: article.title,
    date: article.date,
    dateLabel: formatDay(article.date),
    source: article.source,
    url: article.url,
    provinces: provinceNames(article.provinces.primary),
    snippet,
  };
}

// NOTE: in characters; a card's snippet is one or two lines on a phone.
const LEAD_SNIPPET = 160;

/** A snippet made of the start of the lead, cut at a word boundary. */
export function leadSnippet(article: Article): Span[] {
  const lead = article.lead || article.paragraphs[0] || "";
  if (lead.length <= LEAD_SNIPPET) return lead ? [{ text: lead }] : [];
  const cut = lead.slice(0, LEAD_SNIPPET);
  const space = cut.lastIndexOf(" ");
  return [{ text: `${(space > 80 ? cut.slice(0, space) : cut).trimEnd()}…` }];
}
