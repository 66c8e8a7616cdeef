import type { Clock } from "./body-lines.ts";
import { findDateline, findFullDates, isoDay, isPlausibleYear, isStoryDate, parseMetadataDate, yearFromNearbyDate } from "./dates.ts";
import type { ArticleMetadata } from "./metadata.ts";

/** What an article's date is decided from. */
export interface DateEvidence {
  readonly metadata: ArticleMetadata;
  readonly lead: string;
  /** The first paragraph after the lead: its first sentence may be the one after the dateline's. */
  readonly next: string;
  readonly clocks: readonly Clock[];
  /** Body position of the headline; clocks at or before it are page clocks. -1: no headline. */
  readonly headlinePosition: number;
  /** The latest year a date may have (this year + 1, from the injected clock). */
  readonly latestYear: number;
}

const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})/u;

function formatFound(date: { year: number; month: number; day: number }): string {
  return isoDay(date.year, date.month, date.day);
}

/** The dateline's own sentence and the one after it (the next paragraph's first when the lead has one). */
function nearbySentences(lead: string, next: string): string {
  const sentences = lead.split(SENTENCE_END);
  const second = sentences[1] ?? next.split(SENTENCE_END)[0] ?? "";
  return `${sentences[0] ?? ""} ${second}`;
}

/**
 * The article's day, never invented: metadata (a date header); a clock agreeing with the
 * lead's dateline; the dateline's own year; the article timestamp (not a page clock above the
 * headline); the dateline with the year of a full date in its own or the next sentence; a full
 * date in the lead's first sentence. Null otherwise, and for a year outside 1945…`latestYear`.
 */
export function resolveDate(evidence: DateEvidence): string | null {
  const day = findDay(evidence);
  return day !== null && isPlausibleYear(Number(day.slice(0, 4)), evidence.latestYear) ? day : null;
}

function findDay(evidence: DateEvidence): string | null {
  const { metadata, lead, next, clocks, headlinePosition } = evidence;
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
    const year = yearFromNearbyDate(dateline.day, dateline.month, nearbySentences(lead, next));
    return year !== null ? isoDay(year, dateline.month, dateline.day) : null;
  }
  const firstSentence = lead.split(SENTENCE_END)[0] ?? "";
  const written = findFullDates(firstSentence).find((date) => isStoryDate(firstSentence, date));
  return written ? formatFound(written) : null;
}
