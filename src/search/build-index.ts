import type { Article } from "../model/article.ts";
import type { SearchDocument } from "./options.ts";

/** What the caller adds to the articles when building an index. */
export interface BuildOptions {
  /**
   * The place names an article is searchable by: its provinces' current names and the former
   * names or aliases that matched. Default: its province ids with hyphens as spaces.
   */
  readonly places?: (article: Article) => readonly string[];
}

/** The province ids of an article as words ("quang-ninh" → "quang ninh"). */
export function defaultPlaces(article: Article): string[] {
  return [...article.provinces.primary, ...article.provinces.mentioned].map((id) => id.replace(/[-_]+/g, " "));
}

/** The record MiniSearch indexes for an article; lines keep names and paragraphs apart (no pair spans two). */
export function toSearchDocument(article: Article, options: BuildOptions = {}): SearchDocument {
  const places = options.places ?? defaultPlaces;
  return {
    id: article.id,
    title: article.title,
    lead: article.lead,
    body: article.paragraphs.join("\n"),
    people: article.people.map((person) => person.name).join("\n"),
    places: places(article).join("\n"),
    documents: article.documents.join("\n"),
  };
}
