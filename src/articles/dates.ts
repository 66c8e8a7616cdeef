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

// NOTE: years the text reports on: "năm 2021", "tháng 10/2023", "2020-2025" (start only), the
// year of a cited document ("35/2023/UBTVQH15") or full date. Future targets are left out.
const YEAR = /(?<![\d.,])((?:19|20)\d{2})(?![\d]|[.,]\d)/g;
const RANGE_END = /(?:\d{4}\s*[-–—]\s*|\d{4}\s+(?:đến|tới)\s+(?:năm\s+)?)$/u;
// NOTE: the year inside a document code ("35/2023/UBTVQH15", "123/2024/NĐ-CP").
const DOCUMENT_YEAR = /\d+\/((?:19|20)\d{2})\/\p{Lu}/gu;
// NOTE: "vào năm 2045" is how targets are phrased too ("trở thành … vào năm 2045"); a past
// "vào năm 2019" is lost with them, which the latest-year rule rarely needs.
const TARGET_BEFORE = /(?:đến|tới|hướng tới|tầm nhìn|trước|vào)\s+(?:năm\s+)?$/iu;

/** The years a text reports on, in order, excluding range ends and future targets. */
export function reportedYears(text: string): number[] {
  const years: number[] = [];
  for (const match of text.matchAll(YEAR)) {
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    if (RANGE_END.test(before) || TARGET_BEFORE.test(before)) continue;
    years.push(Number(match[1]));
  }
  return years;
}

/**
 * The year of a day and month written without one ("Sáng 9.1"), from the text's own context.
 * NOTE: the rule. Candidates are the years the text reports on (`reportedYears`: "năm 2021",
 * "tháng 10/2023", document codes and full dates; not "đến năm 2030", "tầm nhìn 2045", not the
 * end of a range "2020-2025"). Anchors are the full dates the text cites that are not targets
 * ("ngày 2.12.2020") and the years of document codes. A candidate more than 2 years past the
 * latest anchor is a target and dropped. The year is the latest remaining candidate; if the
 * day would then fall before the latest cited full date, the article is the following year's
 * (an article cannot precede the documents it cites). No candidate → null (never guessed).
 */
export function inferYear(day: number, month: number, text: string): number | null {
  const years = reportedYears(text);
  const anchors = findFullDates(text).filter((date) => !TARGET_BEFORE.test(text.slice(Math.max(0, date.index - 16), date.index)));
  const docYears = [...text.matchAll(DOCUMENT_YEAR)].map((match) => Number(match[1]));
  const anchorMax = Math.max(...anchors.map((date) => date.year), ...docYears, -Infinity);
  const reported = [...years, ...anchors.map((date) => date.year)];
  const candidates = Number.isFinite(anchorMax) ? reported.filter((year) => year <= anchorMax + 2) : reported;
  if (candidates.length === 0) return null;
  let year = Math.max(...candidates);
  const latest = anchors.reduce<FoundDate | null>((best, date) => (best === null || compareDays(date, best) > 0 ? date : best), null);
  if (latest && latest.year === year && compareDays({ year, month, day }, latest) < 0) year += 1;
  return isCalendarDay(year, month, day) ? year : null;
}

function compareDays(a: { year: number; month: number; day: number }, b: { year: number; month: number; day: number }): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
