import type { Options } from "minisearch";
import { PAIR_JOINER } from "../text/index.ts";
import { documentTerm, foldedSyllables, foldedTerms } from "./terms.ts";

/** The flat record MiniSearch indexes for one article (built by `toSearchDocument`). */
export interface SearchDocument {
  readonly id: string;
  readonly title: string;
  readonly lead: string;
  readonly body: string;
  /** People's names, one a line. */
  readonly people: string;
  /** Place names, one a line. */
  readonly places: string;
  /** Document codes as cited, one a line. */
  readonly documents: string;
}

/** The name of a searchable field. */
export type FieldName = Exclude<keyof SearchDocument, "id">;

const FIELDS: FieldName[] = ["title", "lead", "body", "people", "places", "documents"];

/**
 * How each field's text becomes index terms: document codes (one a line, `documentTerm`),
 * folded syllables (`foldedSyllables`), or folded syllables and pairs (`foldedTerms`).
 */
export const FIELD_TERMS: Readonly<Record<FieldName, "codes" | "syllables" | "terms">> = {
  title: "terms",
  lead: "terms",
  body: "syllables",
  people: "terms",
  places: "terms",
  documents: "codes",
};

/** The document-code terms of a documents field (one code a line). */
export function codeTerms(text: string): string[] {
  return text.split("\n").map(documentTerm).filter((term) => term.length > 0);
}

function tokenize(text: string, field?: string): string[] {
  const kind = FIELD_TERMS[field as FieldName] ?? "terms";
  return kind === "codes" ? codeTerms(text) : kind === "syllables" ? foldedSyllables(text) : foldedTerms(text);
}

// NOTE: the design of the index (folded terms, re-ranking by text, the posting budget, storage)
// is written up in docs/search-design.md.
/** The search index's options: MiniSearch's (shared by build and `loadJS`) and the ranking's. */
export const SEARCH_OPTIONS = {
  /** Snapshot format; bump when the options, the term rules or the packing of postings change. */
  formatVersion: 3,
  miniSearch: {
    idField: "id",
    fields: FIELDS,
    storeFields: [],
    tokenize,
    processTerm: (term: string) => term,
    searchOptions: {
      tokenize: (term: string) => [term],
      processTerm: (term: string) => term,
      combineWith: "OR",
      boost: { title: 4, lead: 2, body: 1, people: 3, places: 2, documents: 6 },
      // NOTE: document-code terms ("24_ct_tw") hold the joiner too, so they also weigh 2.
      boostTerm: (term: string) => (term.includes(PAIR_JOINER) ? 2 : 1),
      bm25: { k: 1.2, b: 0.7, d: 0.5 },
    },
  } satisfies Options<SearchDocument>,
  /** Fields a syllable is looked up in; document codes only in `documents`. */
  textFields: ["title", "lead", "body", "people", "places"] as readonly FieldName[],
  /** Fields whose text a quoted phrase is checked in, in order (their pairs make the signatures). */
  phraseFields: ["title", "lead", "body"] as readonly FieldName[],
  /** Fields a pair is looked up in (the body stores no pairs). */
  pairFields: ["title", "lead", "people", "places"] as readonly FieldName[],
  /** Extra score share of a candidate whose text has every accented query syllable exactly. */
  accentWeight: 1,
  /** Extra score share of a candidate whose text has every query pair adjacent. */
  adjacencyWeight: 1,
  /** Most postings a query reads, counting the required phrase terms first. */
  postingBudget: 8_000,
  /** Hits ranked again by their text (accents, adjacency); later hits keep MiniSearch's order. */
  textRankWindow: 60,
  /** Candidates failing a quoted phrase's text check after which the search stops looking. */
  maxPhraseMisses: 600,
  /** Hits returned when the caller gives no limit. */
  defaultLimit: 200,
  /** Query terms (syllables, pairs, codes) considered; the rest are ignored. */
  maxTerms: 30,
} as const;
