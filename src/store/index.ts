export { DATABASE_FILE, migrate, openDatabase } from "./open-database.ts";
export type { Migration } from "./migration.ts";
export { MIGRATIONS } from "./migrations.ts";
export { openStore } from "./open-store.ts";
export { createSubscriptionStore } from "./sqlite-subscription-store.ts";
export type {
  ChatSettings,
  ChatStatus,
  ClaimOptions,
  Delivery,
  DeliveryOutcome,
  DeliveryStatus,
  DigestRun,
  DigestTarget,
  NewSubscription,
  Subscription,
  SubscriptionKind,
  SubscriptionStore,
  TargetOverview,
} from "./subscription-store.ts";
