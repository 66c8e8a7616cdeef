import { getProvince } from "../places/index.ts";
import type { ChatStatus, Subscription } from "../store/index.ts";
import type { EffectiveSettings } from "./effective-settings.ts";

const VIETNAM_ZONES = new Set(["Asia/Ho_Chi_Minh", "Asia/Saigon"]);

/** How a zone is named to users: "giờ Việt Nam", or "giờ Asia/Tokyo". */
export function zoneLabel(zone: string): string {
  return VIETNAM_ZONES.has(zone) ? "giờ Việt Nam" : `giờ ${zone}`;
}

/** A subscription in a sentence: "tỉnh Quảng Ninh (trừ “thể thao”)", "từ khóa “giá vàng”". */
export function describeSubscription(subscription: Pick<Subscription, "kind" | "value" | "label" | "excludes">): string {
  const what =
    subscription.kind === "province"
      ? `${getProvince(subscription.value)?.kind ?? "tỉnh"} ${subscription.label}`
      : `từ khóa “${subscription.label}”`;
  if (subscription.excludes.length === 0) return what;
  return `${what} (trừ ${subscription.excludes.map((phrase) => `“${phrase}”`).join(", ")})`;
}

/** "07:00 (giờ Việt Nam)". */
export function describeTime(settings: Pick<EffectiveSettings, "digestTime" | "timezone">): string {
  return `${settings.digestTime} (${zoneLabel(settings.timezone)})`;
}

/** "đang hoạt động" or "tạm dừng: <why>". */
export function describeStatus(status: ChatStatus): string {
  return status.active ? "đang hoạt động" : `tạm dừng${status.reason ? `: ${status.reason}` : ""}`;
}
