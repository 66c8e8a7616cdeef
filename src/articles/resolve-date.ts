import type { Clock } from "./body-lines.ts";
import { findDateline, findFullDates, inferYear, isCalendarDay, isoDay, parseMetadataDate } from "./dates.ts";
import type { ArticleMetadata } from "./metadata.ts";

/** What an article's date is decided from. */
export interface DateEvidence {
  readonly metadata: ArticleMetadata;
  readonly lead: string;
  readonly clocks: readonly Clock[];
  /** Body position of the headline; clocks at or before it are page clocks. -1: no headline. */
  readonly headlinePosition: number;
  readonly fullText: string;
}

// NOTE: "ngày 13/7/2023 của Bộ Chính trị" dates a cited document, not the article.
const DOCUMENT_DATE_AFTER = /^\S+\s+(?:của|do|về)\s/u;
const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})/u;

function formatFound(date: { year: number; month: number; day: number }): string {
  return isoDay(date.year, date.month, date.day);
}

/**
 * The article's day: metadata; a clock agreeing with the lead's dateline; the dateline's own
 * year; the article timestamp (not a page clock above the headline); the dateline with the
 * year inferred from the text (see `inferYear`); a full date in the lead's first sentence.
 */
export function resolveDate(evidence: DateEvidence): string | null {
  const { metadata, lead, clocks, headlinePosition, fullText } = evidence;
  const fromMetadata = metadata.date ? parseMetadataDate(metadata.date) : null;
  if (fromMetadata) return fromMetadata;
  const dateline = findDateline(lead);
  if (dateline) {
    const agreeing = clocks.find(({ date }) => date.day === dateline.day && date.month === dateline.month);
    if (agreeing) return formatFound(agreeing.date);
    if (dateline.year !== null) return isoDay(dateline.year, dateline.month, dateline.day);
  }
  const stamp = clocks.find(({ position }) => position > headlinePosition);
  if (stamp) return formatFound(stamp.date);
  if (dateline) {
    const year = inferYear(dateline.day, dateline.month, fullText);
    return year !== null && isCalendarDay(year, dateline.month, dateline.day) ? isoDay(year, dateline.month, dateline.day) : null;
  }
  const firstSentence = lead.split(SENTENCE_END)[0] ?? "";
  const written = findFullDates(firstSentence).find((date) => !DOCUMENT_DATE_AFTER.test(firstSentence.slice(date.index)));
  return written ? formatFound(written) : null;
}
