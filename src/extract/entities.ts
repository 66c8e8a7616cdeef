import type { Figure, ParsedArticle, Person } from "../model/article.ts";
import { extractDocuments } from "./documents.ts";
import { extractFigures } from "./figures.ts";
import { extractPeople } from "./people.ts";

/** The people, cited documents and figures of one article. */
export interface ArticleEntities {
  readonly people: Person[];
  readonly documents: string[];
  readonly figures: Figure[];
}

/**
 * Runs every extractor over an article's headline, lead and paragraphs (one paragraph per
 * line, so sentences never span paragraphs).
 * NOTE: a title made from the lead (`hasHeadline: false`) repeats the lead and is skipped.
 */
export function extractEntities(article: ParsedArticle): ArticleEntities {
  const parts = article.hasHeadline ? [article.title, article.lead, ...article.paragraphs] : [article.lead, ...article.paragraphs];
  const text = parts.join("\n");
  const year = article.date ? Number(article.date.slice(0, 4)) : null;
  return { people: extractPeople(text), documents: extractDocuments(text), figures: extractFigures(text, { year }) };
}
