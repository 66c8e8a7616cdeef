import type { DigestConfig } from "../config/config.ts";
import type { TargetOverview } from "../store/index.ts";
import { instantOf, localTime } from "../subscriptions/local-time.ts";
import { effectiveSettings } from "../subscriptions/effective-settings.ts";

/**
 * The local date whose digest a target owes at `now`, or null: it is active and its local
 * digest time has passed today in its zone, and that time came after its first subscription
 * (a chat subscribing at 10:00 gets its first digest the next day). Whether that date's digest
 * was already sent is the store's business (the claim).
 */
export function dueDate(overview: TargetOverview, now: Date, defaults: DigestConfig): string | null {
  if (!overview.status.active) return null;
  const { digestTime, timezone } = effectiveSettings(overview.settings, defaults);
  const local = localTime(now, timezone);
  if (local.time < digestTime) return null;
  if (instantOf(local.date, digestTime, timezone) < overview.firstSubscribedAt) return null;
  return local.date;
}
