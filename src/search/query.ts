import { foldText, hasDiacritics, isPairTerm, isStopword, syllables } from "../text/index.ts";
import { SEARCH_OPTIONS } from "./options.ts";
import { canonicalTerms, foldedTerms, queryDocumentTerms } from "./terms.ts";

/** A quoted phrase: the index terms it requires, and the syllables to verify in the text (null: none). */
export interface QueryPhrase {
  /** The phrase's folded syllables (the body stores no pairs); the rarest one is required. */
  readonly terms: readonly string[];
  readonly verify: { readonly syllables: readonly string[]; readonly accented: boolean } | null;
}

/** A query split into index terms, document codes, phrases and the accented forms it wrote. */
export interface ParsedQuery {
  /** Folded syllables and pairs, at most `maxTerms` with `codes`. */
  readonly terms: readonly string[];
  /** Document-code terms (looked up in the documents field only). */
  readonly codes: readonly string[];
  readonly phrases: readonly QueryPhrase[];
  /** Non-stopword syllables the query wrote with diacritics (normalized): ranked exact first. */
  readonly accented: readonly string[];
  /** Every non-stopword syllable of the query (normalized), for the text re-check. */
  readonly syllables: readonly string[];
  /** Accented syllables and pairs in `indexTerms` form, to report as matched terms. */
  readonly accentedTerms: readonly string[];
}

const QUOTED = /"([^"]*)"|“([^”]*)”/gu;

/** Splits a query into index terms (through `foldedTerms`, as the index did) and quoted phrases. */
export function parseQuery(query: string): ParsedQuery {
  const terms = new Set<string>();
  const codes = queryDocumentTerms(query).slice(0, SEARCH_OPTIONS.maxTerms);
  const addText = (text: string): string[] => {
    const found = foldedTerms(text);
    for (const term of found) if (terms.size + codes.length < SEARCH_OPTIONS.maxTerms) terms.add(term);
    return found.filter((term) => terms.has(term));
  };
  const phrases: QueryPhrase[] = [];
  const free = query.replace(QUOTED, (_m, straight: string | undefined, curly: string | undefined) => {
    const text = straight ?? curly ?? "";
    const found = addText(text);
    if (found.length > 0) {
      const words = syllables(text);
      const accented = hasDiacritics(text);
      phrases.push({
        terms: [...new Set(found.filter((term) => !isPairTerm(term)))],
        verify: words.length >= 2 || accented ? { syllables: words, accented } : null,
      });
    }
    return " | ";
  });
  addText(free);
  const accentedTerms = [...new Set(canonicalTerms(query).filter((term) => foldText(term) !== term))];
  const words = [...new Set(syllables(query).filter((word) => !isStopword(word)))];
  const accented = words.filter((word) => foldText(word) !== word);
  return { terms: [...terms], codes, phrases, accented, syllables: words, accentedTerms };
}
