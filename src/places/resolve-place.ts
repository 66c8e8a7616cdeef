import { compactKey, foldedKey, placeKey, stripPrefix, type PrefixKind } from "./place-key.ts";
import type { PlaceEntry } from "./place-entries.ts";
import { compareProvinceIds, requireProvince, type Province } from "./provinces.ts";
import { queryIndex } from "./query-index.ts";
import { suggestProvinces } from "./suggest.ts";

/** How a typed name reached its province when it was not the current name itself. */
export interface PlaceVia {
  /** The name as the gazetteer writes it ("Bắc Giang", "Hạ Long", "TP.HCM"). */
  readonly name: string;
  readonly type: "former" | "district" | "place" | "alias";
}

/** What a typed place name resolves to: one province, a choice, or nothing (with suggestions). */
export type PlaceResolution =
  | { readonly kind: "province"; readonly province: Province; readonly via: PlaceVia | null }
  | { readonly kind: "ambiguous"; readonly options: readonly Province[] }
  | { readonly kind: "unknown"; readonly suggestions: readonly Province[] };

function lookup(key: string): readonly PlaceEntry[] {
  const index = queryIndex();
  // NOTE: the exact accented spelling wins, so "Quảng Nam" never lands on a district that
  // only shares its unaccented letters; then the folded form, then without spaces ("hanoi").
  return index.accented.get(key) ?? index.folded.get(foldedKey(key)) ?? index.compact.get(compactKey(key)) ?? [];
}

function fitsPrefix(entry: PlaceEntry, kind: PrefixKind): boolean {
  switch (kind) {
    case "any":
      return true;
    case "province":
      return (entry.type === "current" || entry.type === "former") && entry.unit === "tỉnh";
    case "city":
      return entry.unit === "thành phố" || entry.type === "place" || entry.type === "alias";
    default:
      return entry.type === "district" && entry.unit === kind;
  }
}

function choose(entries: readonly PlaceEntry[], prefix: PrefixKind | null, typedRest: string | null): PlaceResolution | null {
  if (entries.length === 0) return null;
  const fitting = prefix ? entries.filter((entry) => fitsPrefix(entry, prefix)) : [];
  const pool = fitting.length > 0 ? fitting : entries;
  const level = Math.min(...pool.map((entry) => entry.level));
  const best = pool.filter((entry) => entry.level === level);
  const ids = [...new Set(best.flatMap((entry) => entry.provinces))].sort(compareProvinceIds);
  if (ids.length > 1) return { kind: "ambiguous", options: ids.map(requireProvince) };
  const province = requireProvince(ids[0] as string);
  const entry = best[0] as PlaceEntry;
  if (entry.type === "current") return { kind: "province", province, via: null };
  // NOTE: "TP. Hồ Chí Minh", "Thủ đô Hà Nội" are the current name behind a type word.
  if (typedRest !== null && foldedKey(typedRest) === foldedKey(placeKey(province.name))) {
    return { kind: "province", province, via: null };
  }
  return { kind: "province", province, via: { name: entry.name, type: entry.type } };
}

/**
 * Resolves what a user typed (`/tinh Quảng Ninh`, "quang ninh", "TP.HCM", "Bắc Giang", "Hạ
 * Long", "huyện Tân Phú") to a current province: accents, tone style, case, Unicode form and a
 * leading type word ("tỉnh", "TP", "quận"…) do not matter. Former provinces, districts, places
 * and aliases resolve with a `via`; shared abbreviations and district names are ambiguous; an
 * unknown name gets up to three close current provinces as suggestions.
 */
export function resolvePlace(query: string): PlaceResolution {
  const key = placeKey(query);
  if (!key) return { kind: "unknown", suggestions: [] };
  const stripped = stripPrefix(key);
  const whole = choose(lookup(key), null, stripped?.rest ?? null);
  if (whole) return whole;
  if (stripped) {
    const rest = choose(lookup(stripped.rest), stripped.kind, stripped.rest);
    if (rest) return rest;
  }
  return { kind: "unknown", suggestions: suggestProvinces(stripped?.rest ?? key) };
}
