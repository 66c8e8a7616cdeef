import { isFinishedDelivery, type Delivery } from "../store/index.ts";
import { instantOf, localTime } from "../subscriptions/local-time.ts";
import type { EffectiveSettings } from "../subscriptions/effective-settings.ts";

function addDay(date: string): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * The local date of a target's next digest at `now`: today while its time has not come, or
 * when today's digest is still owed (its time came after the first subscription and it is not
 * finished); else tomorrow. Mirrors `dueDate`.
 */
export async function nextDigestDate(
  now: Date,
  settings: Pick<EffectiveSettings, "digestTime" | "timezone">,
  firstSubscribedAt: number,
  today: (date: string) => Promise<Delivery | null>,
): Promise<string> {
  const local = localTime(now, settings.timezone);
  if (local.time < settings.digestTime) return local.date;
  if (instantOf(local.date, settings.digestTime, settings.timezone) < firstSubscribedAt) return addDay(local.date);
  return isFinishedDelivery(await today(local.date)) ? addDay(local.date) : local.date;
}
