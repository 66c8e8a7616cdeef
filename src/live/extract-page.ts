import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { parseArticle } from "../articles/index.ts";
import type { ParsedArticle } from "../model/article.ts";
import { collapseSpaces, foldText } from "../text/index.ts";
import { readPageMetadata, type HtmlDocument } from "./page-metadata.ts";
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

/**
 * Where Vietnamese news sites put an article's lead (sapo), most specific first: Dân trí
 * (`h2.singular-sapo`, `.dt-news__sapo`), VnExpress (`p.description`), Tuổi Trẻ and Thanh Niên
 * (`h2.detail-sapo`), VietnamPlus, Nhân Dân, Tiền Phong (`.article__sapo`), provincial portals
 * (`div.sapo`, `.article-sapo`). Readability keeps only the content block, which leaves it out.
 */
export const LEAD_SELECTORS: readonly string[] = [
  ".singular-sapo",
  ".dt-news__sapo",
  "p.description",
  ".detail-sapo",
  ".article__sapo",
  ".details__summary",
  ".sapo",
  ".article-sapo",
  ".news-sapo",
  ".cms-desc",
];

/**
 * Photo captions of the same sites: `figcaption` (Dân trí, VietnamPlus), `p.Image` (VnExpress),
 * `.PhotoCMS_Caption` (Tuổi Trẻ, Thanh Niên), `td.image_desc` (portals' image tables).
 */
export const CAPTION_SELECTORS = "figcaption, .PhotoCMS_Caption, p.Image, .image_desc, .fig_caption, .expNoEdit";

// NOTE: what a caption line is written as for the text parser: a photo marker, then the caption.
const PHOTO_MARKER = "[Ảnh]";

// NOTE: navigation that Readability may keep inside the content block ("Thời sự" of a breadcrumb).
const NAVIGATION = "nav, header, footer, .breadcrumb, .dt-breadcrumb, [class*='breadcrumb'], .detail-cate, .cate-name";
// NOTE: the photographer's credit written as an element of its own inside a caption.
const CAPTION_CREDIT = ".author, .credit, .photo-credit";
// NOTE: a byline is a name; Readability sometimes offers a time line ("15/03/2026 09:30 GMT+7").
const NOT_A_BYLINE = /\d/u;

function textOf(element: { textContent: string | null }): string {
  return collapseSpaces(element.textContent ?? "").trim();
}

function blockTexts(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((element) => element.querySelector(BLOCKS) === null);
  return blocks.map(textOf).filter(Boolean);
}

function oneLine(value: string | null | undefined): string | null {
  const text = value ? collapseSpaces(value).trim() : "";
  return text || null;
}

/** The page's lead (sapo), taken out of the document; VnExpress's place stamp reads "Hà Nội - …". */
function takeLead(document: HtmlDocument): string | null {
  for (const selector of LEAD_SELECTORS) {
    const element = document.querySelector(selector);
    if (!element) continue;
    for (const stamp of element.querySelectorAll(".location-stamp")) stamp.textContent = `${textOf(stamp)} - `;
    const text = textOf(element);
    element.remove();
    if (text) return text;
  }
  return null;
}

/** The page's photo captions, taken out of the document so they never read as paragraphs. */
function takeCaptions(document: HtmlDocument): string[] {
  const captions: string[] = [];
  for (const element of document.querySelectorAll(CAPTION_SELECTORS)) {
    for (const credit of element.querySelectorAll(CAPTION_CREDIT)) credit.remove();
    const parts = [...element.querySelectorAll("p")];
    const text = parts.length > 0 ? parts.map(textOf).filter(Boolean).join(" ") : textOf(element);
    if (text && !captions.includes(text)) captions.push(text);
    element.remove();
  }
  return captions;
}

function startsAlike(body: readonly string[], lead: string): boolean {
  const probe = foldText(lead.slice(0, 60)).toLowerCase();
  return body.slice(0, 3).some((block) => foldText(block).toLowerCase().includes(probe));
}

/**
 * Extracts a page's article, keeping its whole text: the lead from the site's sapo element
 * (`LEAD_SELECTORS`), else og:description when the body does not already open with it; every
 * paragraph of the main text (Mozilla Readability over linkedom); photo captions as captions
 * (`CAPTION_SELECTORS`); title, date, source and author from the page's own metadata
 * (og:title, article:published_time, JSON-LD) then from the feed item; the rest by the core's
 * text rules (`parseArticle`: chrome, bylines, datelines). Fails when there is no text.
 */
export function extractPage(html: string, context: PageContext): PageExtraction {
  const { document } = parseHTML(html);
  const metadata = readPageMetadata(document);
  const sapo = takeLead(document);
  const captions = takeCaptions(document);
  for (const element of document.querySelectorAll(NAVIGATION)) element.remove();
  let readable: ReturnType<Readability["parse"]>;
  try {
    readable = new Readability(document as never, { charThreshold: MIN_TEXT_LENGTH }).parse();
  } catch (error) {
    return { ok: false, reason: `readability failed: ${(error as Error).message}` };
  }
  const body = readable?.content ? blockTexts(readable.content) : [];
  const description = oneLine(metadata.description);
  const lead = sapo ?? (description && !startsAlike(body, description) ? description : null);
  if ([lead ?? "", ...body].join(" ").length < MIN_TEXT_LENGTH) return { ok: false, reason: "no article text" };
  const title = oneLine(metadata.title) ?? oneLine(context.feedTitle);
  const date = vietnamDay(metadata.published) ?? vietnamDay(context.feedPublished ?? null);
  const byline = oneLine(readable?.byline);
  const author = oneLine(metadata.author) ?? (byline && !NOT_A_BYLINE.test(byline) ? byline : null);
  const header = [
    title ? `title: ${title}` : null,
    date ? `date: ${date}` : null,
    `url: ${context.url}`,
    oneLine(metadata.siteName) ? `source: ${oneLine(metadata.siteName)}` : null,
    author ? `author: ${author}` : null,
  ].filter((line): line is string => line !== null);
  // NOTE: without a metadata title, Readability's (from <title> or the h1) opens the body so
  // the text rules decide whether it is a headline.
  const heading = title === null && readable?.title ? [oneLine(readable.title) ?? ""] : [];
  const captionLines = captions.flatMap((caption) => ["", PHOTO_MARKER, caption]);
  const text = [...header, "", ...heading, ...(lead ? [lead] : []), ...body, ...captionLines].join("\n");
  const parsed = parseArticle(text);
  if (!parsed.lead && parsed.paragraphs.length === 0) return { ok: false, reason: "no article text" };
  return { ok: true, parsed };
}
