import type MiniSearch from "minisearch";
import { PAIR_JOINER } from "../text/index.ts";
import { CompactPostings } from "./compact-postings.ts";
import { internalsOf, type FieldTermData, type MiniSearchInternals } from "./mini-internals.ts";
import { codeTerms, FIELD_TERMS, SEARCH_OPTIONS, type SearchDocument } from "./options.ts";
import { syllableHash, type PairSignatures } from "./pair-signatures.ts";
import { syllableKey } from "./syllable-key.ts";
import { foldSyllable, visitFoldedTerms, type TermVisitor } from "./terms.ts";

// NOTE: `MiniSearch#add` walks its radix tree and grows a Map for every token (~370 an
// article), which at 100k articles is minutes and gigabytes. This adds the same postings
// (term frequencies, field lengths and averages, terms inserted in first-seen order), so
// MiniSearch scores them as if it had added them, in three steps: (1) tokenize each field
// into per-batch term slots (a syllable as written resolves to its slot through one Map
// lookup) and record one (slot and field, frequency) tuple per distinct term of the field;
// (2) count the tuples per slot and field; (3) scatter the documents' short ids into shared
// arrays, each list a `CompactPostings` slice of them. A list the index already has (a live
// update) gets its postings appended instead.

/** One distinct term of a batch: its index entry and its count in the field being read. */
interface Slot {
  readonly id: number;
  readonly term: string;
  readonly data: FieldTermData;
  stamp: number;
  frequency: number;
}

/** A syllable as written: the slot of its folded form (null for a stopword) and its hash for signatures. */
interface Written {
  readonly slot: Slot | null;
  readonly hash: number;
}

// NOTE: a tuple's key is slot id × 8 + field id (MiniSearch numbers the 6 fields 0–5).
const FIELD_BITS = 3;
// NOTE: frequencies are stored in a byte; this one marks a larger value kept aside.
const WIDE = 0xff;

class Batch {
  private readonly slots: Slot[] = [];
  private readonly byTerm = new Map<string, Slot>();
  private readonly byWritten = new Map<string, Written>();
  private keys = new Int32Array(1 << 16);
  private frequencies = new Uint8Array(1 << 16);
  private tuples = 0;
  private readonly wide = new Map<number, number>();
  private readonly documents: number[] = [];
  private readonly starts: number[] = [];
  private stamp = 0;
  private touched: Slot[] = [];
  private hashes = new Uint32Array(1024);
  private hashCount = 0;
  private signing = false;
  private readonly visitor: TermVisitor<Slot>;

  constructor(private readonly internals: MiniSearchInternals) {
    this.visitor = {
      syllable: (written) => this.syllable(written),
      pair: (first, second) => this.slot(first.term + PAIR_JOINER + second.term),
      term: (slot) => this.count(slot),
    };
  }

  /** Tokenizes a document's fields into tuples; returns its syllable hashes for the signature. */
  read(shortId: number, document: SearchDocument): { readonly hashes: Uint32Array; readonly count: number } {
    this.documents.push(shortId);
    this.starts.push(this.tuples);
    this.hashCount = 0;
    for (const field of SEARCH_OPTIONS.miniSearch.fields) {
      const fieldId = this.internals._fieldIds[field] as number;
      this.stamp++;
      this.touched = [];
      const text = document[field];
      const kind = FIELD_TERMS[field];
      this.signing = SEARCH_OPTIONS.phraseFields.includes(field);
      if (kind === "codes") for (const term of codeTerms(text)) this.count(this.slot(term));
      else visitFoldedTerms(text, kind === "terms", this.visitor);
      this.internals.addFieldLength(shortId, fieldId, this.internals._documentCount - 1, this.touched.length);
      for (const slot of this.touched) this.push((slot.id << FIELD_BITS) | fieldId, slot.frequency);
    }
    return { hashes: this.hashes, count: this.hashCount };
  }

  private syllable(written: string): Slot | null {
    let entry = this.byWritten.get(written);
    if (!entry) {
      const folded = foldSyllable(written);
      // NOTE: a stopword has no term in the index, but its pairs are in the signature.
      entry = { slot: folded === null ? null : this.slot(folded), hash: syllableHash(folded ?? syllableKey(written)) };
      this.byWritten.set(written, entry);
    }
    if (this.signing) {
      if (this.hashCount === this.hashes.length) this.hashes = grown(this.hashes, this.hashCount + 1);
      this.hashes[this.hashCount++] = entry.hash;
    }
    return entry.slot;
  }

