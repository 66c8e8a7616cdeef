import { TZDate } from "@date-fns/tz";

/** A moment as read on a wall clock in some zone. */
export interface LocalTime {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** `HH:MM`, 24-hour. */
  readonly time: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(zone, format);
  }
  return format;
}

/** The local date and time of `at` in the IANA `zone`. */
export function localTime(at: Date, zone: string): LocalTime {
  const parts = Object.fromEntries(formatter(zone).formatToParts(at).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** The instant (epoch ms) of local `date` `HH:MM` in `zone`. */
export function instantOf(date: string, time: string, zone: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return new TZDate(year, month - 1, day, hour, minute, zone).getTime();
}

/** Parses a user-typed time of day ("7:30", "07:30", "7h30", "19h") to `HH:MM`, or null. */
export function parseDigestTime(text: string): string | null {
  const match = /^(\d{1,2})(?:[:hg.](\d{2})?)?$/iu.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? "0");
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
