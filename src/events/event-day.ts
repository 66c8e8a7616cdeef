import { findDateline, isCalendarDay } from "../articles/index.ts";
import type { Article } from "../model/article.ts";

/** The day an article's story happened: its dateline, or its date. */
export interface EventDay {
  /** Days since 1970-01-01, or null when the article gives no date at all. */
  readonly day: number | null;
  /** Whether the day comes from the lead's own dateline ("Chiều 27-1, …"). */
  readonly fromDateline: boolean;
}

const DAY_MS = 86_400_000;

function epochDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/**
 * When the story happened. NOTE: a dateline without a year takes the article date's year,
 * or the year before when that would put the story after publication (a 31/12 story
 * published on 2/1).
 */
export function eventDayOf(article: Pick<Article, "lead" | "date">): EventDay {
  const published = article.date ? epochDay(Number(article.date.slice(0, 4)), Number(article.date.slice(5, 7)), Number(article.date.slice(8, 10))) : null;
  const dateline = findDateline(article.lead);
  if (dateline) {
    let year = dateline.year ?? (article.date ? Number(article.date.slice(0, 4)) : null);
    if (year !== null && dateline.year === null && published !== null && epochDay(year, dateline.month, dateline.day) > published + 1) year -= 1;
    if (year !== null && isCalendarDay(year, dateline.month, dateline.day)) {
      return { day: epochDay(year, dateline.month, dateline.day), fromDateline: true };
    }
  }
  return { day: published, fromDateline: false };
}
