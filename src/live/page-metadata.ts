import type { parseHTML } from "linkedom";

/** A parsed HTML document (linkedom). */
export type HtmlDocument = ReturnType<typeof parseHTML>["document"];

/** What a page says about itself in its head: Open Graph, article:*, JSON-LD. */
export interface PageMetadata {
  readonly title: string | null;
  /** The publication time as written (ISO 8601 usually), null when none. */
  readonly published: string | null;
  readonly siteName: string | null;
  readonly author: string | null;
  readonly canonical: string | null;
  /** The page's own summary (og:description, description), null when none. */
  readonly description: string | null;
}

type Json = Record<string, unknown>;

function meta(document: HtmlDocument, names: readonly string[]): string | null {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = element?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return null;
}

function jsonLdNodes(document: HtmlDocument): Json[] {
  const nodes: Json[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      nodes.push(value as Json);
      if ("@graph" in value) visit((value as Json)["@graph"]);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // NOTE: broken JSON-LD is common; the page's other metadata still counts.
    }
  }
  return nodes;
}

function stringOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) return stringOf(value[0]);
  if (value && typeof value === "object" && "name" in value) return stringOf((value as Json).name);
  return null;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|BlogPosting|AnalysisNewsArticle)$/;

/** Reads a page's own metadata: og:title, article:published_time, JSON-LD datePublished… */
export function readPageMetadata(document: HtmlDocument): PageMetadata {
  const ld = jsonLdNodes(document);
  const article = ld.find((node) => [node["@type"]].flat().some((type) => typeof type === "string" && ARTICLE_TYPES.test(type))) ?? ld.find((node) => "datePublished" in node);
  const author = meta(document, ["author", "article:author", "dable:author"]) ?? stringOf(article?.author);
  return {
    title: meta(document, ["og:title", "twitter:title"]) ?? stringOf(article?.headline),
    published: meta(document, ["article:published_time", "datePublished", "pubdate", "publishdate", "date"]) ?? stringOf(article?.datePublished),
    siteName: meta(document, ["og:site_name", "application-name"]) ?? stringOf(article?.publisher),
    author: author && !/^https?:\/\//.test(author) ? author : null,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta(document, ["og:url"]),
    description: meta(document, ["og:description", "description", "twitter:description"]) ?? stringOf(article?.description),
  };
}
