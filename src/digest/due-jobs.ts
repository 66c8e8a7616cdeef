import type { DigestConfig } from "../config/config.ts";
import { isFinishedDelivery, type DeliveryStore, type FollowStore } from "../store/index.ts";
import { effectiveSettings } from "../subscriptions/effective-settings.ts";
import type { DigestJob } from "./deliver-job.ts";
import { dueDate } from "./due-date.ts";

/**
 * The digests due at `now`: every target of a platform in `platforms` whose local digest time
 * has come (`dueDate`) and whose digest for that date is not finished.
 */
export async function dueJobs(
  store: Pick<FollowStore, "targets"> & Pick<DeliveryStore, "deliveryOn">,
  platforms: ReadonlyMap<string, unknown>,
  now: Date,
  config: DigestConfig,
): Promise<DigestJob[]> {
  const jobs: DigestJob[] = [];
  for (const overview of await store.targets()) {
    if (!platforms.has(overview.target.platform)) continue;
    const localDate = dueDate(overview, now, config);
    if (localDate === null) continue;
    if (isFinishedDelivery(await store.deliveryOn(overview.target, localDate))) continue;
    jobs.push({ target: overview.target, localDate, sendEmpty: effectiveSettings(overview.settings, config).sendEmpty });
  }
  return jobs;
}
