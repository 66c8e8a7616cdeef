import { TZDate } from "@date-fns/tz";
import { format } from "date-fns/format";

/** Vietnam's offset from UTC in milliseconds. NOTE: UTC+7 all year (no daylight saving). */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The IANA zone of Vietnam time, the default zone of chats. */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** An instant (milliseconds since the epoch) written in Vietnam time with a date-fns pattern: "yyyy-MM-dd", "HH:mm dd/MM/yyyy". */
export function formatVietnamTime(instant: number, pattern: string): string {
  return format(new TZDate(instant, VIETNAM_TIME_ZONE), pattern);
}
