import type { ArticleFileStamp } from "../store/index.ts";
import type { ArticleMeta } from "./stored-article.ts";

/** A stored corpus file's record as a start reads it: stamp, identity, record format and meta. */
export interface SummaryEntry extends ArticleFileStamp {
  readonly id: string;
  readonly file: string;
  readonly format: string;
  readonly meta: ArticleMeta;
}

/** The summary's layout; bump when what it holds or how changes. */
const SUMMARY_LAYOUT = 1;

// NOTE: the summary is every record in columns, so a start reads 100k records in one file read
// and a few string slices instead of a row and a JSON text each: a header (its length, then
// JSON: count, the shared strings, where each column lies, the metas' rare fields), then the
// columns, each at a multiple of 8. Long strings of a column are one text, each record's a
// slice of it; strings many records share (formats, dates, sources, provinces) are stored
// once and referred to by number.

const TEXTS = ["path", "id", "file", "contentHash", "title", "lead", "url"] as const;
type TextName = (typeof TEXTS)[number];
const SHARED = ["format", "date", "source", "author"] as const;
type SharedName = (typeof SHARED)[number];

interface Header {
  readonly layout: number;
  readonly count: number;
  readonly strings: string[];
  /** Per text column: latin1 or utf16le, its byte offset and length. */
  readonly texts: Record<TextName, [encoding: "latin1" | "utf16le", offset: number, bytes: number]>;
  /** Per typed column: byte offset and element count. */
  readonly arrays: Record<string, [offset: number, length: number]>;
  /** Per record with people, documents or figures: its number and those fields. */
  readonly extras: [at: number, fields: Record<string, unknown>][];
}

// NOTE: every field of a meta is written; one added to the article without being added here
// fails to compile rather than being dropped.
type Written = "title" | "hasHeadline" | "date" | "source" | "author" | "url" | "lead" | "provinces" | "people" | "documents" | "figures";
const EVERY_FIELD_WRITTEN: Exclude<keyof ArticleMeta, Written> extends never ? true : never = true;
void EVERY_FIELD_WRITTEN;

const EMPTY: readonly never[] = Object.freeze([]);
// NOTE: the flags column's bits; a null url is told apart from an empty one by its bit.
const HEADLINE = 1;
const NO_URL = 2;
const padded = (bytes: number): number => Math.ceil(bytes / 8) * 8;
const isLatin1 = (text: string): boolean => !/[^\u0000-\u00ff]/.test(text);

