import { XMLValidator } from "fast-xml-parser";
import { parseAtomFeed, parseFeed as parseAnyFeed, parseRssFeed, type AnyFeed } from "feedsmith";
import { DiemtinError } from "../util/errors.ts";
import { itemSpans, type ItemSpan } from "./feed-item-spans.ts";

/** One entry of a feed, as the feed states it. */
export interface FeedItem {
  /** The article link (absolute when the feed gives a base), null when the item has none. */
  readonly link: string | null;
  readonly title: string | null;
  /** The item's date as written (RFC 822 or ISO 8601), null when none. */
  readonly published: string | null;
}

/** A parsed RSS 2.0, Atom, RDF (RSS 1.0) or JSON Feed. */
export interface ParsedFeed {
  readonly kind: "rss" | "atom" | "rdf" | "json";
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

/** What is read of a feedsmith RSS item. */
interface RssItem {
  readonly link?: string;
  readonly title?: string;
  readonly pubDate?: string;
  readonly guid?: { readonly value?: string; readonly isPermaLink?: boolean };
  readonly dc?: { readonly dates?: readonly unknown[] };
}

/** What is read of a feedsmith Atom entry. */
interface AtomEntry {
  readonly links?: readonly { readonly href?: string; readonly rel?: string }[];
  readonly title?: unknown;
  readonly published?: string;
  readonly updated?: string;
}

function textOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "value" in value) return textOf((value as { value: unknown }).value);
  return null;
}

function resolveLink(link: string | null, base: string | undefined): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).toString();
  } catch {
    return null;
  }
}

function firstDate(dc: { dates?: readonly unknown[] } | undefined): string | null {
  return textOf(dc?.dates?.[0]);
}

const rssItem = (base: string | undefined) => (item: RssItem): FeedItem => {
  const guid = item.guid && item.guid.isPermaLink !== false && /^https?:\/\//.test(item.guid.value ?? "") ? item.guid.value : null;
  return { link: resolveLink(textOf(item.link) ?? textOf(guid), base), title: textOf(item.title), published: textOf(item.pubDate) ?? firstDate(item.dc) };
};

const atomEntry = (base: string | undefined) => (entry: AtomEntry): FeedItem => {
  const links = entry.links;
  const chosen = links?.find((link) => (link.rel ?? "alternate") === "alternate") ?? links?.[0];
  return { link: resolveLink(textOf(chosen?.href), base), title: textOf(entry.title), published: textOf(entry.published) ?? textOf(entry.updated) };
};

/** The items of a feedsmith feed, as the feed gives them. */
function itemsOf(parsed: AnyFeed, base: string | undefined): FeedItem[] {
  switch (parsed.format) {
    case "rss":
      return (parsed.feed.items ?? []).map(rssItem(base));
    case "atom":
      return (parsed.feed.entries ?? []).map(atomEntry(base));
    case "rdf":
      return (parsed.feed.items ?? []).map((item) => ({ link: resolveLink(textOf(item.link), base), title: textOf(item.title), published: firstDate(item.dc) }));
    case "json":
      return (parsed.feed.items ?? []).map((item) => ({
        link: resolveLink(textOf(item.url) ?? textOf(item.external_url), base),
        title: textOf(item.title),
        published: textOf(item.date_published) ?? textOf(item.date_modified),
      }));
  }
}

function htmlCheck(text: string): void {
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || /^<html[\s>]/.test(head)) throw new DiemtinError("FEED_INVALID", "feed: the document is an HTML page, not a feed");
}

/** Checks that XML text is well formed; `lineOffset` is added to the line a malformed document is reported at. */
function checkXml(xml: string, lineOffset = 0): void {
  // NOTE: feedsmith reads what it can of broken XML; a feed that does not parse is refused whole.
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new DiemtinError("FEED_INVALID", `feed: malformed XML (${valid.err.msg}, line ${valid.err.line + lineOffset})`);
}

