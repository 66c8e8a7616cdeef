import type { Article } from "../model/article.ts";
import { foldText, isStopword, normalizeText, PAIR_JOINER, syllablePhrases } from "../text/index.ts";
import type { IndexData } from "./index-data.ts";
import { SEARCH_OPTIONS, type FieldName } from "./options.ts";
import { FieldPostingsBuilder } from "./postings.ts";
import { documentTerm } from "./terms.ts";

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

// NOTE: the build's hot loop. It produces the same terms as `canonicalTerms` (tests check
// it) but as ids: syllables are hashed once per occurrence, stopword flags are cached per
// syllable, and a pair's string is only made the first time the pair is seen.
class TermDictionary {
  readonly terms: string[] = [];
  private readonly termIds = new Map<string, number>();
  private readonly syllableIds = new Map<string, number>();
  private readonly syllableText: string[] = [];
  /** Per syllable, its term id, or -1 for a stopword. */
  private readonly syllableTerm: number[] = [];
  /** Per first syllable, second syllable → pair term id. */
  private readonly pairTerms: Map<number, number>[] = [];

  termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.termIds.set(term, id);
    }
    return id;
  }

  private syllable(word: string): number {
    let id = this.syllableIds.get(word);
    if (id === undefined) {
      id = this.syllableText.length;
      this.syllableIds.set(word, id);
      this.syllableText.push(word);
      this.syllableTerm.push(isStopword(word) ? -1 : this.termId(word));
      this.pairTerms.push(new Map());
    }
    return id;
  }

  private pair(first: number, second: number): number {
    const pairs = this.pairTerms[first] as Map<number, number>;
    let id = pairs.get(second);
    if (id === undefined) {
      id = this.termId((this.syllableText[first] as string) + PAIR_JOINER + (this.syllableText[second] as string));
      pairs.set(second, id);
    }
    return id;
  }

  /** The term ids of a text, one per occurrence, as `canonicalTerms` would give them. */
  textTerms(text: string): Int32Array {
    if (!text) return new Int32Array(0);
    const out: number[] = [];
    for (const phrase of syllablePhrases(normalizeText(text))) {
      let previous = -1;
      for (const word of phrase) {
        const syllable = this.syllable(word);
        const term = this.syllableTerm[syllable] as number;
        if (term < 0) {
          previous = -1;
          continue;
        }
        if (previous >= 0) out.push(this.pair(previous, syllable));
        out.push(term);
        previous = syllable;
      }
    }
    return Int32Array.from(out);
  }
}

function fieldTerms(article: Article, field: FieldName, places: (article: Article) => readonly string[], dictionary: TermDictionary): Int32Array {
  switch (field) {
    case "title":
      return dictionary.textTerms(article.title);
    case "lead":
      return dictionary.textTerms(article.lead);
    case "body":
      return dictionary.textTerms(article.paragraphs.join("\n"));
    case "people":
      return dictionary.textTerms(article.people.map((person) => person.name).join("\n"));
    case "places":
      return dictionary.textTerms(places(article).join("\n"));
    case "documents":
      return Int32Array.from(
        article.documents.map(documentTerm).filter((term) => term.length > 0),
        (term) => dictionary.termId(term),
      );
  }
}

/** Builds the stored index data of articles (document order = the given order). */
export function buildIndexData(articles: readonly Article[], options: BuildOptions = {}): IndexData {
  const places = options.places ?? defaultPlaces;
  const dictionary = new TermDictionary();
  const builders = SEARCH_OPTIONS.fields.map(() => new FieldPostingsBuilder(articles.length));
  for (const article of articles) {
    SEARCH_OPTIONS.fields.forEach((field, f) => {
      (builders[f] as FieldPostingsBuilder).addDocument(fieldTerms(article, field, places, dictionary));
    });
  }
  const groups = new Map<string, number[]>();
  const built = dictionary.terms;
  for (let id = 0; id < built.length; id++) {
    const term = built[id] as string;
    const folded = foldText(term);
    const group = groups.get(folded);
    if (group) group.push(id);
    else groups.set(folded, [id]);
  }
  const remap = new Int32Array(built.length);
  const terms: string[] = [];
  const folds: string[] = [];
  const foldStart = new Uint32Array(groups.size + 1);
  for (const [folded, ids] of groups) {
    foldStart[folds.length] = terms.length;
    folds.push(folded);
    for (const id of ids) {
      remap[id] = terms.length;
      terms.push(built[id] as string);
    }
  }
  foldStart[folds.length] = terms.length;
  const fields = builders.map((builder) => builder.finish(remap, terms.length));
  return { ids: articles.map((article) => article.id), terms, folds, foldStart, fields };
}