/** Encodes records (in the order a start wants them back) as chunks of bytes, to be written one after the other. */
export function encodeRecordSummary(entries: readonly SummaryEntry[]): Uint8Array[] {
  const n = entries.length;
  const strings: string[] = [];
  const numbers = new Map<string, number>();
  const shared = (value: string | null): number => {
    if (value === null) return -1;
    let at = numbers.get(value);
    if (at === undefined) {
      at = strings.length;
      strings.push(value);
      numbers.set(value, at);
    }
    return at;
  };
  const textColumns = Object.fromEntries(TEXTS.map((name) => [name, [] as string[]])) as Record<TextName, string[]>;
  const ends = Object.fromEntries(TEXTS.map((name) => [name, new Int32Array(n)])) as Record<TextName, Int32Array>;
  const sharedColumns = Object.fromEntries(SHARED.map((name) => [name, new Int32Array(n)])) as Record<SharedName, Int32Array>;
  const size = new Float64Array(n);
  const mtimeMs = new Float64Array(n);
  const flags = new Uint8Array(n);
  const primaryEnds = new Int32Array(n);
  const mentionedEnds = new Int32Array(n);
  const primary: number[] = [];
  const mentioned: number[] = [];
  const extras: Header["extras"] = [];
  const lengths = Object.fromEntries(TEXTS.map((name) => [name, 0])) as Record<TextName, number>;
  entries.forEach((entry, at) => {
    const { title, hasHeadline, date, source, author, url, lead, provinces, people, documents, figures } = entry.meta;
    const texts: Record<TextName, string | null> = { path: entry.path, id: entry.id, file: entry.file, contentHash: entry.contentHash, title, lead, url };
    for (const name of TEXTS) {
      const text = texts[name];
      if (text !== null) {
        textColumns[name].push(text);
        lengths[name] += text.length;
      }
      (ends[name] as Int32Array)[at] = lengths[name];
    }
    sharedColumns.format[at] = shared(entry.format);
    sharedColumns.date[at] = shared(date);
    sharedColumns.source[at] = shared(source);
    sharedColumns.author[at] = shared(author);
    size[at] = entry.size;
    mtimeMs[at] = entry.mtimeMs;
    flags[at] = (hasHeadline ? HEADLINE : 0) | (url === null ? NO_URL : 0);
    for (const id of provinces.primary) primary.push(shared(id));
    for (const id of provinces.mentioned) mentioned.push(shared(id));
    primaryEnds[at] = primary.length;
    mentionedEnds[at] = mentioned.length;
    if (people.length > 0 || documents.length > 0 || figures.length > 0) {
      const fields: Record<string, unknown> = {};
      if (people.length > 0) fields.people = people;
      if (documents.length > 0) fields.documents = documents;
      if (figures.length > 0) fields.figures = figures;
      extras.push([at, fields]);
    }
  });
  const chunks: Uint8Array[] = [];
  let offset = 0;
  const place = (bytes: Uint8Array): number => {
    const at = offset;
    chunks.push(bytes, new Uint8Array(padded(bytes.length) - bytes.length));
    offset += padded(bytes.length);
    return at;
  };
  const texts = {} as Record<TextName, [encoding: "latin1" | "utf16le", offset: number, bytes: number]>;
  for (const name of TEXTS) {
    const joined = textColumns[name].join("");
    const encoding = isLatin1(joined) ? "latin1" : "utf16le";
    const bytes = Buffer.from(joined, encoding);
    texts[name] = [encoding, place(bytes), bytes.length];
  }
  const typed: Record<string, Int32Array | Float64Array | Uint8Array> = {
    ...Object.fromEntries(TEXTS.map((name) => [`${name}Ends`, ends[name]])),
    ...sharedColumns,
    size,
    mtimeMs,
    flags,
    primaryEnds,
    mentionedEnds,
    primary: Int32Array.from(primary),
    mentioned: Int32Array.from(mentioned),
  };
  const arrays: Header["arrays"] = {};
  for (const [name, array] of Object.entries(typed)) arrays[name] = [place(new Uint8Array(array.buffer, array.byteOffset, array.byteLength)), array.length];
  const header: Header = { layout: SUMMARY_LAYOUT, count: n, strings, texts, arrays, extras };
  const json = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(padded(4 + json.length));
  prefix.writeUInt32LE(json.length, 0);
  json.copy(prefix, 4);
  return [prefix, ...chunks];
}

const ARRAY_TYPES = {
  Int32Array,
  Float64Array,
  Uint8Array,
} as const;

function column<T extends keyof typeof ARRAY_TYPES>(header: Header, blob: ArrayBuffer, base: number, size: number, name: string, Type: T, length: number): InstanceType<(typeof ARRAY_TYPES)[T]> {
  const place = header.arrays[name];
  const Array = ARRAY_TYPES[Type];
  if (!place) throw new Error(`record summary: no ${name}`);
  const [offset, count] = place;
  if (count !== length || offset < 0 || offset % 8 !== 0 || offset + count * Array.BYTES_PER_ELEMENT > size) throw new Error(`record summary: ${name} out of range`);
  return new Array(blob, base + offset, count) as InstanceType<(typeof ARRAY_TYPES)[T]>;
}

function checkEnds(ends: Int32Array, total: number, name: string): void {
  let last = 0;
  for (const end of ends) {
    if (end < last || end > total) throw new Error(`record summary: ${name} ends disagree`);
    last = end;
  }
}

function sharedList(strings: readonly string[], values: Int32Array, from: number, to: number): readonly string[] {
  if (from === to) return EMPTY;
  const list: string[] = [];
  for (let at = from; at < to; at++) list.push(strings[values[at] as number] as string);
  return list;
}

/**
 * Decodes `encodeRecordSummary`'s bytes back into the records, in the order they were encoded.
 * Null when the bytes are not a whole summary of this layout (truncated, another layout, corrupt).
 */
