export { listProvinces, getProvince, listFormerProvinces, compareProvinceIds } from "./provinces.ts";
export type { Province, FormerProvince } from "./provinces.ts";
export type { ProvinceKind } from "./gazetteer-data.ts";
export { resolvePlace } from "./resolve-place.ts";
export type { PlaceResolution, PlaceVia } from "./resolve-place.ts";
export { describeVia } from "./describe-via.ts";
export { extractProvinces } from "./extract-provinces.ts";
export type { ProvinceSource } from "./extract-provinces.ts";
