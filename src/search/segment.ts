import { PairSignatures, syllableHash } from "./pair-signatures.ts";
import { memoFolded, memoGeneration, memoNormalized, scanTokens, type TokenSink } from "./search-tokens.ts";
import { documentTerm } from "./terms.ts";
import { foldText, normalizeText } from "../text/index.ts";

/** The fields of an indexed article, in posting order. */
export const FIELDS = ["title", "lead", "body", "captions", "people", "places", "documents"] as const;

/** The name of an indexed field. */
export type FieldName = (typeof FIELDS)[number];

/** The texts of one article as indexed: each field's texts (document codes as cited). */
export type IndexedTexts = { readonly id: string } & { readonly [F in FieldName]: readonly string[] };

/** Field count, and the field id of the document codes. */
export const FIELD_COUNT = FIELDS.length;
const DOCUMENTS = FIELDS.indexOf("documents");
/** Fields whose syllable pairs make an article's pair signature (a phrase is checked there). */
const SIGNED = new Set<FieldName>(["title", "lead", "body", "captions"]);
// NOTE: spellings of a folded term beyond the 15th share the last bit of a posting's mask.
const MAX_VARIANT = 15;
const MAX_LENGTH = 0xffff;

/** The folded key of an article's title and lead, two articles sharing it being one repeated; null when either is empty. */
export function duplicateKey(title: string, lead: string): string | null {
  if (!title.trim() || !lead.trim()) return null;
  return `${foldText(normalizeText(title))}\u0000${foldText(normalizeText(lead))}`;
}

/** A 32-bit hash of `duplicateKey` (never 0), or 0 when there is no key. */
export function duplicateHash(title: string, lead: string): number {
  const key = duplicateKey(title, lead);
  if (key === null) return 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash === 0 ? 1 : hash;
}

/** The prefix of a document-code term; no syllable starts with it. */
export const CODE_PREFIX = "#";

/** The mask bit of a spelling's index among its folded term's spellings. */
export function variantBit(index: number): number {
  return 1 << Math.min(index, MAX_VARIANT);
}

/**
 * An immutable block of the index over some articles (local numbers 0…n-1): per folded term and
 * field, a posting list of (article, term frequency, mask of the spellings written), in shared
 * typed arrays; per article the length of each field and a pair signature. Removal marks an
 * article deleted; its postings stay until the segment is rebuilt.
 */
export interface Segment {
  readonly ids: readonly string[];
  readonly terms: ReadonlyMap<string, number>;
  /** Per term, its spellings (normalized) from `variantStarts[t]` to `variantStarts[t + 1]`. */
  readonly variants: readonly string[];
  readonly variantStarts: Int32Array;
  /** Per spelling, the articles writing it. */
  readonly variantFrequency: Int32Array;
  /** Per term, the articles holding it in any field. */
  readonly frequency: Int32Array;
  /** CSR offsets of the posting lists, per term × FIELD_COUNT + field. */
  readonly offsets: Int32Array;
  readonly postings: Int32Array;
  readonly counts: Uint8Array;
  readonly masks: Uint16Array;
  /** Per article × FIELD_COUNT + field, the field's length in tokens (capped at 65535). */
  readonly lengths: Uint16Array;
  /** Per article, a hash of its folded title and lead (`duplicateHash`); 0 when either is empty. */
  readonly duplicates: Int32Array;
  readonly signatures: PairSignatures;
  readonly deleted: Uint8Array;
}

function grown<T extends Int32Array | Uint8Array | Uint16Array | Uint32Array>(array: T, needed: number): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, array.length * 2));
  next.set(array);
  return next;
}

