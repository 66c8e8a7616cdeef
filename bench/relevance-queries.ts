import type { Article } from "../src/index.ts";
import { foldText, isStopword, normalizeText } from "../src/text/index.ts";
import type { Random } from "./prng.ts";

/** Where a query's words were taken from. */
export type QueryKind = "title" | "lead" | "body" | "caption" | "keywords";

/** How a query is typed: as written, without marks, in the other tone style, decomposed. */
export type QueryStyle = "marked" | "unmarked" | "tone" | "nfd";

/** Every query kind, in table order. */
export const QUERY_KINDS: readonly QueryKind[] = ["title", "lead", "body", "caption", "keywords"];

/** Every typing style, in table order. */
export const QUERY_STYLES: readonly QueryStyle[] = ["marked", "unmarked", "tone", "nfd"];

/** A generated query: its kind, the words as written in the article, and the articles that answer it. */
export interface RelevanceQuery {
  readonly kind: QueryKind;
  readonly text: string;
  /** The target article and its exact duplicates (same title and lead). */
  readonly answers: ReadonlySet<string>;
}

/** The generated queries and, per kind, how many were left out as ambiguous. */
export interface QuerySet {
  readonly queries: readonly RelevanceQuery[];
  readonly leftOut: Readonly<Record<QueryKind, number>>;
}

// NOTE: what a user would type of a text: words (a number with its separators is one word),
// punctuation dropped.
const WORD = /\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{M}\p{N}]+/gu;
const HAS_LETTER = /\p{L}/u;
/** An article is ambiguous for a query when more than this many articles hold its words in order. */
const MAX_HOLDERS = 3;

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

const key = (word: string): string => foldText(normalizeText(word));

// NOTE: the other placement of the tone in open oa/oe/uy syllables (hòa ↔ hoà, thủy ↔ thuỷ).
const OPEN_GLIDE = /(?<![qQ])([oO](?=[\u0300\u0301\u0303\u0309\u0323]?[aAeE])|[uU](?=[\u0300\u0301\u0303\u0309\u0323]?[yY]))([\u0300\u0301\u0303\u0309\u0323]?)([aAeEyY])([\u0300\u0301\u0303\u0309\u0323]?)(?![\p{L}\p{M}])/gu;

/** The text with every open oa/oe/uy syllable's tone moved to the other vowel. */
export function otherToneStyle(text: string): string {
  return text
    .normalize("NFD")
    .replace(OPEN_GLIDE, (whole, first: string, tone1: string, second: string, tone2: string) => {
      if (tone1 && !tone2) return first + second + tone1;
      if (tone2 && !tone1) return first + tone2 + second;
      return whole;
    })
    .normalize("NFC");
}

/** A query typed in a style. */
export function styled(text: string, style: QueryStyle): string {
  if (style === "unmarked") return foldText(text);
  if (style === "tone") return otherToneStyle(text);
  if (style === "nfd") return text.normalize("NFD");
  return text;
}

interface Doc {
  readonly id: string;
  /** Folded words of all texts, one list per text (title, lead, paragraphs, captions). */
  readonly texts: readonly (readonly string[])[];
  readonly joined: string;
  readonly group: string;
}

function toDoc(article: Article): Doc {
  const texts = [article.title, article.lead, ...article.paragraphs, ...(article.captions ?? [])].map((text) => words(text).map(key));
  return {
    id: article.id,
    texts,
    joined: ` ${texts.map((text) => text.join(" ")).join(" | ")} `,
    group: `${key(article.title)}\u0000${key(article.lead)}`,
  };
}

/** How many documents hold the words adjacent in order (phrase) or in order anywhere in one text (keywords). */
function holders(docs: readonly Doc[], postings: Map<string, number[]>, query: readonly string[], adjacent: boolean): number {
  const lists = query.map((word) => postings.get(word) ?? []).sort((a, b) => a.length - b.length);
  const rest = lists.slice(1).map((list) => new Set(list));
  const phrase = ` ${query.join(" ")} `;
  let count = 0;
  for (const at of lists[0] ?? []) {
    if (!rest.every((set) => set.has(at))) continue;
    const doc = docs[at] as Doc;
    const holds = adjacent ? doc.joined.includes(phrase) : inOrder(doc.texts.flat(), query);
    if (holds) count++;
  }
  return count;
}

