import type { ParsedArticle } from "../model/article.ts";
import { collapseSpaces } from "../text/index.ts";
import { systemClock, type Clock } from "../util/clock.ts";
import { cleanLines, readBody, sameText, type BodyLine } from "./body-lines.ts";
import { peelLeadPrefix, peelMasthead, peelTrailingBylines } from "./bylines.ts";
import { dropLabels, isHeadline, isLabel } from "./headline.ts";
import { peelMetadata } from "./metadata.ts";
import { resolveDate } from "./resolve-date.ts";
import { knownSource, sourceFromUrl } from "./sources.ts";
import { titleFromLead } from "./title.ts";

/** What parsing needs besides the text. */
export interface ParseOptions {
  /** "This year" for the plausible-date check (dates after next year are refused). */
  readonly clock?: Clock;
}

/**
 * Parses one scraped article: peels metadata, drops site chrome, captions and bylines, and
 * finds the headline (or makes a title from the lead), lead, paragraphs, date, source and author.
 */
export function parseArticle(text: string, options: ParseOptions = {}): ParsedArticle {
  const { metadata, lines } = peelMetadata(cleanLines(text));
  const { body: classified, captions, clocks } = readBody(lines);
  const trailing = peelTrailingBylines(classified.map((line) => line.text));
  let body = classified.slice(0, trailing.lines.length);
  if (body.length === 0) body = captions.map((caption) => ({ text: caption, heading: false }));

  let title: string | null = metadata.title ? collapseSpaces(metadata.title) : null;
  let hasHeadline = title !== null;
  let headlinePosition = -1;
  if (title !== null) {
    const known = title;
    const at = body.slice(0, 3).findIndex((line) => sameText(line.text, known));
    if (at >= 0 && body.slice(0, at).every(isLabel)) body.splice(0, at + 1);
  } else {
    const dropped = dropLabels(body);
    if (body.length >= 2 && isHeadline(body[0] as BodyLine, body[1])) {
      title = (body.shift() as BodyLine).text;
      hasHeadline = true;
      headlinePosition = dropped;
    }
  }

  const prefix = peelLeadPrefix(body[0]?.text ?? "");
  const url = metadata.url ?? null;
  const lead = peelMasthead(prefix.lead, prefix.source ?? (metadata.source ? knownSource(metadata.source) : null) ?? (url ? sourceFromUrl(url) : null));
  const paragraphs = body.slice(1).map((line) => line.text);
  if (title === null) title = lead ? titleFromLead(lead) : "";

  const latestYear = (options.clock ?? systemClock).now().getUTCFullYear() + 1;
  const date = resolveDate({ metadata, lead, next: paragraphs[0] ?? "", clocks, headlinePosition, latestYear });
  const source =
    (metadata.source ? (knownSource(metadata.source) ?? metadata.source) : null) ??
    prefix.source ??
    (url ? sourceFromUrl(url) : null) ??
    trailing.source;
  const author = metadata.author ?? trailing.author;
  return { title, hasHeadline, date, source, author, url, lead, paragraphs, captions };
}
