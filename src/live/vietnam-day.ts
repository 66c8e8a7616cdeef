import { parseMetadataDate } from "../articles/index.ts";
import { formatVietnamTime } from "../format/index.ts";

/**
 * The calendar day in Vietnam of a written time: an ISO 8601 instant with a zone or an RFC
 * 822 date ("Tue, 27 Jan 2026 20:00:00 GMT") is converted; a bare day is taken as written;
 * null when unreadable.
 */
export function vietnamDay(raw: string | null): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const zoned = /\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2}|GMT|UTC|[A-Z]{3})$/i.test(text);
  if (zoned) {
    const instant = Date.parse(text);
    if (Number.isFinite(instant)) return formatVietnamTime(instant, "yyyy-MM-dd");
  }
  return parseMetadataDate(text);
}
