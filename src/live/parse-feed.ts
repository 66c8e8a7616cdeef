import { XMLParser, XMLValidator } from "fast-xml-parser";
import { DiemtinError } from "../util/errors.ts";

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

/**
 * Parses an RSS 2.0 or Atom document. Throws `FEED_INVALID` when the XML is malformed, when
 * the document is an HTML page, or when it is neither RSS nor Atom. Items keep what they
 * have; missing links and dates are null, for the caller to skip or fill.
 */
export function parseFeed(xml: string, base?: string): ParsedFeed {
  const head = xml.slice(0, 1024).trimStart().toLowerCase();
  if (head.startsWith("<!doctype html") || /^<html[\s>]/.test(head)) throw new DiemtinError("FEED_INVALID", "feed: the document is an HTML page, not RSS or Atom");
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new DiemtinError("FEED_INVALID", `feed: malformed XML (${valid.err.msg}, line ${valid.err.line})`);
  let root: Node;
  try {
    root = parser.parse(xml) as Node;
  } catch (cause) {
    throw new DiemtinError("FEED_INVALID", "feed: XML could not be parsed", { cause });
  }
  const rss = root.rss as Node | undefined;
  if (rss && typeof rss === "object") {
    const channel = (rss.channel ?? {}) as Node;
    const items = ((channel.item ?? []) as Node[]).map((item) => ({
      link: resolveLink(textOf(item.link) ?? (isPermaLink(item.guid) ? textOf(item.guid) : null), base),
      title: textOf(item.title),
      published: textOf(item.pubDate) ?? textOf(item["dc:date"]),
    }));
    return { kind: "rss", title: textOf(channel.title), items };
  }
  const feed = root.feed as Node | undefined;
  if (feed && typeof feed === "object") {
    const items = ((feed.entry ?? []) as Node[]).map((entry) => ({
      link: resolveLink(atomLink(entry.link), base),
      title: textOf(entry.title),
      published: textOf(entry.published) ?? textOf(entry.updated),
    }));
    return { kind: "atom", title: textOf(feed.title), items };
  }
  if (root.html) throw new DiemtinError("FEED_INVALID", "feed: the document is an HTML page, not RSS or Atom");
  throw new DiemtinError("FEED_INVALID", "feed: neither RSS 2.0 nor Atom");
}

function isPermaLink(guid: unknown): boolean {
  if (!guid) return false;
  if (typeof guid === "object" && !Array.isArray(guid)) return (guid as Node)["@_isPermaLink"] !== "false";
  return /^https?:\/\//.test(textOf(guid) ?? "");
}
