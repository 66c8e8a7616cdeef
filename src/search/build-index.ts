import type { Article } from "../model/article.ts";
import { buildSegment, type IndexedTexts, type Segment } from "./segment.ts";

/** What the caller adds to the articles when building an index. */
export interface BuildOptions {
  /**
   * The place names an article is searchable by: its provinces' current names and the former
   * names or aliases that matched. Default: its province ids with hyphens as spaces.
   */
  readonly places?: (article: Article) => readonly string[];
  /** Called with the number of articles indexed so far, every thousand and at the end of a build. */
  readonly onIndexed?: (done: number) => void;
}

/** The province ids of an article as words ("quang-ninh" → "quang ninh"). */
export function defaultPlaces(article: Article): string[] {
  return [...article.provinces.primary, ...article.provinces.mentioned].map((id) => id.replace(/[-_]+/g, " "));
}

/** The texts the index reads of an article, by field; photo captions apart from the body. */
export function toIndexedTexts(article: Article, options: BuildOptions = {}): IndexedTexts {
  const places = options.places ?? defaultPlaces;
  return {
    id: article.id,
    title: [article.title],
    lead: [article.lead],
    body: article.paragraphs,
    captions: article.captions ?? [],
    people: article.people.map((person) => person.name),
    places: places(article),
    documents: article.documents,
  };
}

/**
 * The segment of articles (ids unique), reporting progress to `options.onIndexed` as the
 * first of the build's two passes reads them, and the total when the build ends.
 */
export function buildArticleSegment(articles: readonly Article[], options: BuildOptions = {}): Segment {
  let passes = 0;
  return buildSegment({
    *[Symbol.iterator]() {
      const first = passes++ === 0;
      let done = 0;
      for (const article of articles) {
        yield toIndexedTexts(article, options);
        done++;
        if (first && done % 1000 === 0 && done < articles.length) options.onIndexed?.(done);
      }
      if (!first) options.onIndexed?.(done);
    },
  });
}
