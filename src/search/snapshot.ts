import { createHash } from "node:crypto";
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import type { Article } from "../model/article.ts";
import { DiemtinError } from "../util/errors.ts";
import { writeAtomically } from "../util/write-atomically.ts";
import { PairSignatures } from "./pair-signatures.ts";
import { createSegmentedIndex, type SearchIndex } from "./search-index.ts";
import { FIELD_COUNT, type Segment } from "./segment.ts";

// NOTE: a snapshot file is a header line `diemtin-search <FORMAT> <corpusKey>`, a line of JSON
// (per segment: ids, terms, spellings, and where each typed array, signatures included, lies in the
// binary part, and each article's content key when the saver gave them) padded with spaces so
// the binary part starts at a multiple of 8, and the typed arrays' bytes, each at a multiple of
// 8: the arrays are views of the file's bytes, not copies. The header is read first so a stale
// snapshot is rejected without reading the rest.
const MAGIC = "diemtin-search";
/** Snapshot format; bump when the index's terms, fields or layout change. */
export const SNAPSHOT_FORMAT = 7;

/** The bytes every snapshot file of this format starts with. */
export const SNAPSHOT_PREFIX = `${MAGIC} ${SNAPSHOT_FORMAT} `;

const ARRAYS = ["variantStarts", "variantFrequency", "frequency", "offsets", "postings", "counts", "masks", "lengths", "duplicates", "signatureGroups", "signatureWords"] as const;
type ArrayName = (typeof ARRAYS)[number];
const TYPES = {
  variantStarts: Int32Array,
  variantFrequency: Int32Array,
  frequency: Int32Array,
  offsets: Int32Array,
  postings: Int32Array,
  counts: Uint8Array,
  masks: Uint16Array,
  lengths: Uint16Array,
  duplicates: Int32Array,
  signatureGroups: Int32Array,
  signatureWords: Uint32Array,
} as const;

/** A segment's typed arrays by their snapshot names (the signatures' two included). */
function arraysOf(segment: Segment): Record<ArrayName, Int32Array | Uint32Array | Uint16Array | Uint8Array> {
  const { groups, words } = segment.signatures.arrays();
  return { ...segment, signatureGroups: groups, signatureWords: words };
}

interface SegmentMeta {
  readonly ids: string[];
  readonly terms: string[];
  readonly variants: string[];
  readonly arrays: Record<ArrayName, [offset: number, length: number]>;
  /** Per article (as `ids`), its content key; absent when the saver gave none. */
  readonly contents?: string[];
}

/** Per article id, the key of its indexed content (`articleContentKey` or the caller's own). */
export type ContentOf = (article: Article) => string;

/**
 * The key of one article's indexed content: sha1 over its date, title, lead, paragraphs,
 * captions, people, provinces and documents.
 */
export function articleContentKey(article: Article): string {
  return createHash("sha1")
    .update(
      [
        article.date ?? "",
        article.title,
        article.lead,
        article.paragraphs.join("\u0002"),
        (article.captions ?? []).join("\u0002"),
        article.people.map((person) => person.name).join("\u0002"),
        article.provinces.primary.join("\u0002"),
        article.provinces.mentioned.join("\u0002"),
        article.documents.join("\u0002"),
      ].join("\u0000"),
    )
    .digest("hex");
}

/**
 * The identity of a corpus for the index from each article's id and content key (any string
 * that changes when what the index reads of it changes), in the articles' order, with the
 * snapshot format.
 */
export function corpusKeyOf(entries: readonly (readonly [id: string, content: string])[]): string {
  const hash = createHash("sha256");
  hash.update(`${MAGIC}\u0000${SNAPSHOT_FORMAT}\u0000${entries.length}`);
  for (const [id, content] of entries) hash.update(`\u0001${id}\u0000${content}`);
  return hash.digest("hex");
}

/** The identity of a corpus for the index: `corpusKeyOf` over every article's `articleContentKey`. */
export function corpusKey(articles: readonly Article[]): string {
  return corpusKeyOf(articles.map((article) => [article.id, articleContentKey(article)] as const));
}

const padded = (bytes: number): number => Math.ceil(bytes / 8) * 8;