/** A whole document as a feed (feedsmith detects RSS, Atom, RDF or JSON Feed). */
function feedOf(text: string, base: string | undefined): ParsedFeed {
  let parsed: AnyFeed;
  try {
    parsed = parseAnyFeed(text);
  } catch (cause) {
    if (/<html[\s>]/i.test(text.slice(0, 4096))) throw new DiemtinError("FEED_INVALID", "feed: the document is an HTML page, not a feed", { cause });
    throw new DiemtinError("FEED_INVALID", "feed: neither RSS, Atom, RDF nor JSON Feed", { cause });
  }
  return { kind: parsed.format, title: textOf(parsed.feed.title), items: itemsOf(parsed, base) };
}

// NOTE: the prolog (declaration, comments, a doctype without an internal subset) and the root
// element's start tag; a document this does not match is parsed whole.
const ROOT = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*>)*(<([A-Za-z_][\w:.-]*)(?:\s[^>]*)?>)/;

/** Items parsed per slice by `parseFeedSlices` (a few milliseconds of work). */
export const FEED_SLICE_ITEMS = 200;

/** What a feed says besides its items. */
export type FeedFrame = Omit<ParsedFeed, "items">;

/**
 * Parses a feed a slice of items at a time: the generator yields the items of each slice (at
 * most `sliceItems`), so a caller can let other work run between slices, and returns the feed's
 * kind and title once the document around the items has been checked. RSS 2.0 and Atom are
 * sliced (each slice parsed by feedsmith inside the document's own root element, so its
 * namespaces hold); RDF and JSON Feed are parsed whole. Throws `FEED_INVALID` when the XML is
 * malformed (the slices before it were yielded), when the document is an HTML page, or when it
 * is no feed. Items keep what they have; missing links and dates are null.
 */
export function* parseFeedSlices(text: string, base?: string, sliceItems = FEED_SLICE_ITEMS): Generator<FeedItem[], FeedFrame, void> {
  htmlCheck(text);
  const root = ROOT.exec(text.slice(0, 65_536));
  const name = root?.[2];
  const tag = name === "rss" ? "item" : name === "feed" ? "entry" : null;
  if (!tag || !root) {
    if (!text.trimStart().startsWith("{")) checkXml(text);
    const { items, ...frame } = feedOf(text, base);
    if (items.length > 0) yield [...items];
    return frame;
  }
  const open = root[1] as string;
  // NOTE: feedsmith refuses a feed with neither a title nor a usable item ("Invalid feed
  // format"), so a slice of empty items gets a title of its own; it is not read.
  const parseItems = (xml: string): FeedItem[] => {
    try {
      return tag === "item"
        ? (parseRssFeed(`${open}<channel><title>-</title>${xml}</channel></rss>`).items ?? []).map(rssItem(base))
        : (parseAtomFeed(`${open}<title>-</title>${xml}</feed>`).entries ?? []).map(atomEntry(base));
    } catch (cause) {
      throw new DiemtinError("FEED_INVALID", "feed: items could not be read", { cause });
    }
  };
  let frame = "";
  let last = 0;
  let lines = 0;
  let counted = 0;
  let slice: ItemSpan[] = [];
  const parseSlice = (): FeedItem[] => {
    const start = (slice[0] as ItemSpan).start;
    for (let at = text.indexOf("\n", counted); at !== -1 && at < start; at = text.indexOf("\n", at + 1)) lines++;
    counted = start;
    const xml = text.slice(start, (slice[slice.length - 1] as ItemSpan).end);
    slice = [];
    checkXml(`<x>${xml}</x>`, lines);
    return parseItems(xml);
  };
  for (const span of itemSpans(text, tag)) {
    frame += text.slice(last, span.start);
    last = span.end;
    slice.push(span);
    if (slice.length >= sliceItems) yield parseSlice();
  }
  if (slice.length > 0) yield parseSlice();
  frame += text.slice(last);
  checkXml(frame);
  const { items, ...rest } = feedOf(frame, base);
  if (items.length > 0) yield [...items];
  return rest;
}

/** Parses a whole feed at once (see `parseFeedSlices`). */
export function parseFeed(text: string, base?: string): ParsedFeed {
  const slices = parseFeedSlices(text, base);
  const items: FeedItem[] = [];
  for (;;) {
    const next = slices.next();
    if (next.done) return { ...next.value, items };
    items.push(...next.value);
  }
}