// NOTE: a build reads the articles twice. The first pass numbers terms and spellings, counts
// each posting list's length and makes everything but the postings; the second reads the
// texts again and writes each (article, count, mask) straight into its place. So the postings
// are held once, never also as unsorted tuples: a build's peak is about the segment's size.
class SegmentBuilder implements TokenSink {
  readonly breaks = false;
  /** Whether the second pass (postings) is running. */
  private filling = false;
  private readonly terms = new Map<string, number>();
  private readonly termVariants: Map<string, number>[] = [];
  private stamps = new Int32Array(1024);
  private counts = new Uint32Array(1024);
  private masks = new Uint16Array(1024);
  private documentMasks = new Uint16Array(1024);
  private documentStamps = new Int32Array(1024);
  private touched = new Int32Array(1024);
  private touchedCount = 0;
  private documentTouched = new Int32Array(1024);
  private documentTouchedCount = 0;
  /** Per term, the articles holding it in any field. */
  private termFrequency = new Int32Array(1024);
  private stamp = 0;
  /** Per term × FIELD_COUNT + field, its posting count (first pass), then its next free place (second). */
  private cursors = new Int32Array(1024 * FIELD_COUNT);
  private tuples = 0;
  private postings = new Int32Array(0);
  private postingCounts = new Uint8Array(0);
  private postingMasks = new Uint16Array(0);
  private hashes = new Uint32Array(1024);
  private hashCount = 0;
  private readonly variantFrequency: number[][] = [];
  readonly ids: string[] = [];
  private lengths = new Uint16Array(1024);
  private duplicates = new Int32Array(1024);
  readonly signatures = new PairSignatures();
  // NOTE: per syllable memo entry (search-tokens.ts), its term + 1 (0: not yet looked up), the
  // mask bit of its spelling and its folded form's hash, so a syllable seen before costs no
  // string lookup; emptied when the memo is.
  private entryGeneration = -1;
  private entryTerms = new Int32Array(1024);
  private entryBits = new Uint16Array(1024);
  private entryHashes = new Uint32Array(1024);
  /** The article and field being read, and the field's length so far. */
  private local = 0;
  private signed = false;
  private length = 0;

