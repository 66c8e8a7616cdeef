import type { PlaceResolution } from "./resolve-place.ts";

// NOTE: the day the 34 provinces took effect, as Vietnamese readers write it.
const MERGER_DAY = "1/7/2025";

/**
 * The sentence telling how a typed name reached its province, or null when it was the current
 * name: "Bắc Giang: từ 1/7/2025 thuộc tỉnh Bắc Ninh" for a former province, "Hạ Long → Quảng
 * Ninh" for a district, place or alias.
 */
export function describeVia(resolution: PlaceResolution): string | null {
  if (resolution.kind !== "province" || resolution.via === null) return null;
  const { province, via } = resolution;
  if (via.type === "former") return `${via.name}: từ ${MERGER_DAY} thuộc ${province.kind} ${province.name}`;
  return `${via.name} → ${province.name}`;
}
