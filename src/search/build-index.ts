import type { Article } from "../model/article.ts";
import { createSegmentBuild, type IndexedTexts, type Segment, type SegmentBuild } from "./segment.ts";

/** What the caller adds to the articles when building an index. */
export interface BuildOptions {
  /**
   * The place names an article is searchable by: its provinces' current names and the former
   * names or aliases that matched. Default: its province ids with hyphens as spaces.
   */
  readonly places?: (article: Article) => readonly string[];
  /** Called with the number of articles indexed so far, every thousand and at the end of a build. */
  readonly onIndexed?: (done: number) => void;
  /**
   * Articles already read by a head start (`createIndexHeadStart`): when they are the first of
   * the list, in its order, the build reads only the others ahead. Ignored with `places`.
   */
  readonly headStart?: IndexHeadStart;
}

/**
 * A build's first pass run ahead, while articles are parsed: each article offered is read then
 * (with the default places), so a build over a list that starts with the same articles, in the
 * same order, reads only the rest before it writes the postings (reading every article once more).
 */
export interface IndexHeadStart {
  /**
   * Reads an article ahead. NOTE: ids must come in increasing order (the order of a sorted
   * list); from one that does not, nothing more is read and the head start is of no use.
   */
  offer(article: IndexedArticle): void;
  /** The articles read so far and the build they were read into, handed over once; null after that or when the order broke. */
  take(): SegmentBuild | null;
}

/** Creates an index head start (see `IndexHeadStart`). */
export function createIndexHeadStart(): IndexHeadStart {
  let build: SegmentBuild | null = createSegmentBuild();
  let last: string | null = null;
  return {
    offer(article) {
      if (!build) return;
      if (last !== null && !(last < article.id)) {
        build = null;
        return;
      }
      last = article.id;
      build.add(indexedTexts(article, defaultPlaces(article)));
    },
    take() {
      const taken = build;
      build = null;
      return taken;
    },
  };
}

/** What the index reads of an article with the default places (a parsed article's meta and texts will do). */
export type IndexedArticle = Pick<Article, "id" | "title" | "lead" | "paragraphs" | "captions" | "people" | "provinces" | "documents">;

/** The province ids of an article as words ("quang-ninh" → "quang ninh"). */
export function defaultPlaces(article: Pick<Article, "provinces">): string[] {
  return [...article.provinces.primary, ...article.provinces.mentioned].map((id) => id.replace(/[-_]+/g, " "));
}

/** The texts the index reads of an article, by field; photo captions apart from the body. */
export function toIndexedTexts(article: Article, options: BuildOptions = {}): IndexedTexts {
  return indexedTexts(article, (options.places ?? defaultPlaces)(article));
}

function indexedTexts(article: IndexedArticle, places: readonly string[]): IndexedTexts {
  return {
    id: article.id,
    title: [article.title],
    lead: [article.lead],
    body: article.paragraphs,
    captions: article.captions ?? [],
    people: article.people.map((person) => person.name),
    places,
    documents: article.documents,
  };
}

/** The head start's build when the articles begin with the ones it read, in order; else null. */
function startedBuild(articles: readonly Article[], options: BuildOptions): SegmentBuild | null {
  const build = options.headStart?.take() ?? null;
  if (!build || options.places || build.ids.length > articles.length) return null;
  for (let local = 0; local < build.ids.length; local++) if (build.ids[local] !== (articles[local] as Article).id) return null;
  return build;
}

/**
 * The segment of articles (ids unique), reporting progress to `options.onIndexed` as the
 * first of the build's two passes reads them, and the total when the build ends.
 */
export function buildArticleSegment(articles: readonly Article[], options: BuildOptions = {}): Segment {
  const build = startedBuild(articles, options) ?? createSegmentBuild();
  for (let local = build.ids.length; local < articles.length; local++) {
    build.add(toIndexedTexts(articles[local] as Article, options));
    const done = local + 1;
    if (done % 1000 === 0 && done < articles.length) options.onIndexed?.(done);
  }
  const segment = build.finish({
    *[Symbol.iterator]() {
      for (const article of articles) yield toIndexedTexts(article, options);
    },
  });
  options.onIndexed?.(articles.length);
  return segment;
}
