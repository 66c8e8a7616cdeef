import type MiniSearch from "minisearch";
import type { SearchDocument } from "./options.ts";

// NOTE: the (protected) MiniSearch 7.2 members this module reads and writes, in one place. The
// query planner needs a posting list's length before searching (MiniSearch has no public
// accessor); the bulk build (add-documents.ts) and the snapshot (postings-codec.ts) put long
// posting lists in `CompactPostings`, which MiniSearch then uses through the Map methods its
// own code calls on them: get, set, delete, size and iteration (termResults, addTerm,
// removeTerm, vacuuming, toJSON). Check these on a MiniSearch upgrade; tests cover them.

/** A term's posting lists by field id (MiniSearch's `FieldTermData`). */
export type FieldTermData = Map<number, Map<number, number>>;

/** The term → posting lists tree of MiniSearch (its `SearchableMap`), as used here. */
export interface TermIndex extends Iterable<[string, FieldTermData]> {
  get(term: string): FieldTermData | undefined;
  set(term: string, data: FieldTermData): unknown;
  fetch(term: string, initial: () => FieldTermData): FieldTermData;
}

/** The MiniSearch members used by this module. */
export interface MiniSearchInternals {
  readonly _index: TermIndex;
  readonly _fieldIds: Record<string, number>;
  /** Short id → document id. */
  readonly _documentIds: ReadonlyMap<number, string>;
  /** Document id → short id. */
  readonly _idToShortId: ReadonlyMap<string, number>;
  readonly _documentCount: number;
  readonly _nextId: number;
  addDocumentId(id: string): number;
  addFieldLength(shortId: number, fieldId: number, count: number, length: number): void;
  saveStoredFields(shortId: number, document: SearchDocument): void;
}

/** The internals of a MiniSearch index (see the NOTE above). */
export function internalsOf(mini: MiniSearch<SearchDocument>): MiniSearchInternals {
  return mini as unknown as MiniSearchInternals;
}