function inOrder(text: readonly string[], query: readonly string[]): boolean {
  let from = 0;
  for (const word of query) {
    const at = text.indexOf(word, from);
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}

function pickWindow(random: Random, text: string): string | null {
  const found = words(text);
  if (found.length < 4) return null;
  const size = Math.min(found.length, random.int(4, 6));
  const start = random.int(0, found.length - size);
  const window = found.slice(start, start + size);
  return window.some((word) => HAS_LETTER.test(word)) ? window.join(" ") : null;
}

function fieldText(random: Random, article: Article, kind: QueryKind): string | null {
  if (kind === "title") return article.title;
  if (kind === "lead") return article.lead;
  if (kind === "body") return article.paragraphs.length > 0 ? random.pick(article.paragraphs) : null;
  const captions = article.captions ?? [];
  return captions.length > 0 ? random.pick(captions) : null;
}

function pickKeywords(random: Random, article: Article, frequency: Map<string, number>): string | null {
  const spelled = new Map<string, string>();
  for (const word of words(article.paragraphs.join("\n"))) {
    const normalized = normalizeText(word);
    if (!/^\p{L}{2,}$/u.test(foldText(normalized)) || isStopword(normalized)) continue;
    if (!spelled.has(key(word))) spelled.set(key(word), word);
  }
  // NOTE: "rarer" words: the rarest third of the article's distinct words, each in ≥ 2 articles.
  const rare = [...spelled.keys()].filter((word) => (frequency.get(word) ?? 0) >= 2).sort((a, b) => (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : 1));
  const pool = rare.slice(0, Math.max(4, Math.floor(rare.length / 3)));
  if (pool.length < 4) return null;
  const count = random.int(3, 4);
  const chosen: string[] = [];
  while (chosen.length < count) {
    const word = random.pick(pool);
    if (!chosen.includes(word)) chosen.push(word);
  }
  return chosen.map((word) => spelled.get(word) as string).join(" ");
}

/**
 * Generates `perKind` queries of each kind from the articles: 4–6 consecutive words of a
 * title, lead, paragraph or caption, or 3–4 rarer body words in random order. A query whose
 * words more than 3 articles hold in that order is left out and counted.
 */
export function generateQueries(articles: readonly Article[], perKind: number, random: Random): QuerySet {
  const docs = articles.map(toDoc);
  const postings = new Map<string, number[]>();
  docs.forEach((doc, at) => {
    for (const word of new Set(doc.texts.flat())) {
      const list = postings.get(word);
      if (list) list.push(at);
      else postings.set(word, [at]);
    }
  });
  const frequency = new Map([...postings].map(([word, list]) => [word, list.length]));
  const groups = new Map<string, Set<string>>();
  for (const doc of docs) {
    const group = groups.get(doc.group) ?? new Set<string>();
    group.add(doc.id);
    groups.set(doc.group, group);
  }
  const queries: RelevanceQuery[] = [];
  const leftOut = Object.fromEntries(QUERY_KINDS.map((kind) => [kind, 0])) as Record<QueryKind, number>;
  for (const kind of QUERY_KINDS) {
    let made = 0;
    for (let attempt = 0; made < perKind && attempt < perKind * 20; attempt++) {
      const at = random.int(0, articles.length - 1);
      const article = articles[at] as Article;
      let text: string | null;
      if (kind === "keywords") text = pickKeywords(random, article, frequency);
      else {
        const source = fieldText(random, article, kind);
        text = source ? pickWindow(random, source) : null;
      }
      if (!text) continue;
      made++;
      if (holders(docs, postings, words(text).map(key), kind !== "keywords") > MAX_HOLDERS) {
        leftOut[kind]++;
        continue;
      }
      queries.push({ kind, text, answers: groups.get((docs[at] as Doc).group) as Set<string> });
    }
  }
  return { queries, leftOut };
}
