import { DiemtinError } from "../util/errors.ts";
import { GAZETTEER } from "./gazetteer.ts";
import type { ProvinceKind } from "./gazetteer-data.ts";

/** A current (from 1 July 2025) province or centrally-run city. */
export interface Province {
  /** Slug of the folded name without its type ("quang-ninh", "ho-chi-minh", "hue"). */
  readonly id: string;
  /** The name without its type ("Quảng Ninh", "Hồ Chí Minh"). */
  readonly name: string;
  /** The name with its type ("Tỉnh Quảng Ninh", "Thành phố Hồ Chí Minh"). */
  readonly fullName: string;
  readonly kind: ProvinceKind;
}

/** One of the 63 provinces before the 1 July 2025 merger, with the current province it joined. */
export interface FormerProvince {
  /** Slug of the former name ("bac-giang"); may equal a current id when the name survived. */
  readonly id: string;
  readonly name: string;
  readonly fullName: string;
  readonly kind: ProvinceKind;
  /** Id of the current province it is now part of. */
  readonly provinceId: string;
}

const PROVINCES: readonly Province[] = Object.freeze(
  GAZETTEER.provinces.map(({ id, name, fullName, kind }) => Object.freeze({ id, name, fullName, kind })),
);
const BY_ID: ReadonlyMap<string, Province> = new Map(PROVINCES.map((province) => [province.id, province]));
const FORMER: readonly FormerProvince[] = Object.freeze(
  GAZETTEER.former.map(({ id, name, fullName, kind, province }) => Object.freeze({ id, name, fullName, kind, provinceId: province })),
);
const ORDER: ReadonlyMap<string, number> = new Map(PROVINCES.map((province, i) => [province.id, i]));

/** The 34 current provinces and cities, in the official order (Hà Nội first). */
export function listProvinces(): readonly Province[] {
  return PROVINCES;
}

/** The current province with this id, or undefined. */
export function getProvince(id: string): Province | undefined {
  return BY_ID.get(id);
}

/** The 63 former provinces, in alphabetical order of their unaccented names. */
export function listFormerProvinces(): readonly FormerProvince[] {
  return FORMER;
}

/** Sorts province ids in the official order, unknown ids last. */
export function compareProvinceIds(a: string, b: string): number {
  return (ORDER.get(a) ?? Number.MAX_SAFE_INTEGER) - (ORDER.get(b) ?? Number.MAX_SAFE_INTEGER);
}

/** The current province with this id; throws when the gazetteer points to a missing one. */
export function requireProvince(id: string): Province {
  const province = BY_ID.get(id);
  if (!province) throw new DiemtinError("INTERNAL", `places: unknown province id ${id}`);
  return province;
}
