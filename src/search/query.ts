import { isFoldedStopword, isStopword } from "../text/index.ts";
import { searchTokens } from "./search-tokens.ts";
import { queryDocumentTerms } from "./terms.ts";

/** One syllable of a query: how it was typed (normalized), folded, and whether it carries marks. */
export interface QueryToken {
  readonly normalized: string;
  readonly folded: string;
  /** Typed with marks: matches only that spelling. Without: matches any spelling. */
  readonly marked: boolean;
}

/** A distinct query term: a syllable (or document code) to look up. */
export interface QueryTerm extends QueryToken {
  /** A function word (by the stopword lists): scored, never counted for coordination. */
  readonly stopword: boolean;
  /** A document code ("24_ct_tw"): looked up in the documents field only. */
  readonly code: boolean;
}

/** A query split into terms, its syllables in order, and its quoted phrases. */
export interface ParsedQuery {
  /** Distinct terms, at most `MAX_TERMS`. */
  readonly terms: readonly QueryTerm[];
  /** Every syllable of the query in order, quotes dropped (the whole query as a phrase). */
  readonly tokens: readonly QueryToken[];
  /** Quoted phrases, each a list of syllables an article must hold adjacent and in order. */
  readonly phrases: readonly (readonly QueryToken[])[];
  /** Whether any syllable carries marks. */
  readonly marked: boolean;
}

/** Most distinct terms of a query (the rest are ignored). */
export const MAX_TERMS = 30;
const QUOTED = /"([^"]*)"|“([^”]*)”/gu;

function tokensOf(text: string): QueryToken[] {
  const { normalized, folded } = searchTokens(text);
  return normalized.map((word, at) => ({ normalized: word, folded: folded[at] as string, marked: word !== folded[at] }));
}

/** Whether a query syllable is a function word: the same answer typed with or without marks. */
function isFunctionWord(token: QueryToken): boolean {
  return isFoldedStopword(token.folded) || (token.marked && isStopword(token.normalized));
}

/** Splits a query into its terms, syllables and quoted phrases. */
export function parseQuery(query: string): ParsedQuery {
  const phrases: QueryToken[][] = [];
  const free = query.replace(QUOTED, (_m, straight: string | undefined, curly: string | undefined) => {
    const tokens = tokensOf(straight ?? curly ?? "");
    if (tokens.length > 0) phrases.push(tokens);
    return ` ${straight ?? curly ?? ""} `;
  });
  const tokens = tokensOf(free);
  const terms = new Map<string, QueryTerm>();
  for (const code of queryDocumentTerms(query)) {
    terms.set(`#${code}`, { normalized: code, folded: code, marked: false, stopword: false, code: true });
  }
  for (const token of tokens) {
    const key = token.marked ? token.normalized : token.folded;
    if (terms.size >= MAX_TERMS || terms.has(key)) continue;
    terms.set(key, { ...token, stopword: isFunctionWord(token), code: false });
  }
  return { terms: [...terms.values()], tokens, phrases, marked: tokens.some((token) => token.marked) };
}