export function decodeRecordSummary(bytes: Uint8Array): SummaryEntry[] | null {
  try {
    if (bytes.length < 4) return null;
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const jsonLength = view.readUInt32LE(0);
    if (4 + jsonLength > view.length) return null;
    const header = JSON.parse(view.toString("utf8", 4, 4 + jsonLength)) as Header;
    if (header.layout !== SUMMARY_LAYOUT || !Number.isInteger(header.count) || header.count < 0) return null;
    const start = padded(4 + jsonLength);
    let blob = bytes.buffer as ArrayBuffer;
    let base = bytes.byteOffset + start;
    const size = bytes.length - start;
    if (size < 0) return null;
    if (base % 8 !== 0) {
      // NOTE: a buffer at an unaligned offset is copied once so the columns can view it.
      blob = new ArrayBuffer(size);
      new Uint8Array(blob).set(bytes.subarray(start));
      base = 0;
    }
    const n = header.count;
    const { strings } = header;
    const texts = {} as Record<TextName, { text: string; ends: Int32Array }>;
    for (const name of TEXTS) {
      const place = header.texts[name];
      if (!place) return null;
      const [encoding, offset, length] = place;
      if ((encoding !== "latin1" && encoding !== "utf16le") || offset < 0 || offset + length > size) return null;
      const text = Buffer.from(blob, base + offset, length).toString(encoding);
      const ends = column(header, blob, base, size, `${name}Ends`, "Int32Array", n);
      checkEnds(ends, text.length, name);
      texts[name] = { text, ends };
    }
    const shared = Object.fromEntries(SHARED.map((name) => [name, column(header, blob, base, size, name, "Int32Array", n)])) as Record<SharedName, Int32Array>;
    const fileSize = column(header, blob, base, size, "size", "Float64Array", n);
    const mtimeMs = column(header, blob, base, size, "mtimeMs", "Float64Array", n);
    const flags = column(header, blob, base, size, "flags", "Uint8Array", n);
    const primaryEnds = column(header, blob, base, size, "primaryEnds", "Int32Array", n);
    const mentionedEnds = column(header, blob, base, size, "mentionedEnds", "Int32Array", n);
    const primary = column(header, blob, base, size, "primary", "Int32Array", n === 0 ? 0 : (primaryEnds[n - 1] as number));
    const mentioned = column(header, blob, base, size, "mentioned", "Int32Array", n === 0 ? 0 : (mentionedEnds[n - 1] as number));
    checkEnds(primaryEnds, primary.length, "primary");
    checkEnds(mentionedEnds, mentioned.length, "mentioned");
    for (const name of SHARED) for (const at of shared[name]) if (at < (name === "format" ? 0 : -1) || at >= strings.length) return null;
    for (const at of primary) if (at < 0 || at >= strings.length) return null;
    for (const at of mentioned) if (at < 0 || at >= strings.length) return null;
    const extras = new Map(header.extras);
    const entries: SummaryEntry[] = new Array(n);
    const { path, id, file, contentHash, title, lead, url } = texts;
    const from = { path: 0, id: 0, file: 0, contentHash: 0, title: 0, lead: 0, url: 0, primary: 0, mentioned: 0 };
    // NOTE: one loop, each string a slice at its column's running offset: at 100k records every
    // array or closure more per record is a noticeable share of a warm start.
    for (let at = 0; at < n; at++) {
      const flag = flags[at] as number;
      const date = shared.date[at] as number;
      const source = shared.source[at] as number;
      const author = shared.author[at] as number;
      const primaryTo = primaryEnds[at] as number;
      const mentionedTo = mentionedEnds[at] as number;
      const meta = {
        title: title.text.slice(from.title, (from.title = title.ends[at] as number)),
        hasHeadline: (flag & HEADLINE) !== 0,
        date: date === -1 ? null : (strings[date] as string),
        source: source === -1 ? null : (strings[source] as string),
        author: author === -1 ? null : (strings[author] as string),
        url: (flag & NO_URL) !== 0 ? null : url.text.slice(from.url, url.ends[at] as number),
        lead: lead.text.slice(from.lead, (from.lead = lead.ends[at] as number)),
        provinces: { primary: sharedList(strings, primary, from.primary, primaryTo), mentioned: sharedList(strings, mentioned, from.mentioned, mentionedTo) },
        people: EMPTY,
        documents: EMPTY,
        figures: EMPTY,
      };
      from.url = url.ends[at] as number;
      from.primary = primaryTo;
      from.mentioned = mentionedTo;
      const fields = extras.get(at);
      if (fields !== undefined) Object.assign(meta, fields);
      entries[at] = {
        path: path.text.slice(from.path, (from.path = path.ends[at] as number)),
        id: id.text.slice(from.id, (from.id = id.ends[at] as number)),
        file: file.text.slice(from.file, (from.file = file.ends[at] as number)),
        size: fileSize[at] as number,
        mtimeMs: mtimeMs[at] as number,
        contentHash: contentHash.text.slice(from.contentHash, (from.contentHash = contentHash.ends[at] as number)),
        format: strings[shared.format[at] as number] as string,
        meta: meta as ArticleMeta,
      };
    }
    return entries;
  } catch {
    return null;
  }
}