/** The snapshot of an index as chunks of bytes, in file order (see the NOTE above). */
function snapshotChunks(index: SearchIndex, key: string, contentOf?: (id: string) => string): Uint8Array[] {
  const segments = index.segments();
  const chunks: Uint8Array[] = [];
  let at = 0;
  const metas: SegmentMeta[] = segments.map((segment) => {
    const arrays = {} as Record<ArrayName, [number, number]>;
    const typed = arraysOf(segment);
    for (const name of ARRAYS) {
      const array = typed[name];
      arrays[name] = [at, array.length];
      const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
      chunks.push(bytes, new Uint8Array(padded(bytes.length) - bytes.length));
      at += padded(bytes.length);
    }
    const meta = { ids: [...segment.ids], terms: [...segment.terms.keys()], variants: [...segment.variants], arrays };
    return contentOf ? { ...meta, contents: segment.ids.map(contentOf) } : meta;
  });
  const head = Buffer.from(`${MAGIC} ${SNAPSHOT_FORMAT} ${key}\n${JSON.stringify({ segments: metas })}`);
  return [head, Buffer.from(`${" ".repeat(padded(head.length + 1) - head.length - 1)}\n`), ...chunks];
}

/** The snapshot of an index in one buffer (what `saveSnapshot` writes). */
export function snapshotBytes(index: SearchIndex, key: string): Buffer {
  return Buffer.concat(snapshotChunks(index, key));
}

/**
 * Writes the index to `path` atomically (temporary file, then rename), creating the folder;
 * with `contentOf` (an article id's content key), a later start can reuse it for a changed corpus.
 */
export function saveSnapshot(path: string, index: SearchIndex, key: string, contentOf?: (id: string) => string): void {
  writeAtomically(path, snapshotChunks(index, key, contentOf));
}

function readHeader(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(256);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, read).toString("utf8");
    const newline = text.indexOf("\n");
    return newline < 0 ? "" : text.slice(0, newline);
  } finally {
    closeSync(fd);
  }
}

/**
 * Whether each posting list (ascending, as built) starts and ends within the segment's
 * articles (0…n-1). NOTE: only the ends are read, not 40M postings at 100k articles: a corrupt
 * posting inside a list names no article scoring keeps (it only reads articles it has seen
 * eligible, and an article out of range is never eligible).
 */
function isWithin(offsets: Int32Array, postings: Int32Array, n: number): boolean {
  for (let list = 0; list + 1 < offsets.length; list++) {
    const start = offsets[list] as number;
    const end = offsets[list + 1] as number;
    if (start > end || start < 0 || end > postings.length) return false;
    if (start < end && ((postings[start] as number) < 0 || (postings[end - 1] as number) >= n)) return false;
  }
  return true;
}

function restore(meta: SegmentMeta, blob: ArrayBuffer, base: number, size: number): Segment {
  const arrays = {} as { -readonly [N in ArrayName]: InstanceType<(typeof TYPES)[N]> };
  for (const name of ARRAYS) {
    const [offset, length] = meta.arrays[name];
    const Type = TYPES[name];
    if (offset < 0 || offset % 8 !== 0 || offset + length * Type.BYTES_PER_ELEMENT > size) throw new Error(`snapshot: ${name} out of range`);
    (arrays as Record<string, unknown>)[name] = new Type(blob, base + offset, length);
  }
  const n = meta.ids.length;
  const terms = meta.terms.length;
  if (arrays.lengths.length !== n * FIELD_COUNT || arrays.duplicates.length !== n || arrays.offsets.length !== terms * FIELD_COUNT + 1 || arrays.variantStarts.length !== terms + 1) {
    throw new Error("snapshot: sizes disagree");
  }
  if (arrays.offsets[terms * FIELD_COUNT] !== arrays.postings.length || arrays.counts.length !== arrays.postings.length || arrays.masks.length !== arrays.postings.length) {
    throw new Error("snapshot: postings truncated");
  }
  if (meta.contents !== undefined && (!Array.isArray(meta.contents) || meta.contents.length !== n)) throw new Error("snapshot: contents disagree");
  if (!isWithin(arrays.offsets, arrays.postings, n)) throw new Error("snapshot: posting out of range");
  const { signatureGroups, signatureWords, ...segment } = arrays;
  return {
    ...segment,
    ids: meta.ids,
    terms: new Map(meta.terms.map((term, id) => [term, id])),
    variants: meta.variants,
    signatures: PairSignatures.fromArrays(signatureGroups, signatureWords),
    deleted: new Uint8Array(n),
  };
}

