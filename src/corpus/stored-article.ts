import type { Article } from "../model/article.ts";
import type { ArticleTexts } from "../store/index.ts";

/** An article without its identity and long texts: what a start reads of every stored file. */
export type ArticleMeta = Omit<Article, "id" | "handle" | "file" | "paragraphs" | "captions">;

/** Splits an enriched article's meta (kept in memory) from its paragraphs and captions (read on demand). */
export function splitArticle(article: Omit<Article, "id" | "handle" | "file">): { meta: ArticleMeta; texts: ArticleTexts } {
  const { paragraphs, captions, ...meta } = article;
  return { meta, texts: { paragraphs, captions: captions ?? [] } };
}

const isStrings = (value: unknown): boolean => Array.isArray(value) && value.every((item) => typeof item === "string");
const isNullableString = (value: unknown): boolean => value === null || typeof value === "string";

/** Whether a value read back from the store has the shape of an article's meta. */
export function isArticleMeta(value: unknown): value is ArticleMeta {
  if (typeof value !== "object" || value === null) return false;
  const meta = value as Record<string, unknown>;
  const provinces = meta.provinces as Record<string, unknown> | null | undefined;
  return (
    typeof meta.title === "string" &&
    typeof meta.lead === "string" &&
    typeof meta.hasHeadline === "boolean" &&
    isNullableString(meta.date) &&
    isNullableString(meta.source) &&
    isNullableString(meta.author) &&
    isNullableString(meta.url) &&
    typeof provinces === "object" &&
    provinces !== null &&
    isStrings(provinces.primary) &&
    isStrings(provinces.mentioned) &&
    Array.isArray(meta.people) &&
    isStrings(meta.documents) &&
    Array.isArray(meta.figures)
  );
}

/** The stored record an article was read from: its file's path and the hash of the bytes parsed. */
export interface StoredRecord {
  readonly path: string;
  readonly contentHash: string;
}

/** Reads the paragraphs and captions of a stored file (by path; `file` names it in warnings). */
export type StoredTextReader = (path: string, file: string) => ArticleTexts;

// NOTE: a class, not getters defined per object: every stored article then has one shape (fast
// property reads) and costs no property definitions at start; the reader is shared, so an
// article holds no closure of its own (at 100k articles, closures and their contexts cost megabytes).
class StoredArticle implements Article {
  readonly title: string;
  readonly hasHeadline: boolean;
  readonly date: string | null;
  readonly source: string | null;
  readonly author: string | null;
  readonly url: string | null;
  readonly lead: string;
  readonly provinces: Article["provinces"];
  readonly people: Article["people"];
  readonly documents: Article["documents"];
  readonly figures: Article["figures"];
  readonly id: string;
  readonly handle: number;
  readonly file: string;
  readonly #path: string;
  readonly #contentHash: string;
  readonly #read: StoredTextReader;

  constructor(meta: ArticleMeta, identity: { id: string; file: string; handle: number }, record: StoredRecord, read: StoredTextReader) {
    this.title = meta.title;
    this.hasHeadline = meta.hasHeadline;
    this.date = meta.date;
    this.source = meta.source;
    this.author = meta.author;
    this.url = meta.url;
    this.lead = meta.lead;
    this.provinces = meta.provinces;
    this.people = meta.people;
    this.documents = meta.documents;
    this.figures = meta.figures;
    this.id = identity.id;
    this.handle = identity.handle;
    this.file = identity.file;
    this.#path = record.path;
    this.#contentHash = record.contentHash;
    this.#read = read;
  }

  get paragraphs(): readonly string[] {
    return this.#read(this.#path, this.file).paragraphs;
  }

  get captions(): readonly string[] {
    return this.#read(this.#path, this.file).captions;
  }

  /** The stored record this article was read from. */
  static recordOf(article: Article): StoredRecord | null {
    return #path in article ? { path: article.#path, contentHash: article.#contentHash } : null;
  }
}

/**
 * An article over its stored meta whose paragraphs and captions are read through `read` (by
 * its record's path) each time they are asked for; it keeps the record's path and hash, not the record. NOTE: they are getters of the prototype:
 * spreading the article or serializing it leaves them out; nothing keeps them but `read`'s own cache.
 */
export function createStoredArticle(meta: ArticleMeta, identity: { id: string; file: string; handle: number }, record: StoredRecord, read: StoredTextReader): Article {
  return new StoredArticle(meta, identity, record, read);
}

/** The stored record (path and content hash) an article was read from; null for other articles. */
export function storedRecordOf(article: Article): StoredRecord | null {
  return StoredArticle.recordOf(article);
}
