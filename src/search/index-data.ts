import { DiemtinError } from "../util/errors.ts";
import { SEARCH_OPTIONS } from "./options.ts";
import type { FieldPostings } from "./postings.ts";

/** Everything an index stores: documents, the term dictionary grouped by folded form, postings. */
export interface IndexData {
  /** Article ids in document order. */
  readonly ids: readonly string[];
  /** Terms by id, grouped so that all terms with the same folded form are consecutive. */
  readonly terms: readonly string[];
  /** The folded form of each group. */
  readonly folds: readonly string[];
  /** First term id of each group; one more entry than there are groups. */
  readonly foldStart: Uint32Array;
  /** Postings per field, in `SEARCH_OPTIONS.fields` order. */
  readonly fields: readonly FieldPostings[];
}

// NOTE: typed arrays are stored as base64 of their bytes, little-endian (the byte order of
// every platform Node supports).
function toBase64(array: Uint8Array | Uint16Array | Uint32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");
}

function fromBase64<T extends Uint8Array | Uint16Array | Uint32Array>(
  value: unknown,
  make: (buffer: ArrayBuffer) => T,
  width: number,
  what: string,
): T {
  if (typeof value !== "string") throw invalid(`${what} is missing`);
  const bytes = Buffer.from(value, "base64");
  if (bytes.byteLength % width !== 0) throw invalid(`${what} has a bad length`);
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return make(copy);
}

function invalid(what: string): DiemtinError {
  return new DiemtinError("SNAPSHOT_INVALID", `search index: ${what}`);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

/** Serializes index data to a JSON string. */
export function indexDataToJSON(data: IndexData): string {
  return JSON.stringify({
    formatVersion: SEARCH_OPTIONS.formatVersion,
    ids: data.ids,
    terms: data.terms,
    folds: data.folds,
    foldStart: toBase64(data.foldStart),
    fields: data.fields.map((field) => ({
      offsets: toBase64(field.offsets),
      df: toBase64(field.df),
      lengths: toBase64(field.lengths),
      avgLength: field.avgLength,
      bytes: toBase64(field.bytes),
    })),
  });
}

/** Parses and checks serialized index data; throws SNAPSHOT_INVALID when it does not fit. */
export function indexDataFromJSON(json: string): IndexData {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json) as Record<string, unknown>;
  } catch (error) {
    throw new DiemtinError("SNAPSHOT_INVALID", "search index: not valid JSON", { cause: error });
  }
  if (raw === null || typeof raw !== "object") throw invalid("not an object");
  if (raw.formatVersion !== SEARCH_OPTIONS.formatVersion) throw invalid(`format ${String(raw.formatVersion)} is not ${SEARCH_OPTIONS.formatVersion}`);
  const { ids, terms, folds } = raw;
  if (!isStringArray(ids) || !isStringArray(terms) || !isStringArray(folds)) throw invalid("ids, terms or folds are not string lists");
  const foldStart = fromBase64(raw.foldStart, (b) => new Uint32Array(b), 4, "foldStart");
  if (foldStart.length !== folds.length + 1 || foldStart[folds.length] !== terms.length) throw invalid("foldStart does not fit the terms");
  for (let g = 0; g < folds.length; g++) if ((foldStart[g] as number) > (foldStart[g + 1] as number)) throw invalid("foldStart is not ordered");
  const rawFields = raw.fields;
  if (!Array.isArray(rawFields) || rawFields.length !== SEARCH_OPTIONS.fields.length) throw invalid("fields do not fit the options");
  const fields = rawFields.map((item: unknown, i): FieldPostings => {
    const field = (item ?? {}) as Record<string, unknown>;
    const name = SEARCH_OPTIONS.fields[i] as string;
    const offsets = fromBase64(field.offsets, (b) => new Uint32Array(b), 4, `${name}.offsets`);
    const df = fromBase64(field.df, (b) => new Uint32Array(b), 4, `${name}.df`);
    const lengths = fromBase64(field.lengths, (b) => new Uint16Array(b), 2, `${name}.lengths`);
    const bytes = fromBase64(field.bytes, (b) => new Uint8Array(b), 1, `${name}.bytes`);
    const avgLength = field.avgLength;
    if (typeof avgLength !== "number" || !Number.isFinite(avgLength)) throw invalid(`${name}.avgLength is not a number`);
    if (offsets.length !== terms.length + 1 || df.length !== terms.length || lengths.length !== ids.length) throw invalid(`${name} does not fit the terms or documents`);
    if (offsets[terms.length] !== bytes.length) throw invalid(`${name}.bytes does not fit the offsets`);
    for (let t = 0; t < terms.length; t++) {
      if ((offsets[t] as number) > (offsets[t + 1] as number) || (df[t] as number) > ids.length) throw invalid(`${name} postings are out of range`);
    }
    return { offsets, df, lengths, avgLength, bytes };
  });
  return { ids, terms, folds, foldStart, fields };
}
