/** A calendar day found in a text, with where it was found. */
export interface FoundDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly index: number;
}

/** Whether year-month-day is a real calendar day (31/2 is not). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Formats a calendar day as `YYYY-MM-DD`. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** Parses a metadata date (`2026-01-28`, `2026-01-28T10:00:00+07:00`, `20201001`, `28/01/2026`) to `YYYY-MM-DD`, or null. */
export function parseMetadataDate(raw: string): string | null {
  const text = raw.trim();
  const iso = ISO.exec(text) ?? COMPACT.exec(text);
  const dmy = iso ? null : DMY.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!year || !month || !day) return null;
  const [y, m, d] = [Number(year), Number(month), Number(day)];
  return isCalendarDay(y, m, d) ? isoDay(y, m, d) : null;
}

// NOTE: d/m/yyyy, d.m.yyyy and d-m-yyyy; not inside a longer number or code.
const FULL_DATE = /(?<![\d/.,-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/])/g;

/** Every valid full date (`27/1/2026`, `2.12.2020`) in a text, in order. */
export function findFullDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const match of text.matchAll(FULL_DATE)) {
    const [day, month, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
    if (isCalendarDay(year, month, day)) out.push({ year, month, day, index: match.index });
  }
  return out;
}

/** A dateline at the start of a lead: day and month, with the year when written. */
export interface Dateline {
  readonly day: number;
  readonly month: number;
  readonly year: number | null;
}

// NOTE: "Sáng 9.1,", "Chiều 27-1,", "Sáng ngày 25/8,", "Ngày 27/1/2026,", "Rạng sáng nay (23/4),",
// "Sáng nay 23/4,", "Tối qua (5/3)". A time-of-day word is required so a leading "2.314 thôn" is not a date.
const DATELINE = new RegExp(
  String.raw`^(?:(?:rạng|sáng|chiều|trưa|tối|đêm|khuya|ngày|hôm)\s+){1,2}(?:(?:nay|qua|mai|hôm qua|hôm nay)\s+)?\(?\s*(?:ngày\s+|hôm\s+)?` +
    String.raw`(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*((?:19|20)\d{2}))?(?![\d])(?!\s*[/.-]\s*\d)`,
  "iu",
);

/** The dateline opening a lead (its first clause), or null. */
export function findDateline(lead: string): Dateline | null {
  const match = DATELINE.exec(lead.trimStart());
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[3]);
  const year = match[4] ? Number(match[4]) : null;
  const checkYear = year ?? 2024;
  return isCalendarDay(checkYear, month, day) ? { day, month, year } : null;
}

/** The earliest year a date may have: no article of this corpus reports on a day before 1945. */
export const EARLIEST_YEAR = 1945;

/** Whether a year is plausible for an article written by `latestYear` (this year + 1). */
export function isPlausibleYear(year: number, latestYear: number): boolean {
  return year >= EARLIEST_YEAR && year <= latestYear;
}

// NOTE: a cited date up to half a year after the dateline is a deadline in the same year
// ("Ngày 25/2, … hạn chót 15/3/2021"); further after it, the cited date is last year's
// ("Sáng 9.1, … Nghị quyết ngày 2.12.2020": the article is of 2021).
const SAME_YEAR_AHEAD_DAYS = 183;
const DAY_MS = 86_400_000;

// NOTE: a cited document's date ("Nghị quyết số 48-NQ/TW ngày 24/5/2005 của Bộ Chính trị") or a
// date of history ("kỷ niệm 46 năm Ngày Giải phóng (30/4/1975)", "sinh ngày 8/11/1998") says
// nothing of the article's year.
const DOCUMENT_BEFORE = /(?:nghị quyết|quyết định|nghị định|thông tư|chỉ thị|kết luận|công văn|văn bản|luật|hiến pháp|công điện|thông báo|kế hoạch|quy định|hướng dẫn|[\p{Lu}\d]+\/[\p{Lu}\d-]*\p{Lu})[^.;:!?]{0,24}$/iu;
const DOCUMENT_AFTER = /^[\s)]*(?:của|do|về)\s/u;
const HISTORY_BEFORE = /(?:kỷ niệm|lịch sử|thành lập|sinh ngày|ngày sinh|sinh năm|năm sinh|hạ thủy|cách đây|\d+\s+năm\s+ngày)[^.;!?]{0,80}$/iu;

/** Whether a full date found in a text is a date of the story (not a document's or history's). */
export function isStoryDate(text: string, date: FoundDate): boolean {
  const before = text.slice(Math.max(0, date.index - 100), date.index);
  const after = text.slice(date.index).replace(/^\S+/u, "");
  return !DOCUMENT_BEFORE.test(before) && !DOCUMENT_AFTER.test(after) && !HISTORY_BEFORE.test(before);
}

/**
 * The year of a dateline written without one ("Sáng 9.1"), from a full date of the story
 * written close to it: in the dateline's own sentence or the next (`nearby`). Null when there
 * is none: a year found further away ("năm 2021" three paragraphs down, a document code) or
 * a document's or history's date is never taken, since it often names another year.
 */
export function yearFromNearbyDate(day: number, month: number, nearby: string): number | null {
  const cited = findFullDates(nearby).find((date) => isStoryDate(nearby, date));
  if (!cited) return null;
  let year = cited.year;
  const ahead = (Date.UTC(cited.year, cited.month - 1, cited.day) - Date.UTC(year, month - 1, day)) / DAY_MS;
  if (ahead > SAME_YEAR_AHEAD_DAYS) year += 1;
  return isCalendarDay(year, month, day) ? year : null;
}