/** The segments of a snapshot file's bytes, with their articles' content keys; throws SNAPSHOT_INVALID when corrupt. */
function parseSnapshot(bytes: Uint8Array): { segments: Segment[]; contents: (string[] | undefined)[] } {
  try {
    const headerEnd = bytes.indexOf(10);
    const jsonEnd = bytes.indexOf(10, headerEnd + 1);
    if (headerEnd < 0 || jsonEnd < 0) throw new Error("snapshot: truncated");
    const meta = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + headerEnd + 1, jsonEnd - headerEnd - 1).toString("utf8")) as { segments: SegmentMeta[] };
    let blob = bytes.buffer as ArrayBuffer;
    let base = bytes.byteOffset + jsonEnd + 1;
    const size = bytes.length - jsonEnd - 1;
    if (base % 8 !== 0) {
      // NOTE: a buffer at an unaligned offset (a pooled one) is copied once so the arrays can view it.
      blob = new ArrayBuffer(size);
      new Uint8Array(blob).set(bytes.subarray(jsonEnd + 1));
      base = 0;
    }
    return { segments: meta.segments.map((segment) => restore(segment, blob, base, size)), contents: meta.segments.map((segment) => segment.contents) };
  } catch (error) {
    throw new DiemtinError("SNAPSHOT_INVALID", "search index: snapshot is corrupt", { cause: error });
  }
}

/**
 * Restores an index from a snapshot file's bytes over the same articles (any order). Throws
 * SNAPSHOT_INVALID when it is corrupt or not about exactly these article ids.
 */
export function readSnapshot(bytes: Uint8Array, articles: readonly Article[]): SearchIndex {
  const { segments } = parseSnapshot(bytes);
  const ids = new Set(articles.map((article) => article.id));
  const indexed = segments.flatMap((segment) => segment.ids);
  if (indexed.length !== articles.length || ids.size !== articles.length || indexed.some((id) => !ids.has(id))) {
    throw new DiemtinError("SNAPSHOT_INVALID", `search index: holds ${indexed.length} articles, the corpus ${articles.length}`);
  }
  return createSegmentedIndex(segments, articles);
}

/** Reads a snapshot file's bytes (`readFileSync`, or bytes read ahead on another thread). */
export type SnapshotReader = (path: string) => Uint8Array;

/** The first line of a snapshot's bytes (its header). */
function headerOf(bytes: Uint8Array): string {
  const newline = bytes.indexOf(10);
  return newline < 0 ? "" : Buffer.from(bytes.buffer, bytes.byteOffset, newline).toString("utf8");
}

/**
 * Loads a snapshot for these articles; null when it is missing, corrupt, stale or of another
 * format. `read` gives the file's bytes, whose header is checked again (the file may have
 * been replaced since its header was read).
 */
export function loadSnapshot(path: string, articles: readonly Article[], key: string, read: SnapshotReader = readFileSync): SearchIndex | null {
  try {
    const header = `${MAGIC} ${SNAPSHOT_FORMAT} ${key}`;
    if (readHeader(path) !== header) return null;
    const bytes = read(path);
    if (headerOf(bytes) !== header) return null;
    return readSnapshot(bytes, articles);
  } catch {
    return null;
  }
}

/**
 * Loads a snapshot of another version of the corpus and brings it up to date: articles gone
 * or whose content key changed are removed, articles it lacks are added (one new segment).
 * `changed` counts the articles added or replaced and those removed. Null when the snapshot
 * is missing, corrupt, of another format or saved without content keys, or when more than
 * `maxChanged` articles changed (before any is indexed). `read` as in `loadSnapshot`.
 */
export function loadStaleSnapshot(
  path: string,
  articles: readonly Article[],
  contentOf: ContentOf,
  read: SnapshotReader = readFileSync,
  maxChanged = Infinity,
): { index: SearchIndex; changed: number } | null {
  let parsed: ReturnType<typeof parseSnapshot>;
  try {
    if (!readHeader(path).startsWith(SNAPSHOT_PREFIX)) return null;
    const bytes = read(path);
    if (!headerOf(bytes).startsWith(SNAPSHOT_PREFIX)) return null;
    parsed = parseSnapshot(bytes);
  } catch {
    return null;
  }
  const byId = new Map(articles.map((article) => [article.id, article]));
  const kept = new Set<string>();
  let changed = 0;
  for (const [at, segment] of parsed.segments.entries()) {
    const contents = parsed.contents[at];
    if (!contents) return null;
    segment.ids.forEach((id, local) => {
      const article = byId.get(id);
      if (article && !kept.has(id) && contents[local] === contentOf(article)) kept.add(id);
      else {
        segment.deleted[local] = 1;
        if (!article) changed++;
      }
    });
  }
  const added = articles.filter((article) => !kept.has(article.id));
  if (changed + added.length > maxChanged) return null;
  const index = createSegmentedIndex(parsed.segments, articles);
  index.add(added);
  return { index, changed: changed + added.length };
}
