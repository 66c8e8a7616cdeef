import { format } from "date-fns/format";
import { isValid } from "date-fns/isValid";
import { parseISO } from "date-fns/parseISO";
import { vi } from "date-fns/locale/vi";

/** What a card shows for an article without a date. */
export const NO_DATE_LABEL = "không rõ ngày";

function toDay(iso: string): Date | null {
  const day = parseISO(iso);
  return isValid(day) ? day : null;
}

/** A calendar day written Vietnamese-style ("27/1/2026"); `NO_DATE_LABEL` for null. */
export function formatDay(iso: string | null): string {
  const day = iso === null ? null : toDay(iso);
  return day ? format(day, "d/M/yyyy", { locale: vi }) : NO_DATE_LABEL;
}

/** A calendar day with its weekday ("Thứ Ba, 27/1/2026"); `NO_DATE_LABEL` for null. */
export function formatLongDay(iso: string | null): string {
  const day = iso === null ? null : toDay(iso);
  return day ? format(day, "EEEE, d/M/yyyy", { locale: vi }) : NO_DATE_LABEL;
}

/** Parses a user-typed day (`dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `yyyy-mm-dd`) to `YYYY-MM-DD`, or null. */
export function parseUserDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3], vn[2], vn[1]] : [];
  if (!year || !month || !day) return null;
  const candidate = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const parsed = toDay(candidate);
  return parsed && format(parsed, "yyyy-MM-dd") === candidate ? candidate : null;
}
