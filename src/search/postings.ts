// NOTE: a posting is varint(docDelta * 2 + (tf > 1 ? 1 : 0)) followed by varint(tf) when
// tf > 1; docDelta is the gap to the previous document of the list (the first counts from -1).
// Most postings are one byte. Lists are in document order.

/** One field's postings: per term id, the documents holding it with their term frequencies. */
export interface FieldPostings {
  /** Byte offset of each term's list in `bytes`; one more entry than there are terms. */
  readonly offsets: Uint32Array;
  /** Number of documents holding each term in this field. */
  readonly df: Uint32Array;
  /** Each document's field length in terms (capped at 65535). */
  readonly lengths: Uint16Array;
  readonly avgLength: number;
  readonly bytes: Uint8Array;
}

class GrowableInt32 {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

class GrowableUint16 {
  data = new Uint16Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Uint16Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value > 65535 ? 65535 : value;
  }
}

function varintLength(value: number): number {
  let n = 1;
  while (value >= 128) {
    value = Math.floor(value / 128);
    n++;
  }
  return n;
}

function writeVarint(bytes: Uint8Array, at: number, value: number): number {
  while (value >= 128) {
    bytes[at++] = (value % 128) | 128;
    value = Math.floor(value / 128);
  }
  bytes[at++] = value;
  return at;
}

/** Collects one field's (term, tf) pairs document by document, then encodes the postings. */
export class FieldPostingsBuilder {
  private readonly terms = new GrowableInt32();
  private readonly tfs = new GrowableUint16();
  private readonly docEnd: Int32Array;
  private readonly lengths: Uint16Array;
  private docs = 0;

  constructor(documentCount: number) {
    this.docEnd = new Int32Array(documentCount);
    this.lengths = new Uint16Array(documentCount);
  }

  /** Adds the next document's term ids (build-time ids, repeated once per occurrence). */
  addDocument(termIds: Int32Array): void {
    termIds.sort();
    let i = 0;
    while (i < termIds.length) {
      const term = termIds[i] as number;
      let j = i + 1;
      while (j < termIds.length && termIds[j] === term) j++;
      this.terms.push(term);
      this.tfs.push(j - i);
      i = j;
    }
    this.lengths[this.docs] = Math.min(termIds.length, 65535);
    this.docEnd[this.docs++] = this.terms.length;
  }

  /** Encodes the postings, renumbering build-time term ids through `remap`. */
  finish(remap: Int32Array, termCount: number): FieldPostings {
    const terms = this.terms.data;
    const tfs = this.tfs.data;
    const size = new Float64Array(termCount);
    const df = new Uint32Array(termCount);
    const last = new Int32Array(termCount).fill(-1);
    let start = 0;
    for (let doc = 0; doc < this.docs; doc++) {
      const end = this.docEnd[doc] as number;
      for (let k = start; k < end; k++) {
        const term = remap[terms[k] as number] as number;
        const tf = tfs[k] as number;
        const value = (doc - (last[term] as number)) * 2 + (tf > 1 ? 1 : 0);
        size[term] = (size[term] as number) + varintLength(value) + (tf > 1 ? varintLength(tf) : 0);
        last[term] = doc;
        df[term] = (df[term] as number) + 1;
      }
      start = end;
    }
    const offsets = new Uint32Array(termCount + 1);
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t] as number) + (size[t] as number);
    const bytes = new Uint8Array(offsets[termCount] as number);
    const cursor = offsets.slice(0, termCount);
    last.fill(-1);
    start = 0;
    for (let doc = 0; doc < this.docs; doc++) {
      const end = this.docEnd[doc] as number;
      for (let k = start; k < end; k++) {
        const term = remap[terms[k] as number] as number;
        const tf = tfs[k] as number;
        let at = writeVarint(bytes, cursor[term] as number, (doc - (last[term] as number)) * 2 + (tf > 1 ? 1 : 0));
        if (tf > 1) at = writeVarint(bytes, at, tf);
        cursor[term] = at;
        last[term] = doc;
      }
      start = end;
    }
    let total = 0;
    for (let doc = 0; doc < this.docs; doc++) total += this.lengths[doc] as number;
    return { offsets, df, lengths: this.lengths, avgLength: this.docs > 0 ? total / this.docs : 0, bytes };
  }
}

/**
 * Decodes one term's postings into `docs` / `tfs` (each at least `df` long) and returns how
 * many there are; stops at the first document id not below `documentCount` (corrupt data).
 */
export function decodePostings(field: FieldPostings, term: number, docs: Int32Array, tfs: Uint16Array, documentCount: number): number {
  const bytes = field.bytes;
  let p = field.offsets[term] as number;
  const end = field.offsets[term + 1] as number;
  const room = docs.length;
  let doc = -1;
  let n = 0;
  while (p < end) {
    let b = bytes[p++] as number;
    let value = b & 127;
    if (b & 128) {
      let shift = 7;
      do {
        b = bytes[p++] as number;
        value = shift < 28 ? value | ((b & 127) << shift) : value + (b & 127) * 2 ** shift;
        shift += 7;
      } while (b & 128);
    }
    let tf = 1;
    if (value % 2 === 1) {
      b = bytes[p++] as number;
      tf = b & 127;
      let shift = 7;
      while (b & 128) {
        b = bytes[p++] as number;
        tf = shift < 28 ? tf | ((b & 127) << shift) : tf + (b & 127) * 2 ** shift;
        shift += 7;
      }
    }
    doc += (value - (value % 2)) / 2;
    if (doc >= documentCount || n >= room) break;
    docs[n] = doc;
    tfs[n++] = tf > 65535 ? 65535 : tf;
  }
  return n;
}
