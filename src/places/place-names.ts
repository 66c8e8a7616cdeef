import { scanPlaces } from "./scan-text.ts";
import { gazetteerPatterns } from "./text-patterns.ts";

/**
 * How much of a current province a name covers: all of it (its own name or an alias:
 * "Quảng Ninh", "TP.HCM"), a former province now part of it ("Hòa Bình" in Phú Thọ), or a
 * district or place inside it ("Phú Quốc", "Cần Giờ").
 */
export type PlaceScope = "province" | "former" | "local";

/** A place name written in text, with the current province it is in and how much of it it covers. */
export interface PlaceName {
  readonly province: string;
  readonly start: number;
  readonly end: number;
  readonly scope: PlaceScope;
}

/**
 * The place names of a text, by the same rules as article extraction (`scanPlaces`), each
 * with its scope. NOTE: offsets refer to the NFC-composed text.
 */
export function findPlaceNames(text: string): PlaceName[] {
  return scanPlaces(text, gazetteerPatterns()).map((match) => ({
    province: match.province,
    start: match.start,
    end: match.end,
    scope: match.type === "current" || match.type === "alias" ? "province" : match.type === "former" ? "former" : "local",
  }));
}
