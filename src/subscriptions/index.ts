export { chatTarget } from "./chat-target.ts";
export { describeStatus, describeSubscription, describeTime, zoneLabel } from "./describe.ts";
export { instantOf, localTime, parseDigestTime } from "./local-time.ts";
export type { LocalTime } from "./local-time.ts";
export { matchSubscription } from "./match-subscription.ts";
export type { SubscriptionQuery } from "./match-subscription.ts";
export { keywordKey, parseSubject } from "./subject.ts";
export type { Subject } from "./subject.ts";
export {
  createSubscriptionService,
  effectiveSettings,
  identityEventOf,
} from "./subscription-service.ts";
export type { EffectiveSettings, EventOf, SubscriptionService } from "./subscription-service.ts";