  /** First pass over one article (the next local number). */
  add(texts: IndexedTexts): void {
    const local = this.ids.length;
    this.ids.push(texts.id);
    if ((local + 1) * FIELD_COUNT > this.lengths.length) this.lengths = grown(this.lengths, (local + 1) * FIELD_COUNT);
    if (local >= this.duplicates.length) this.duplicates = grown(this.duplicates, local + 1);
    this.duplicates[local] = duplicateHash(texts.title[0] ?? "", texts.lead[0] ?? "");
    this.hashCount = 0;
    this.documentTouchedCount = 0;
    this.local = local;
    for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) {
      const field = FIELDS[fieldId] as FieldName;
      this.stamp++;
      this.touchedCount = 0;
      this.length = 0;
      this.signed = SIGNED.has(field);
      for (const text of texts[field]) {
        if (fieldId === DOCUMENTS) {
          const code = documentTerm(text);
          if (code) this.count(CODE_PREFIX + code, CODE_PREFIX + code, local);
          this.length++;
          continue;
        }
        scanTokens(text, this);
      }
      this.lengths[local * FIELD_COUNT + fieldId] = Math.min(this.length, MAX_LENGTH);
      for (let i = 0; i < this.touchedCount; i++) this.cursors[(this.touched[i] as number) * FIELD_COUNT + fieldId]!++;
      this.tuples += this.touchedCount;
    }
    for (let i = 0; i < this.documentTouchedCount; i++) {
      const term = this.documentTouched[i] as number;
      this.termFrequency[term]!++;
      const mask = this.documentMasks[term] as number;
      const frequencies = this.variantFrequency[term] as number[];
      for (let v = 0; v <= MAX_VARIANT; v++) if (mask & (1 << v)) frequencies[v] = (frequencies[v] ?? 0) + 1;
    }
    this.signatures.add(local, this.hashes, this.hashCount);
  }

  /** Second pass over the article numbered `local` in the first: writes its postings. */
  fill(texts: IndexedTexts, local: number): void {
    this.local = local;
    for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId++) {
      this.stamp++;
      this.touchedCount = 0;
      for (const text of texts[FIELDS[fieldId] as FieldName]) {
        if (fieldId === DOCUMENTS) {
          const code = documentTerm(text);
          if (code) this.count(CODE_PREFIX + code, CODE_PREFIX + code, local);
        } else scanTokens(text, this);
      }
      for (let i = 0; i < this.touchedCount; i++) {
        const term = this.touched[i] as number;
        const at = this.cursors[term * FIELD_COUNT + fieldId]!++;
        this.postings[at] = local;
        this.postingCounts[at] = Math.min(this.counts[term] as number, 255);
        this.postingMasks[at] = this.masks[term] as number;
      }
    }
  }

  /** Counts a syllable of the field being read (`TokenSink`). */
  syllable(entry: number): void {
    const generation = memoGeneration();
    if (generation !== this.entryGeneration) {
      this.entryGeneration = generation;
      this.entryTerms.fill(0);
    }
    if (entry >= this.entryTerms.length) {
      this.entryTerms = grown(this.entryTerms, entry + 1);
      this.entryBits = grown(this.entryBits, entry + 1);
      this.entryHashes = grown(this.entryHashes, entry + 1);
    }
    let term = (this.entryTerms[entry] as number) - 1;
    if (term < 0) {
      const folded = memoFolded(entry);
      term = this.termOf(folded);
      this.entryTerms[entry] = term + 1;
      this.entryBits[entry] = this.variantBitOf(term, memoNormalized(entry));
      this.entryHashes[entry] = syllableHash(folded);
    }
    this.countTerm(term, this.entryBits[entry] as number, this.local);
    if (this.filling) return;
    this.length++;
    if (this.signed) this.hash(this.entryHashes[entry] as number);
  }

  /** Counts a number of the field being read (`TokenSink`). */
  number(digits: string): void {
    this.count(digits, digits, this.local);
    if (this.filling) return;
    this.length++;
    if (this.signed) this.hash(syllableHash(digits));
  }

  private hash(hash: number): void {
    if (this.hashCount === this.hashes.length) this.hashes = grown(this.hashes, this.hashCount + 1);
    this.hashes[this.hashCount++] = hash;
  }

  private termOf(folded: string): number {
    let term = this.terms.get(folded);
    if (term === undefined) {
      term = this.terms.size;
      this.terms.set(folded, term);
      this.termVariants.push(new Map());
      this.variantFrequency.push([]);
      if (term >= this.stamps.length) {
        this.stamps = grown(this.stamps, term + 1);
        this.counts = grown(this.counts, term + 1);
        this.masks = grown(this.masks, term + 1);
        this.documentMasks = grown(this.documentMasks, term + 1);
        this.documentStamps = grown(this.documentStamps, term + 1);
        this.termFrequency = grown(this.termFrequency, term + 1);
      }
      if ((term + 1) * FIELD_COUNT > this.cursors.length) this.cursors = grown(this.cursors, (term + 1) * FIELD_COUNT);
    }
    return term;
  }

  /** The mask bit of a spelling of a term, the spelling numbered when new. */
  private variantBitOf(term: number, normalized: string): number {
    const variants = this.termVariants[term] as Map<string, number>;
    let variant = variants.get(normalized);
    if (variant === undefined) {
      variant = variants.size;
      variants.set(normalized, variant);
    }
    return variantBit(variant);
  }

  private count(folded: string, normalized: string, local: number): void {
    const term = this.termOf(folded);
    this.countTerm(term, this.variantBitOf(term, normalized), local);
  }

  private countTerm(term: number, bit: number, local: number): void {
    if (this.stamps[term] === this.stamp) {
      this.counts[term]!++;
      this.masks[term]! |= bit;
    } else {
      this.stamps[term] = this.stamp;
      this.counts[term] = 1;
      this.masks[term] = bit;
      if (this.touchedCount === this.touched.length) this.touched = grown(this.touched, this.touchedCount + 1);
      this.touched[this.touchedCount++] = term;
    }
    if (this.filling) return;
    if (this.documentStamps[term] === local + 1) this.documentMasks[term]! |= bit;
    else {
      this.documentStamps[term] = local + 1;
      this.documentMasks[term] = bit;
      if (this.documentTouchedCount === this.documentTouched.length) this.documentTouched = grown(this.documentTouched, this.documentTouchedCount + 1);
      this.documentTouched[this.documentTouchedCount++] = term;
    }
  }

  /** Places the postings (after the first pass): each list's start, and the arrays the second pass fills. */
  startFilling(): Int32Array {
    this.signatures.flush();
    const keySpace = this.terms.size * FIELD_COUNT;
    const offsets = new Int32Array(keySpace + 1);
    for (let k = 0; k < keySpace; k++) offsets[k + 1] = (offsets[k] as number) + (this.cursors[k] as number);
    this.cursors = offsets.slice(0, keySpace);
    this.postings = new Int32Array(this.tuples);
    this.postingCounts = new Uint8Array(this.tuples);
    this.postingMasks = new Uint16Array(this.tuples);
    this.filling = true;
    return offsets;
  }

  finish(offsets: Int32Array): Segment {
    const termCount = this.terms.size;
    const frequency = this.termFrequency.slice(0, termCount);
    const variants: string[] = [];
    const variantStarts = new Int32Array(termCount + 1);
    const variantFrequency: number[] = [];
    this.termVariants.forEach((spellings, term) => {
      const frequencies = this.variantFrequency[term] as number[];
      for (const [spelling, index] of spellings) {
        variants.push(spelling);
        variantFrequency.push(index <= MAX_VARIANT ? (frequencies[index] ?? 0) : (frequencies[MAX_VARIANT] ?? 0));
      }
      variantStarts[term + 1] = variants.length;
    });
    this.signatures.flush();
    return {
      ids: this.ids,
      terms: this.terms,
      variants,
      variantStarts,
      variantFrequency: Int32Array.from(variantFrequency),
      frequency,
      offsets,
      postings: this.postings,
      counts: this.postingCounts,
      masks: this.postingMasks,
      lengths: this.lengths.slice(0, this.ids.length * FIELD_COUNT),
      duplicates: this.duplicates.slice(0, this.ids.length),
      signatures: this.signatures,
      deleted: new Uint8Array(this.ids.length),
    };
  }
}

