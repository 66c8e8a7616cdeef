import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parseArticle } from "../articles/index.ts";
import type { ParsedArticle } from "../model/article.ts";
import { collapseSpaces } from "../text/index.ts";
import { readPageMetadata } from "./page-metadata.ts";
import { vietnamDay } from "./vietnam-day.ts";

/** The outcome of extracting one page: a parsed article, or why there is none. */
export type PageExtraction = { readonly ok: true; readonly parsed: ParsedArticle } | { readonly ok: false; readonly reason: string };

/** What is known of a page besides its HTML: its URL and what the feed item said. */
export interface PageContext {
  readonly url: string;
  readonly feedTitle?: string | null;
  readonly feedPublished?: string | null;
}

// NOTE: characters of body text below which a page is not an article (a gallery, an index page).
const MIN_TEXT_LENGTH = 200;
const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre";

function blockTexts(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((element) => element.querySelector(BLOCKS) === null);
  return blocks.map((element) => collapseSpaces(element.textContent ?? "").trim()).filter(Boolean);
}

function oneLine(value: string | null | undefined): string | null {
  const text = value ? collapseSpaces(value).trim() : "";
  return text || null;
}

/**
 * Extracts a page's article: the main text through Mozilla Readability over linkedom, the
 * title, date, source and author from the page's own metadata (og:title,
 * article:published_time, JSON-LD) then from the feed item, the rest by the core's text
 * rules (`parseArticle`: chrome, captions, bylines, datelines). Fails when there is no text.
 */
export function extractPage(html: string, context: PageContext): PageExtraction {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document);
  let readable: ReturnType<Readability["parse"]>;
  try {
    readable = new Readability(document as never, { charThreshold: MIN_TEXT_LENGTH }).parse();
  } catch (error) {
    return { ok: false, reason: `readability failed: ${(error as Error).message}` };
  }
  const body = readable?.content ? blockTexts(readable.content) : [];
  if (body.join(" ").length < MIN_TEXT_LENGTH) return { ok: false, reason: "no article text" };
  const title = oneLine(metadata.title) ?? oneLine(context.feedTitle);
  const date = vietnamDay(metadata.published) ?? vietnamDay(context.feedPublished ?? null);
  const header = [
    title ? `title: ${title}` : null,
    date ? `date: ${date}` : null,
    `url: ${context.url}`,
    oneLine(metadata.siteName) ? `source: ${oneLine(metadata.siteName)}` : null,
    oneLine(metadata.author ?? readable?.byline) ? `author: ${oneLine(metadata.author ?? readable?.byline)}` : null,
  ].filter((line): line is string => line !== null);
  // NOTE: without a metadata title, Readability's (from <title> or the h1) opens the body so
  // the text rules decide whether it is a headline.
  const lead = title === null && readable?.title ? [oneLine(readable.title) ?? ""] : [];
  const parsed = parseArticle([...header, "", ...lead, ...body].join("\n"));
  if (!parsed.lead && parsed.paragraphs.length === 0) return { ok: false, reason: "no article text" };
  return { ok: true, parsed };
}
