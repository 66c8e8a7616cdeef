import { GAZETTEER } from "./gazetteer.ts";
import type { ProvinceKind, TextUse } from "./gazetteer-data.ts";

/** How a name leads to a province: its current name, or a former province, district, place, alias. */
export type PlaceEntryType = "current" | "former" | "district" | "place" | "alias";

/** One name of the gazetteer with the current province(s) it stands for. */
export interface PlaceEntry {
  /** The name as displayed ("Bắc Giang", "Hạ Long", "TP.HCM", "Quận 1"). */
  readonly name: string;
  readonly type: PlaceEntryType;
  /** Current province ids; more than one only for ambiguous aliases ("QN"). */
  readonly provinces: readonly string[];
  /** 0 current, 1 former, 2 place or alias, 3 district: a lower level wins a shared name. */
  readonly level: number;
  readonly text: TextUse;
  /** "tỉnh" / "thành phố" for provinces, "quận" / "huyện" / "thị xã" / "thành phố" for districts. */
  readonly unit: ProvinceKind | string | null;
}

const LEVEL: Readonly<Record<PlaceEntryType, number>> = { current: 0, former: 1, place: 2, alias: 2, district: 3 };

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function build(): PlaceEntry[] {
  const entries: PlaceEntry[] = [];
  const currentNames = new Map<string, string>();
  for (const row of GAZETTEER.provinces) {
    currentNames.set(row.id, row.name);
    entries.push({ name: row.name, type: "current", provinces: [row.id], level: LEVEL.current, text: row.text ?? "free", unit: row.kind });
  }
  for (const row of GAZETTEER.former) {
    // NOTE: a former province that kept its name (Quảng Ninh, Huế) is its current entry.
    if (currentNames.get(row.province) !== row.name) {
      entries.push({ name: row.name, type: "former", provinces: [row.province], level: LEVEL.former, text: "free", unit: row.kind });
    }
    for (const [name, type, text] of row.districts) {
      const numbered = /^\d+$/.test(name);
      entries.push({
        name: numbered ? `${capitalize(type)} ${name}` : name,
        type: "district",
        provinces: [row.province],
        level: LEVEL.district,
        text: text ?? "free",
        unit: type,
      });
    }
  }
  for (const row of GAZETTEER.places) {
    entries.push({ name: row.name, type: row.type, provinces: row.provinces, level: LEVEL[row.type], text: row.text ?? "free", unit: null });
  }
  return entries;
}

let cached: readonly PlaceEntry[] | null = null;

/** Every name of the gazetteer as an entry (built once). */
export function placeEntries(): readonly PlaceEntry[] {
  cached ??= Object.freeze(build());
  return cached;
}
