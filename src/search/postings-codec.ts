import type MiniSearch from "minisearch";
import { CompactPostings } from "./compact-postings.ts";
import { internalsOf, type FieldTermData } from "./mini-internals.ts";
import type { SearchDocument } from "./options.ts";

// NOTE: in a snapshot the compact posting lists are not MiniSearch JSON (an object per list,
// a key per posting: hundreds of MB at 100k articles, seconds to parse) but one byte string:
// per posting, the gap to the previous id minus one and the frequency, as unsigned LEB128
// varints (mostly one byte each), base64 in the JSON.

/** The compact posting lists of an index, packed: per list its term, field id and length, then every posting. */
export interface PackedPostings {
  readonly terms: readonly string[];
  readonly fields: readonly number[];
  readonly sizes: readonly number[];
  /** Base64 of the varints, list after list. */
  readonly data: string;
}

interface Entry {
  readonly data: FieldTermData;
  readonly term: string;
  readonly fieldId: number;
  readonly list: CompactPostings;
}

function varintLength(value: number): number {
  let length = 1;
  while (value >= 0x80) {
    value = Math.floor(value / 0x80);
    length++;
  }
  return length;
}

function pack(entries: readonly Entry[]): PackedPostings {
  // NOTE: two passes (lengths, then bytes) so the buffer is allocated once, exactly.
  let bytes = 0;
  for (const { list } of entries) {
    const { ids, frequencies } = list.arrays();
    let previous = -1;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      bytes += varintLength(id - previous - 1) + varintLength(frequencies[i] as number);
      previous = id;
    }
  }
  const buffer = Buffer.allocUnsafe(bytes);
  let at = 0;
  const write = (value: number): void => {
    while (value >= 0x80) {
      buffer[at++] = (value & 0x7f) | 0x80;
      value = Math.floor(value / 0x80);
    }
    buffer[at++] = value;
  };
  for (const { list } of entries) {
    const { ids, frequencies } = list.arrays();
    let previous = -1;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      write(id - previous - 1);
      write(frequencies[i] as number);
      previous = id;
    }
  }
  return {
    terms: entries.map((entry) => entry.term),
    fields: entries.map((entry) => entry.fieldId),
    sizes: entries.map((entry) => entry.list.size),
    data: buffer.toString("base64"),
  };
}

/**
 * Runs `serialize` (MiniSearch's `toJSON`) with the index's compact posting lists taken out,
 * puts them back, and returns its result with the lists packed (terms left without a list
 * are then in the packed lists only; see `withoutEmptyTerms`).
 */
export function packPostings<T>(mini: MiniSearch<SearchDocument>, serialize: () => T): { readonly value: T; readonly postings: PackedPostings } {
  const entries: Entry[] = [];
  for (const [term, data] of internalsOf(mini)._index) {
    for (const [fieldId, list] of data) if (list instanceof CompactPostings) entries.push({ data, term, fieldId, list });
  }
  for (const { data, fieldId } of entries) data.delete(fieldId);
  try {
    return { value: serialize(), postings: pack(entries.filter((entry) => entry.list.size > 0)) };
  } finally {
    for (const { data, fieldId, list } of entries) data.set(fieldId, list);
  }
}

function isPacked(value: unknown): value is PackedPostings {
  const packed = value as PackedPostings;
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray(packed.terms) &&
    Array.isArray(packed.fields) &&
    Array.isArray(packed.sizes) &&
    typeof packed.data === "string" &&
    packed.fields.length === packed.terms.length &&
    packed.sizes.length === packed.terms.length
  );
}

/**
 * Puts packed posting lists into an index loaded from the rest of the snapshot, every list a
 * slice of two shared arrays; `fresh` when that index holds no term yet. Throws an Error when
 * they are malformed: an unknown field, an id past the index's, a term's lists apart, a list
 * already present, bytes missing or left over.
 */
export function unpackPostings(mini: MiniSearch<SearchDocument>, packed: unknown, fresh: boolean): void {
  if (!isPacked(packed)) throw new Error("postings: malformed");
  const internals = internalsOf(mini);
  const fieldIds = new Set(Object.values(internals._fieldIds));
  const bytes = Buffer.from(packed.data, "base64");
  const limit = internals._nextId;
  let total = 0;
  for (const size of packed.sizes) {
    if (typeof size !== "number" || !Number.isInteger(size) || size <= 0) throw new Error("postings: bad list size");
    total += size;
  }
  if (total * 2 > bytes.length) throw new Error("postings: truncated");
  const ids = new Int32Array(total);
  const frequencies = new Uint8Array(total);
  let at = 0;
  let position = 0;
  let previousTerm: string | null = null;
  const seen = new Set<string>();
  let previousData: FieldTermData | undefined;
  // NOTE: the varint reader is inlined, with a fast path for a one-byte gap and frequency
  // (this loop runs for every posting of the corpus).
  for (let index = 0; index < packed.terms.length; index++) {
    const term = packed.terms[index];
    const fieldId = packed.fields[index];
    const size = packed.sizes[index] as number;
    if (typeof term !== "string" || typeof fieldId !== "number" || !fieldIds.has(fieldId)) throw new Error("postings: bad list");
    const start = position;
    // NOTE: frequencies over a byte are set after the list exists (it widens its own copy).
    const wide: [id: number, frequency: number][] = [];
    let previous = -1;
    for (let i = 0; i < size; i++) {
      let gap = bytes[at] as number;
      let frequency = bytes[at + 1] as number;
      if (gap < 0x80 && frequency < 0x80 && at + 1 < bytes.length) {
        at += 2;
      } else {
        gap = 0;
        let scale = 1;
        let byte: number;
        do {
          if (at >= bytes.length || scale > 0x10000000) throw new Error("postings: truncated or corrupt");
          byte = bytes[at++] as number;
          gap += (byte & 0x7f) * scale;
          scale *= 0x80;
        } while (byte >= 0x80);
        frequency = 0;
        scale = 1;
        do {
          if (at >= bytes.length || scale > 0x10000000) throw new Error("postings: truncated or corrupt");
          byte = bytes[at++] as number;
          frequency += (byte & 0x7f) * scale;
          scale *= 0x80;
        } while (byte >= 0x80);
      }
      previous += gap + 1;
      if (previous >= limit) throw new Error("postings: id past the index's");
      ids[position] = previous;
      frequencies[position++] = Math.min(frequency, 0xff);
      if (frequency > 0xff) wide.push([previous, frequency]);
    }
    // NOTE: a term's lists are packed one after the other; when the rest of the snapshot
    // holds no term (`fresh`), a new term needs no lookup in the tree before its insertion.
    let data = term === previousTerm ? previousData : undefined;
    if (!data) {
      if (seen.has(term)) throw new Error("postings: a term's lists apart");
      seen.add(term);
      data = fresh ? undefined : internals._index.get(term);
    }
    if (!data) {
      data = new Map();
      internals._index.set(term, data);
    }
    previousTerm = term;
    previousData = data;
    if (data.has(fieldId)) throw new Error("postings: list given twice");
    const list = new CompactPostings(ids, frequencies, start, size);
    data.set(fieldId, list);
    for (const [id, frequency] of wide) list.set(id, frequency);
  }
  if (at !== bytes.length) throw new Error("postings: bytes left over");
}

/** MiniSearch's serialized index without the terms `packPostings` left without a list. */
export function withoutEmptyTerms<T extends { readonly index: readonly (readonly [string, object])[] }>(js: T): T {
  return { ...js, index: js.index.filter(([, data]) => Object.keys(data).length > 0) };
}