  private slot(term: string): Slot {
    let slot = this.byTerm.get(term);
    if (!slot) {
      slot = { id: this.slots.length, term, data: this.internals._index.fetch(term, () => new Map()), stamp: 0, frequency: 0 };
      this.slots.push(slot);
      this.byTerm.set(term, slot);
    }
    return slot;
  }

  private count(slot: Slot): void {
    if (slot.stamp === this.stamp) {
      slot.frequency++;
      return;
    }
    slot.stamp = this.stamp;
    slot.frequency = 1;
    this.touched.push(slot);
  }

  private push(key: number, frequency: number): void {
    if (this.tuples === this.keys.length) {
      this.keys = grown(this.keys, this.tuples + 1);
      this.frequencies = grown(this.frequencies, this.tuples + 1);
    }
    this.keys[this.tuples] = key;
    if (frequency >= WIDE) this.wide.set(this.tuples, frequency);
    this.frequencies[this.tuples++] = Math.min(frequency, WIDE);
  }

  /** Puts the batch's postings into the index. */
  finish(): void {
    const keySpace = this.slots.length << FIELD_BITS;
    const starts = new Int32Array(keySpace + 1);
    for (let t = 0; t < this.tuples; t++) starts[(this.keys[t] as number) + 1]!++;
    for (let k = 0; k < keySpace; k++) starts[k + 1]! += starts[k] as number;
    const cursors = starts.slice(0, keySpace);
    const ids = new Int32Array(this.tuples);
    const frequencies = new Uint8Array(this.tuples);
    const wide: [number, number][] = [];
    this.starts.push(this.tuples);
    for (let d = 0; d < this.documents.length; d++) {
      const shortId = this.documents[d] as number;
      for (let t = this.starts[d] as number; t < (this.starts[d + 1] as number); t++) {
        const key = this.keys[t] as number;
        const at = cursors[key]!++;
        ids[at] = shortId;
        frequencies[at] = this.frequencies[t] as number;
        if (frequencies[at] === WIDE) wide.push([key, t]);
      }
    }
    for (let key = 0; key < keySpace; key++) {
      const start = starts[key] as number;
      const size = (starts[key + 1] as number) - start;
      if (size === 0) continue;
      const { data } = this.slots[key >>> FIELD_BITS] as Slot;
      const fieldId = key & ((1 << FIELD_BITS) - 1);
      const existing = data.get(fieldId);
      if (existing) for (let at = start; at < start + size; at++) existing.set(ids[at] as number, frequencies[at] as number);
      else data.set(fieldId, new CompactPostings(ids, frequencies, start, size));
    }
    for (const [key, tuple] of wide) {
      const { data } = this.slots[key >>> FIELD_BITS] as Slot;
      data.get(key & ((1 << FIELD_BITS) - 1))?.set(this.documentOf(tuple), this.wide.get(tuple) as number);
    }
  }

  private documentOf(tuple: number): number {
    let low = 0;
    let high = this.documents.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((this.starts[mid] as number) <= tuple) low = mid;
      else high = mid - 1;
    }
    return this.documents[low] as number;
  }
}

function grown<T extends Int32Array | Uint32Array | Uint8Array>(array: T, needed: number): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

/**
 * Adds documents to a MiniSearch index built with `SEARCH_OPTIONS.miniSearch`, as
 * `MiniSearch#add` would, every new posting list a `CompactPostings`, and records their
 * pair signatures (when the index keeps them). Throws on an id already indexed.
 */
export function addDocuments(mini: MiniSearch<SearchDocument>, signatures: PairSignatures | null, documents: Iterable<SearchDocument>): void {
  const internals = internalsOf(mini);
  const batch = new Batch(internals);
  for (const document of documents) {
    if (mini.has(document.id)) throw new Error(`MiniSearch: duplicate ID ${document.id}`);
    const shortId = internals.addDocumentId(document.id);
    internals.saveStoredFields(shortId, document);
    const { hashes, count } = batch.read(shortId, document);
    signatures?.add(shortId, hashes, count);
  }
  batch.finish();
  signatures?.flush();
}
