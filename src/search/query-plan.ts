import type { Query } from "minisearch";
import { isPairTerm } from "../text/index.ts";
import { SEARCH_OPTIONS, type FieldName } from "./options.ts";
import type { ParsedQuery } from "./query.ts";

/** How many documents hold a term in a field (its posting list's length). */
export type FieldFrequency = (term: string, field: FieldName) => number;

interface PostingList {
  readonly term: string;
  readonly field: FieldName;
  readonly length: number;
}

/** What to ask MiniSearch: the query tree, and the terms every hit must have matched. */
export interface QueryPlan {
  readonly query: Query;
  /** Per quoted phrase, its rarest syllable (the text check verifies the rest). */
  readonly required: readonly string[];
}

function totalFrequency(term: string, frequency: FieldFrequency): number {
  let total = 0;
  for (const field of SEARCH_OPTIONS.textFields) total += frequency(term, field);
  return total;
}

/**
 * The MiniSearch query for a parsed query: an OR of one leaf per term, each restricted to the
 * fields whose posting lists are read (pairs: not the body). The rarest syllable of each
 * quoted phrase is read in every field and required; the other lists are read rarest first
 * while the total stays within `postingBudget` (the rarest one anyway when nothing else is).
 * Null when no term has a posting.
 */
export function planQuery(parsed: ParsedQuery, frequency: FieldFrequency): QueryPlan | null {
  const required = new Set<string>();
  for (const phrase of parsed.phrases) {
    const rarest = phrase.terms
      .map((term) => ({ term, total: totalFrequency(term, frequency) }))
      .sort((a, b) => a.total - b.total || (a.term < b.term ? -1 : 1))[0];
    if (rarest) required.add(rarest.term);
  }
  const chosen = new Map<string, FieldName[]>();
  const choose = (list: PostingList): void => {
    const fields = chosen.get(list.term);
    if (fields) fields.push(list.field);
    else chosen.set(list.term, [list.field]);
  };
  let spent = 0;
  const optional: PostingList[] = [];
  for (const term of parsed.terms) {
    for (const field of isPairTerm(term) ? SEARCH_OPTIONS.pairFields : SEARCH_OPTIONS.textFields) {
      const length = frequency(term, field);
      if (length === 0) continue;
      if (required.has(term)) {
        choose({ term, field, length });
        spent += length;
      } else {
        optional.push({ term, field, length });
      }
    }
  }
  optional.sort((a, b) => a.length - b.length || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  for (const list of optional) {
    if (spent + list.length > SEARCH_OPTIONS.postingBudget && spent > 0) break;
    choose(list);
    spent += list.length;
  }
  const queries: Query[] = [...chosen].map(([term, fields]) => ({ queries: [term], fields }));
  for (const code of parsed.codes) if (frequency(code, "documents") > 0) queries.push({ queries: [code], fields: ["documents"] });
  return queries.length > 0 ? { query: { combineWith: "OR", queries }, required: [...required] } : null;
}
