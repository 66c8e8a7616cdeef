import { createRequire } from "node:module";
import { DiemtinError } from "../util/errors.ts";
import { httpUrl } from "./canonical-url.ts";

// NOTE: feedsmith (every feed format's parser) takes a good part of a second to load; a start
// that reads no OPML file does not load it. Its CommonJS build is required on first use, so
// reading and writing OPML stay synchronous.
let feedsmith: typeof import("feedsmith") | null = null;
const loadFeedsmith = (): typeof import("feedsmith") => (feedsmith ??= createRequire(import.meta.url)("feedsmith") as typeof import("feedsmith"));

/** Most feeds one OPML document may bring; the rest are left out (and counted). */
export const MAX_OPML_FEEDS = 1000;
// NOTE: folders inside folders; feed readers nest one or two levels.
const MAX_DEPTH = 8;

/** A feed in an OPML document: its URL and its label (title or text), null when it has none. */
export interface OpmlFeed {
  readonly url: string;
  readonly label: string | null;
}

/** The feeds of an OPML document, and what was left out. */
export interface OpmlFeeds {
  readonly feeds: readonly OpmlFeed[];
  /** Outlines with an `xmlUrl` that is not an http(s) URL. */
  readonly invalid: number;
  /** Feeds beyond `MAX_OPML_FEEDS`, or nested deeper than folders go. */
  readonly skipped: number;
}

interface Outline {
  readonly text?: string;
  readonly title?: string;
  readonly xmlUrl?: string;
  readonly outlines?: readonly Outline[];
}

/**
 * Reads the feeds of an OPML document (feedsmith): every outline with an `xmlUrl`, in folders
 * too, labelled with its title or text; each URL once. Throws `FEED_INVALID` when the text is
 * no OPML.
 */
export function readOpmlFeeds(text: string): OpmlFeeds {
  let outlines: readonly Outline[];
  try {
    outlines = loadFeedsmith().parseOpml(text).body?.outlines ?? [];
  } catch (cause) {
    throw new DiemtinError("FEED_INVALID", "opml: not an OPML document", { cause });
  }
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  let invalid = 0;
  let skipped = 0;
  const walk = (list: readonly Outline[], depth: number): void => {
    for (const outline of list) {
      if (outline.xmlUrl !== undefined) {
        const url = httpUrl(outline.xmlUrl.trim());
        if (!url) invalid += 1;
        else if (feeds.length >= MAX_OPML_FEEDS || depth > MAX_DEPTH) skipped += 1;
        else if (!seen.has(url)) {
          seen.add(url);
          const label = (outline.title ?? outline.text ?? "").trim();
          feeds.push({ url, label: label && label !== outline.xmlUrl.trim() ? label : null });
        }
      }
      if (outline.outlines && depth < MAX_DEPTH) walk(outline.outlines, depth + 1);
      else if (outline.outlines) skipped += outline.outlines.length;
    }
  };
  walk(outlines, 0);
  return { feeds, invalid, skipped };
}

/** An OPML 2.0 document listing feeds (one `type="rss"` outline each), as feed readers import it; dated when `now` is given. */
export function writeOpml(feeds: readonly OpmlFeed[], title: string, now: Date | null): string {
  return loadFeedsmith().generateOpml({
    head: { title, ...(now ? { dateCreated: now } : {}) },
    body: { outlines: feeds.map((feed) => ({ text: feed.label ?? feed.url, ...(feed.label ? { title: feed.label } : {}), type: "rss", xmlUrl: feed.url })) },
  });
}
