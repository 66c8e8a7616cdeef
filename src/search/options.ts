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

// NOTE: design of the search index (MiniSearch; figures in the search module's report and
// `npm run bench -- --only search`).
// - Text fields store the FOLDED terms of `indexTerms`: accented twins would double the
//   postings (memory, build time, every query). The body stores folded syllables only: its
//   adjacent pairs would double it again (at 100k articles, ~50M postings, over 2 GB of
//   MiniSearch maps and a snapshot too large to serialize); title, lead, people and places
//   store syllables and pairs.
// - What the index does not hold is ranked by re-checking the best candidates' text
//   (rank-hits.ts): an accented query ranks exact-accent matches first (`accentWeight`), and
//   query pairs written adjacently anywhere in the text rank higher (`adjacencyWeight`), so
//   "Quảng Ninh" beats "Quảng … Ninh" in bodies too; a text writing the whole query in order
//   ranks first. Quoted phrases are verified in the text.
// - Queries are MiniSearch query trees of single terms built by query-plan.ts (the query
//   text goes through the same tokenizer), which is why `searchOptions.tokenize` and
//   `processTerm` are the identity. Pairs weigh more than syllables (`boostTerm`); MiniSearch
//   multiplies a score by the number of query terms matched.
// - Cost control: a (term, field) posting list is read only while the query's total stays
//   within `postingBudget`, rarest first (lists of common syllables are long and their IDF near
//   zero); the rarest syllable of a quoted phrase is always read and required, the text check
//   verifies the rest. Small corpora rarely reach the budget. With quoted phrases, only the
//   articles whose pair signature (pair-signatures.ts) may hold them are scored.
// - Storage: documents are added by add-documents.ts (MiniSearch's postings, built in bulk)
//   and every posting list is a `CompactPostings` (5 bytes a posting); a snapshot packs the
//   lists and signatures in binary (postings-codec.ts). At 100k articles: ~30M postings,
//   ~330 MB, a build of ~35 s and a load of ~2.5 s on two cores.
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
