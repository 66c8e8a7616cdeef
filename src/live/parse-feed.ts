import { XMLParser, XMLValidator } from "fast-xml-parser";
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

/** A parsed RSS 2.0 or Atom feed. */
export interface ParsedFeed {
  readonly kind: "rss" | "atom";
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

type Node = Record<string, unknown>;

function textOf(value: unknown): string | null {
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (value && typeof value === "object" && "#text" in value) return textOf((value as Node)["#text"]);
  return null;
}

function atomLink(value: unknown): string | null {
  const links = (Array.isArray(value) ? value : [value]).filter((link): link is Node => Boolean(link) && typeof link === "object");
  const chosen = links.find((link) => (link["@_rel"] ?? "alternate") === "alternate") ?? links[0];
  return chosen ? textOf(chosen["@_href"]) : null;
}

function resolveLink(link: string | null, base: string | undefined): string | null {
  if (!link) return null;
  try {
    return new URL(link, base).toString();
  } catch {
    return null;
  }
}

const rssItem = (base: string | undefined) => (item: Node): FeedItem => ({
  link: resolveLink(textOf(item.link) ?? (isPermaLink(item.guid) ? textOf(item.guid) : null), base),
  title: textOf(item.title),
  published: textOf(item.pubDate) ?? textOf(item["dc:date"]),
});

const atomEntry = (base: string | undefined) => (entry: Node): FeedItem => ({
  link: resolveLink(atomLink(entry.link), base),
  title: textOf(entry.title),
  published: textOf(entry.published) ?? textOf(entry.updated),
});

function htmlCheck(xml: string): void {
  const head = xml.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || /^<html[\s>]/.test(head)) throw new DiemtinError("FEED_INVALID", "feed: the document is an HTML page, not RSS or Atom");
}

/** Validates and parses XML text; `lineOffset` is added to the line a malformed document is reported at. */
function parseXml(xml: string, lineOffset = 0): Node {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new DiemtinError("FEED_INVALID", `feed: malformed XML (${valid.err.msg}, line ${valid.err.line + lineOffset})`);
  try {
    return parser.parse(xml) as Node;
  } catch (cause) {
    throw new DiemtinError("FEED_INVALID", "feed: XML could not be parsed", { cause });
  }
}

/** A parsed document as a feed (its items, if any were left in it, included). */
function feedOf(root: Node, base: string | undefined): ParsedFeed {
  const rss = root.rss as Node | undefined;
  if (rss && typeof rss === "object") {
    const channel = (rss.channel ?? {}) as Node;
    return { kind: "rss", title: textOf(channel.title), items: ((channel.item ?? []) as Node[]).map(rssItem(base)) };
  }
  const feed = root.feed as Node | undefined;
  if (feed && typeof feed === "object") {
    return { kind: "atom", title: textOf(feed.title), items: ((feed.entry ?? []) as Node[]).map(atomEntry(base)) };
  }
  if (root.html) throw new DiemtinError("FEED_INVALID", "feed: the document is an HTML page, not RSS or Atom");
  throw new DiemtinError("FEED_INVALID", "feed: neither RSS 2.0 nor Atom");
}

// NOTE: the prolog (declaration, comments, a doctype without an internal subset) and the root
// element's name; a document this does not match is parsed whole.
const ROOT = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*>)*<([A-Za-z_][\w:.-]*)/;

/** Items parsed per slice by `parseFeedSlices` (a few milliseconds of work). */
export const FEED_SLICE_ITEMS = 200;

/** What a feed says besides its items. */
export type FeedFrame = Omit<ParsedFeed, "items">;

/**
 * Parses an RSS 2.0 or Atom document a slice of items at a time: the generator yields the
 * items of each slice (at most `sliceItems`), so a caller can let other work run between
 * slices, and returns the feed's kind and title once the document around the items has been
 * checked. Throws `FEED_INVALID` when the XML is malformed (the slices before it were
 * yielded), when the document is an HTML page, or when it is neither RSS nor Atom. Items keep
 * what they have; missing links and dates are null, for the caller to skip or fill.
 */
export function* parseFeedSlices(xml: string, base?: string, sliceItems = FEED_SLICE_ITEMS): Generator<FeedItem[], FeedFrame, void> {
  htmlCheck(xml);
  const root = ROOT.exec(xml.slice(0, 65_536))?.[1];
  const tag = root === "rss" ? "item" : root === "feed" ? "entry" : null;
  if (!tag) {
    const { items, ...frame } = feedOf(parseXml(xml), base);
    if (items.length > 0) yield [...items];
    return frame;
  }
  const toItem = tag === "item" ? rssItem(base) : atomEntry(base);
  let frame = "";
  let last = 0;
  let lines = 0;
  let counted = 0;
  let slice: ItemSpan[] = [];
  const parseSlice = (): FeedItem[] => {
    const start = (slice[0] as ItemSpan).start;
    for (let at = xml.indexOf("\n", counted); at !== -1 && at < start; at = xml.indexOf("\n", at + 1)) lines++;
    counted = start;
    const nodes = (parseXml(`<x>${xml.slice(start, (slice[slice.length - 1] as ItemSpan).end)}</x>`, lines).x ?? {}) as Node;
    slice = [];
    return ((nodes[tag] ?? []) as Node[]).map(toItem);
  };
  for (const span of itemSpans(xml, tag)) {
    frame += xml.slice(last, span.start);
    last = span.end;
    slice.push(span);
    if (slice.length >= sliceItems) yield parseSlice();
  }
  if (slice.length > 0) yield parseSlice();
  frame += xml.slice(last);
  const { items, ...rest } = feedOf(parseXml(frame), base);
  if (items.length > 0) yield [...items];
  return rest;
}

/** Parses a whole RSS 2.0 or Atom document at once (see `parseFeedSlices`). */
export function parseFeed(xml: string, base?: string): ParsedFeed {
  const slices = parseFeedSlices(xml, base);
  const items: FeedItem[] = [];
  for (;;) {
    const next = slices.next();
    if (next.done) return { ...next.value, items };
    items.push(...next.value);
  }
}

function isPermaLink(guid: unknown): boolean {
  if (!guid) return false;
  if (typeof guid === "object" && !Array.isArray(guid)) return (guid as Node)["@_isPermaLink"] !== "false";
  return /^https?:\/\//.test(textOf(guid) ?? "");
}