/**
 * A segment build fed one article at a time: its first pass reads each article as it is
 * added (local numbers in order), `finish` reads the same articles' texts again for the postings.
 */
export interface SegmentBuild {
  /** The ids of the articles added so far, by local number. */
  readonly ids: readonly string[];
  /** Runs the first pass over the next article. */
  add(texts: IndexedTexts): void;
  /**
   * Runs the second pass over the texts of the articles added, in the same order, and returns
   * the segment; throws an Error when an id differs from the one added at its place or the
   * count differs. NOTE: the build is spent once finished.
   */
  finish(documents: Iterable<IndexedTexts>): Segment;
}

/** Creates a segment build (see `SegmentBuild`); `buildSegment` runs one over a whole list. */
export function createSegmentBuild(): SegmentBuild {
  let builder: SegmentBuilder | null = new SegmentBuilder();
  const ids = builder.ids;
  const open = (): SegmentBuilder => {
    if (!builder) throw new Error("segment: the build is finished");
    return builder;
  };
  return {
    ids,
    add: (texts) => open().add(texts),
    finish(documents) {
      const spent = open();
      builder = null;
      const offsets = spent.startFilling();
      let local = 0;
      for (const document of documents) {
        if (document.id !== ids[local]) throw new Error(`segment: article ${local} is ${document.id}, ${ids[local] ?? "none"} was added there`);
        spent.fill(document, local++);
      }
      if (local !== ids.length) throw new Error(`segment: ${local} articles filled, ${ids.length} added`);
      return spent.finish(offsets);
    },
  };
}

/**
 * Builds a segment over articles' indexed texts (ids unique), in the order given. The texts
 * are read twice: an iterable giving a new iterator each time (an array) is iterated twice;
 * a one-shot one (a generator) is kept as read.
 */
export function buildSegment(documents: Iterable<IndexedTexts>): Segment {
  const build = createSegmentBuild();
  const first = documents[Symbol.iterator]();
  const kept: IndexedTexts[] | null = (first as unknown) === documents ? [] : null;
  for (let next = first.next(); !next.done; next = first.next()) {
    build.add(next.value);
    kept?.push(next.value);
  }
  return build.finish(kept ?? documents);
}

/** The spelling index of a normalized spelling of a term in a segment, or -1. */
export function variantIndex(segment: Segment, term: number, spelling: string): number {
  const start = segment.variantStarts[term] as number;
  const end = segment.variantStarts[term + 1] as number;
  for (let at = start; at < end; at++) if (segment.variants[at] === spelling) return at - start;
  return -1;
}
