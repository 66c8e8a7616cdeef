import { foldText, hasDiacritics, indexTerms, isPairTerm, syllables } from "../text/index.ts";
import { SEARCH_OPTIONS } from "./options.ts";
import { queryDocumentTerms } from "./terms.ts";

/** One scoring unit of a query: a syllable, an adjacent pair or a document code. */
export interface QueryUnit {
  readonly kind: "syllable" | "pair" | "document";
  /** The folded term (a syllable or pair), or the document-code term. */
  readonly folded: string;
  /** The accented forms the query wrote (normalized); each is also scored exactly. */
  readonly accented: readonly string[];
}

/** A quoted phrase: units it requires, and the syllables to verify in the text (null: none). */
export interface QueryPhrase {
  /** Bit mask of units that must all match (folded). */
  readonly requiredMask: number;
  /** Bit mask of units whose accented form must match exactly (accented phrase). */
  readonly exactMask: number;
  readonly verify: { readonly syllables: readonly string[]; readonly accented: boolean } | null;
}

/** A query split into units (at most `maxUnits`, bit i = unit i) and phrases. */
export interface ParsedQuery {
  readonly units: readonly QueryUnit[];
  readonly phrases: readonly QueryPhrase[];
}

const QUOTED = /"([^"]*)"|“([^”]*)”/gu;

interface MutableUnit {
  kind: QueryUnit["kind"];
  folded: string;
  accented: string[];
}

/** Splits a query into units and quoted phrases; units come from `indexTerms`. */
export function parseQuery(query: string): ParsedQuery {
  const units: MutableUnit[] = [];
  const byKey = new Map<string, number>();
  const addUnit = (kind: QueryUnit["kind"], folded: string): number => {
    const key = `${kind === "document" ? "d" : "t"}:${folded}`;
    const known = byKey.get(key);
    if (known !== undefined) return known;
    if (units.length >= SEARCH_OPTIONS.maxUnits) return -1;
    units.push({ kind, folded, accented: [] });
    byKey.set(key, units.length - 1);
    return units.length - 1;
  };
  const addText = (text: string): { mask: number; exact: number; pairs: number } => {
    let mask = 0;
    let exact = 0;
    let pairs = 0;
    for (const term of indexTerms(text)) {
      const folded = foldText(term);
      const pair = isPairTerm(term);
      const index = addUnit(pair ? "pair" : "syllable", folded);
      if (index < 0) continue;
      const unit = units[index] as MutableUnit;
      const bit = 2 ** index;
      if (pair) pairs |= bit;
      mask |= bit;
      if (term !== folded) {
        exact |= bit;
        if (!unit.accented.includes(term)) unit.accented.push(term);
      }
    }
    return { mask, exact, pairs };
  };

  const phrases: QueryPhrase[] = [];
  const free = query.replace(QUOTED, (_m, straight: string | undefined, curly: string | undefined) => {
    const text = straight ?? curly ?? "";
    const words = syllables(text);
    const { mask, exact, pairs } = addText(text);
    if (mask !== 0) {
      const required = pairs !== 0 ? pairs : mask;
      const needsCheck = words.length >= 3 || (words.length === 2 && pairs === 0);
      phrases.push({
        requiredMask: required,
        exactMask: exact & required,
        verify: needsCheck ? { syllables: words, accented: hasDiacritics(text) } : null,
      });
    }
    return " | ";
  });
  addText(free);
  for (const code of queryDocumentTerms(query)) addUnit("document", code);
  return { units, phrases };
}
