// NOTE: design of the search engine (measured figures in the search module's hand-over report).
// - Why not MiniSearch's own index: it keeps one JS Map entry per posting (~45-60 bytes) and
//   scores through one result object per posting (~1 µs). With `indexTerms` (syllables and
//   pairs, folded and accented) a 100k-article corpus has ~110M postings; MiniSearch holding
//   only titles and leads took 46 s to build, 731 MB of heap and 50-190 ms per query. So the
//   postings live in compact per-field byte streams (delta+varint, ~1.3 bytes a posting,
//   outside the JS heap) and queries score into typed arrays (~5 ns a posting). The options
//   below play the role MiniSearch's options would: one constant, used by build and load.
// - Every field stores each term ONCE, in its normalized form (accented when written with
//   accents). A folded query term ("quang") expands to all stored forms folding to it
//   (quảng, quang, quàng…): terms are grouped by folded form, so this is one lookup. An
//   accented query term also scores its exact form again (`accentWeight`, the `boostTerm`
//   equivalent), so exact-accent matches rank first. This is `indexTerms` without the folded
//   twins: the same syllables, pairs and stopword rule (tests check the equivalence).
// - A query is split into units (a syllable or an adjacent pair, folded). Pairs weigh more
//   (`pairWeight`), so "Quảng Ninh" adjacent beats "Quảng … Ninh". Units are OR-combined and
//   the sum is multiplied by (matched units / query units)^`coverageExponent`: a document
//   matching more query units ranks higher without AND losing partial matches.
// - Quoted phrases: every pair unit of the phrase is required (AND; all its syllables when it
//   has no pair), and phrases of 3+ syllables or with stopwords are verified in the text
//   (accent-insensitive regex, then the match compared normalized, folded if the phrase is
//   unaccented). Verification and `filter` run lazily, only on candidates that would enter
//   the top-`limit` heap.
// - Cost control: a syllable or pair in more than 10% of bodies (and 5,000+ of them) is
//   skipped in bodies when the query has rarer units (`commonFraction`): these lists are the
//   long ones and their IDF is near zero. Small corpora never reach the threshold.
// - Results are capped at `defaultLimit`: ranking 100k candidates is cheap, building and
//   returning 100k hit objects is not.
/** The engine's options: fields with their boosts, term weights, BM25+ parameters, limits. */
export const SEARCH_OPTIONS = {
  /** Snapshot/index format; bump when the stored layout or the term rules change. */
  formatVersion: 1,
  fields: ["title", "lead", "body", "people", "places", "documents"],
  boost: { title: 4, lead: 2, body: 1, people: 3, places: 2, documents: 4 },
  /** Weight of a single-syllable unit, of an adjacent-pair unit, of a document-code unit. */
  syllableWeight: 1,
  pairWeight: 2,
  documentWeight: 3,
  /** Extra weight of an accented query term's exact form, on top of its folded match. */
  accentWeight: 1,
  coverageExponent: 2,
  /** BM25+ parameters (MiniSearch's defaults). */
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  /**
   * A unit held by more bodies than max(commonMinDocs, commonFraction × documents) is
   * "common": when the query has other units it is not scored in bodies (its list is long
   * and its IDF near zero) and does not count for coverage; it still scores in the other
   * fields. Never applied to units a quoted phrase requires.
   */
  commonFraction: 0.1,
  commonMinDocs: 5000,
  /** Hits returned when the caller gives no limit. */
  defaultLimit: 200,
  /** Units (syllables + pairs + codes) considered per query; the rest are ignored. */
  maxUnits: 30,
} as const;

/** The name of a searchable field. */
export type FieldName = (typeof SEARCH_OPTIONS.fields)[number];
