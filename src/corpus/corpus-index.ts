import type { Article, Person } from "../model/article.ts";
import { foldText, normalizeText } from "../text/index.ts";
import { compareNewestFirst } from "../model/compare-articles.ts";

/** An article naming a person, with the title the person held in it. */
export interface PersonMention {
  readonly article: Article;
  readonly person: Person;
}

/** The articles of one province, split by how central the province is to them. */
export interface ProvinceArticles {
  readonly primary: readonly Article[];
  readonly mentioned: readonly Article[];
}

/** In-memory lookups over the corpus, built once: by id, handle, province, person, document. */
export interface CorpusIndex {
  readonly articles: readonly Article[];
  /** All articles, newest first. */
  readonly newest: readonly Article[];
  byId(id: string): Article | undefined;
  byHandle(handle: number): Article | undefined;
  /** The same object for the same province until the corpus changes (callers may cache by it). */
  byProvince(provinceId: string): ProvinceArticles;
  /** Person keys (folded full names) with their display names. */
  readonly people: ReadonlyMap<string, { readonly name: string; readonly mentions: readonly PersonMention[] }>;
  /** Document codes (folded, uppercase) → articles citing them, newest first. */
  readonly documents: ReadonlyMap<string, { readonly code: string; readonly articles: readonly Article[] }>;
}

/** The lookup key of a person's name: folded, lowercase, single-spaced. */
export function personKey(name: string): string {
  return foldText(normalizeText(name)).replace(/\s+/g, " ").trim();
}

/** The lookup key of a document code: folded, uppercase, without spaces. */
export function documentKey(code: string): string {
  return foldText(code.normalize("NFC")).toUpperCase().replace(/\s+/g, "");
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const EMPTY: ProvinceArticles = { primary: [], mentioned: [] };

/** Builds the lookups; `articles` must already carry unique ids and handles. */
export function createCorpusIndex(articles: readonly Article[]): CorpusIndex {
  const newest = [...articles].sort(compareNewestFirst);
  const ids = new Map<string, Article>();
  const handles = new Map<number, Article>();
  for (const article of articles) {
    ids.set(article.id, article);
    handles.set(article.handle, article);
  }
  const primary = new Map<string, Article[]>();
  const mentioned = new Map<string, Article[]>();
  const people = new Map<string, { name: string; mentions: PersonMention[] }>();
  const documents = new Map<string, { code: string; articles: Article[] }>();
  for (const article of newest) {
    for (const id of article.provinces.primary) push(primary, id, article);
    for (const id of article.provinces.mentioned) push(mentioned, id, article);
    for (const person of article.people) {
      const key = personKey(person.name);
      const entry = people.get(key) ?? { name: person.name, mentions: [] };
      entry.mentions.push({ article, person });
      people.set(key, entry);
    }
    for (const code of article.documents) {
      const key = documentKey(code);
      const entry = documents.get(key) ?? { code, articles: [] };
      if (!entry.articles.includes(article)) entry.articles.push(article);
      documents.set(key, entry);
    }
  }
  const provinces = new Map<string, ProvinceArticles>();
  for (const id of new Set([...primary.keys(), ...mentioned.keys()])) provinces.set(id, { primary: primary.get(id) ?? [], mentioned: mentioned.get(id) ?? [] });
  return {
    articles,
    newest,
    byId: (id) => ids.get(id),
    byHandle: (handle) => handles.get(handle),
    byProvince: (id) => provinces.get(id) ?? EMPTY,
    people,
    documents,
  };
}
