/**
 * Builds src/places/gazetteer.json from the administrative-unit lists in ../shared/data:
 * the 34 current provinces (from 1 July 2025), the 63 former provinces with the current one
 * each is now part of, their former districts, and hand-written places and aliases.
 *
 * Usage: `npm run gazetteer [-- <data dir>]` (default: ../shared/data from the project root).
 */
import { runCommand } from "../adapters/process/run-command.ts";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type {
  CurrentProvinceRow,
  DistrictRow,
  FormerProvinceRow,
  GazetteerData,
  PlaceRow,
  ProvinceKind,
  TextUse,
} from "../src/places/gazetteer-data.ts";
import { placeKey, slugOf } from "../src/places/place-key.ts";
import { canonicalTone, collapseSpaces, fixLookalikes } from "../src/text/index.ts";
import { DiemtinError } from "../src/util/errors.ts";

/** The project root (the parent of scripts/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Where the source lists are read from by default. */
export const DEFAULT_DATA_DIR = resolve(PROJECT_ROOT, "../shared/data");

/** Where the gazetteer is written. */
export const GAZETTEER_PATH = resolve(PROJECT_ROOT, "src/places/gazetteer.json");

/** File names of the two source lists inside the data folder. */
export const SOURCE_FILES = {
  before: "dvhcvn-20250301-sorted.json",
  merges: "dvhcvn-20250701-merges.json",
} as const;

// Hand-written: well-known places that are not former districts (the districts Hạ Long, Móng
// Cái, Vân Đồn, Cẩm Phả, Uông Bí, Sa Pa, Đà Lạt, Phú Quốc, Vũng Tàu, Nha Trang, Hội An, Côn
// Đảo, Phan Thiết, Quy Nhơn, Buôn Ma Thuột, Pleiku, Vinh, Điện Biên Phủ, Tam Đảo… already come
// from the data), spelling variants, nicknames and abbreviations, each with the current
// province(s) it points to. Several provinces = ambiguous: asked back when typed, never
// extracted from text. `text: "never"` keeps a name to typed queries (abbreviations).
const PLACES: readonly PlaceRow[] = [
  // Places: landmarks, islands, border gates, airports, old town names.
  { name: "Vịnh Hạ Long", type: "place", provinces: ["quang-ninh"] },
  { name: "Bãi Cháy", type: "place", provinces: ["quang-ninh"] },
  { name: "Tuần Châu", type: "place", provinces: ["quang-ninh"] },
  { name: "Hòn Gai", type: "place", provinces: ["quang-ninh"] },
  { name: "Yên Tử", type: "place", provinces: ["quang-ninh"] },
  { name: "Trà Cổ", type: "place", provinces: ["quang-ninh"] },
  { name: "Đèo Nai", type: "place", provinces: ["quang-ninh"] },
  { name: "Cọc Sáu", type: "place", provinces: ["quang-ninh"] },
  { name: "Sapa", type: "place", provinces: ["lao-cai"] },
  { name: "Fansipan", type: "place", provinces: ["lao-cai"] },
  { name: "Đồng Đăng", type: "place", provinces: ["lang-son"] },
  { name: "Mẫu Sơn", type: "place", provinces: ["lang-son"] },
  { name: "Hồ Gươm", type: "place", provinces: ["ha-noi"] },
  { name: "Hồ Hoàn Kiếm", type: "place", provinces: ["ha-noi"] },
  { name: "Hồ Tây", type: "place", provinces: ["ha-noi"] },
  { name: "Nội Bài", type: "place", provinces: ["ha-noi"] },
  { name: "Cát Bà", type: "place", provinces: ["hai-phong"] },
  { name: "Tràng An", type: "place", provinces: ["ninh-binh"] },
  { name: "Tam Cốc", type: "place", provinces: ["ninh-binh"] },
  { name: "Bái Đính", type: "place", provinces: ["ninh-binh"] },
  { name: "Cửa Lò", type: "place", provinces: ["nghe-an"] },
  { name: "Phong Nha", type: "place", provinces: ["quang-tri"] },
  { name: "Lăng Cô", type: "place", provinces: ["hue"] },
  { name: "Bà Nà", type: "place", provinces: ["da-nang"] },
  { name: "Mỹ Sơn", type: "place", provinces: ["da-nang"] },
  { name: "Cù Lao Chàm", type: "place", provinces: ["da-nang"] },
  { name: "Chu Lai", type: "place", provinces: ["da-nang"] },
  { name: "Dung Quất", type: "place", provinces: ["quang-ngai"] },
  { name: "Măng Đen", type: "place", provinces: ["quang-ngai"] },
  { name: "Vân Phong", type: "place", provinces: ["khanh-hoa"] },
  { name: "Phan Rang", type: "place", provinces: ["khanh-hoa"] },
  { name: "Buôn Mê Thuột", type: "place", provinces: ["dak-lak"] },
  { name: "Ban Mê Thuột", type: "place", provinces: ["dak-lak"] },
  { name: "Mũi Né", type: "place", provinces: ["lam-dong"] },
  { name: "Phú Quý", type: "place", provinces: ["lam-dong"] },
  { name: "Tân Sơn Nhất", type: "place", provinces: ["ho-chi-minh"] },
  { name: "Thủ Thiêm", type: "place", provinces: ["ho-chi-minh"] },
  { name: "Chợ Lớn", type: "place", provinces: ["ho-chi-minh"] },
  { name: "Mộc Bài", type: "place", provinces: ["tay-ninh"] },
  { name: "Núi Bà Đen", type: "place", provinces: ["tay-ninh"] },
  // Aliases: nicknames, full or older spellings, abbreviations.
  { name: "TP.HCM", type: "alias", provinces: ["ho-chi-minh"] },
  { name: "TPHCM", type: "alias", provinces: ["ho-chi-minh"] },
  { name: "TP. Hồ Chí Minh", type: "alias", provinces: ["ho-chi-minh"] },
  { name: "Sài Gòn", type: "alias", provinces: ["ho-chi-minh"] },
  { name: "HCM", type: "alias", provinces: ["ho-chi-minh"], text: "never" },
  { name: "SG", type: "alias", provinces: ["ho-chi-minh"], text: "never" },
  { name: "BR-VT", type: "alias", provinces: ["ho-chi-minh"] },
  { name: "BRVT", type: "alias", provinces: ["ho-chi-minh"], text: "never" },
  { name: "Thủ đô Hà Nội", type: "alias", provinces: ["ha-noi"] },
  { name: "Hà thành", type: "alias", provinces: ["ha-noi"] },
  { name: "Hà Tây", type: "alias", provinces: ["ha-noi"] },
  { name: "HN", type: "alias", provinces: ["ha-noi"], text: "never" },
  { name: "xứ Lạng", type: "alias", provinces: ["lang-son"] },
  { name: "xứ Thanh", type: "alias", provinces: ["thanh-hoa"] },
  { name: "xứ Nghệ", type: "alias", provinces: ["nghe-an"] },
  { name: "đất Mỏ", type: "alias", provinces: ["quang-ninh"] },
  { name: "vùng Mỏ", type: "alias", provinces: ["quang-ninh"] },
  { name: "đất Cảng", type: "alias", provinces: ["hai-phong"] },
  { name: "thành phố Cảng", type: "alias", provinces: ["hai-phong"] },
  { name: "HP", type: "alias", provinces: ["hai-phong"], text: "never" },
  { name: "Cố đô Huế", type: "alias", provinces: ["hue"] },
  { name: "xứ Huế", type: "alias", provinces: ["hue"] },
  { name: "Thừa Thiên Huế", type: "alias", provinces: ["hue"] },
  { name: "TT-Huế", type: "alias", provinces: ["hue"] },
  { name: "TTH", type: "alias", provinces: ["hue"], text: "never" },
  { name: "Đà thành", type: "alias", provinces: ["da-nang"] },
  { name: "Đăk Lăk", type: "alias", provinces: ["dak-lak"] },
  { name: "Đắk Lăk", type: "alias", provinces: ["dak-lak"] },
  { name: "Đắc Lắc", type: "alias", provinces: ["dak-lak"] },
  { name: "Đăk Nông", type: "alias", provinces: ["lam-dong"] },
  { name: "Bắc Cạn", type: "alias", provinces: ["thai-nguyen"] },
  { name: "QB", type: "alias", provinces: ["quang-tri"], text: "never" },
  { name: "QT", type: "alias", provinces: ["quang-tri"], text: "never" },
  { name: "QNa", type: "alias", provinces: ["da-nang"], text: "never" },
  { name: "QNg", type: "alias", provinces: ["quang-ngai"], text: "never" },
  { name: "QN", type: "alias", provinces: ["quang-ninh", "quang-ngai", "da-nang"], text: "never" },
  { name: "ĐN", type: "alias", provinces: ["da-nang", "dong-nai"], text: "never" },
  { name: "BD", type: "alias", provinces: ["ho-chi-minh", "gia-lai"], text: "never" },
];

// Hand-written: former districts whose names in running text are mostly something else —
// people and dynasties (also street names), a common word, Dongxing across the border from
// Móng Cái and Chongqing (Trùng Khánh), given names of well-known people (footballers
// Xuân Trường and Văn Lâm, actor Thái Hòa), a common given name. They resolve when typed; in articles they count only after
// their type word ("quận Hai Bà Trưng", "thành phố Vinh").
const PREFIXED_DISTRICTS: ReadonlySet<string> = new Set([
  "Hai Bà Trưng",
  "Lê Chân",
  "Ngô Quyền",
  "Hồng Bàng",
  "Trần Văn Thời",
  "Dương Minh Châu",
  "Tây Sơn",
  "Thống Nhất",
  "Đông Hưng",
  "Bình Minh",
  "Thanh Bình",
  "Thanh Hà",
  "Vinh",
  "Lắk",
  "Trùng Khánh",
  "Xuân Trường",
  "Văn Lâm",
  "Thái Hòa",
  // NOTE: the most common street name and a battle ("475A Điện Biên Phủ", "chiến thắng Điện Biên Phủ").
  "Điện Biên Phủ",
  // NOTE: also a junction and a railway station of Hà Nội ("nút giao Ngọc Hồi").
  "Ngọc Hồi",
]);

// Hand-written: current provinces whose bare name is mostly something else in text ("tư
// tưởng Hồ Chí Minh"); in articles they count only as "thành phố …"/"TP …" or via aliases.
const PREFIXED_PROVINCES: ReadonlySet<string> = new Set(["ho-chi-minh"]);

type Tuple = readonly unknown[];

function fail(message: string): never {
  throw new DiemtinError("INTERNAL", `gazetteer: ${message}`);
}

function asString(value: unknown, what: string): string {
  if (typeof value !== "string") fail(`${what} is not a string`);
  return value;
}

function asArray(value: unknown, what: string): Tuple {
  if (!Array.isArray(value)) fail(`${what} is not an array`);
  return value;
}

function cleanName(raw: string): string {
  return collapseSpaces(canonicalTone(fixLookalikes(raw.normalize("NFC"))));
}

function unitType(raw: string): string {
  return cleanName(raw).toLowerCase();
}

function provinceKind(raw: string, what: string): ProvinceKind {
  const type = unitType(raw);
  if (type !== "tỉnh" && type !== "thành phố") fail(`${what} has type "${raw}"`);
  return type;
}

function fullNameOf(kind: ProvinceKind, name: string): string {
  return `${kind === "tỉnh" ? "Tỉnh" : "Thành phố"} ${name}`;
}

function splitTypedName(full: string, what: string): { kind: ProvinceKind; name: string } {
  const clean = cleanName(full);
  for (const kind of ["tỉnh", "thành phố"] as const) {
    const prefix = `${fullNameOf(kind, "")}`;
    if (clean.startsWith(prefix)) return { kind, name: clean.slice(prefix.length).trim() };
  }
  return fail(`${what} "${full}" has no province type`);
}

function currentProvinces(merges: unknown): { rows: CurrentProvinceRow[]; byOldCode: Map<string, string> } {
  const data = asArray((merges as { data?: unknown } | null)?.data, "merges.data");
  const rows: CurrentProvinceRow[] = [];
  const byOldCode = new Map<string, string>();
  for (const [i, item] of data.entries()) {
    const unit = item as { level1_id?: unknown; name?: unknown; merges?: unknown };
    const code = asString(unit.level1_id, `merges.data[${i}].level1_id`);
    const { kind, name } = splitTypedName(asString(unit.name, `merges.data[${i}].name`), `merges.data[${i}]`);
    const id = slugOf(name);
    const row: CurrentProvinceRow = { id, code, name, fullName: fullNameOf(kind, name), kind };
    rows.push(PREFIXED_PROVINCES.has(id) ? { ...row, text: "prefixed" } : row);
    for (const [j, merged] of asArray(unit.merges, `merges.data[${i}].merges`).entries()) {
      const oldCode = asString((merged as { old_id?: unknown }).old_id, `merges.data[${i}].merges[${j}].old_id`);
      if (byOldCode.has(oldCode)) fail(`former province ${oldCode} is merged twice`);
      byOldCode.set(oldCode, id);
    }
  }
  if (rows.length !== 34) fail(`expected 34 current provinces, found ${rows.length}`);
  if (new Set(rows.map((row) => row.id)).size !== rows.length) fail("current province ids collide");
  return { rows, byOldCode };
}

function districtRows(districts: Tuple, what: string): DistrictRow[] {
  const rows: DistrictRow[] = [];
  const seen = new Set<string>();
  for (const [i, item] of districts.entries()) {
    const district = asArray(item, `${what}[${i}]`);
    const name = cleanName(asString(district[1], `${what}[${i}].name`));
    const type = unitType(asString(district[2], `${what}[${i}].type`));
    const key = `${name}|${type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text: TextUse | null = /^\d+$/.test(name) ? "never" : PREFIXED_DISTRICTS.has(name) ? "prefixed" : null;
    rows.push(text ? [name, type, text] : [name, type]);
  }
  return rows;
}

function formerProvinces(before: unknown, byOldCode: ReadonlyMap<string, string>): FormerProvinceRow[] {
  const rows: FormerProvinceRow[] = [];
  for (const [i, item] of asArray(before, "sorted").entries()) {
    const unit = asArray(item, `sorted[${i}]`);
    const code = asString(unit[0], `sorted[${i}].code`);
    const name = cleanName(asString(unit[1], `sorted[${i}].name`));
    const kind = provinceKind(asString(unit[2], `sorted[${i}].type`), `sorted[${i}]`);
    const province = byOldCode.get(code) ?? fail(`former province ${code} ${name} is in no current province`);
    const districts = districtRows(asArray(unit[4], `sorted[${i}].districts`), `sorted[${i}].districts`);
    rows.push({ id: slugOf(name), code, name, fullName: fullNameOf(kind, name), kind, province, districts });
  }
  if (rows.length !== 63) fail(`expected 63 former provinces, found ${rows.length}`);
  if (new Set(rows.map((row) => row.id)).size !== rows.length) fail("former province ids collide");
  if (byOldCode.size !== rows.length) fail("the merges name a former province missing from the list");
  return rows;
}

function placeRows(currentIds: ReadonlySet<string>): PlaceRow[] {
  const byKey = new Map<string, PlaceRow>();
  for (const place of PLACES) {
    const name = cleanName(place.name);
    for (const id of place.provinces) if (!currentIds.has(id)) fail(`place "${name}" points to unknown province ${id}`);
    const text: TextUse = place.provinces.length > 1 ? "never" : (place.text ?? "free");
    const key = placeKey(name);
    if (byKey.has(key)) fail(`place "${name}" is listed twice`);
    const row: PlaceRow = { name, type: place.type, provinces: [...place.provinces] };
    byKey.set(key, text === "free" ? row : { ...row, text });
  }
  return [...byKey.values()];
}

/** Builds the gazetteer from the parsed 01/03/2025 list and the 01/07/2025 merges. */
export function buildGazetteer(before: unknown, merges: unknown): GazetteerData {
  const { rows: provinces, byOldCode } = currentProvinces(merges);
  const former = formerProvinces(before, byOldCode);
  const places = placeRows(new Set(provinces.map((row) => row.id)));
  return {
    source:
      "Generated by scripts/build-gazetteer.ts (do not edit) from dvhcvn sorted.json (GSO list of 01/03/2025) and dvhcvn/20250701 mapping/merges.json (MIT).",
    effective: "2025-07-01",
    provinces,
    former,
    places,
  };
}

/** The gazetteer as committed: one row per line, so diffs stay readable. */
export function serializeGazetteer(data: GazetteerData): string {
  const list = (rows: readonly unknown[]) => `[\n${rows.map((row) => `    ${JSON.stringify(row)}`).join(",\n")}\n  ]`;
  return [
    "{",
    `  "source": ${JSON.stringify(data.source)},`,
    `  "effective": ${JSON.stringify(data.effective)},`,
    `  "provinces": ${list(data.provinces)},`,
    `  "former": ${list(data.former)},`,
    `  "places": ${list(data.places)}`,
    "}",
    "",
  ].join("\n");
}

/** Reads the two source lists from a data folder and returns the serialized gazetteer. */
export function buildGazetteerFile(dataDir: string = DEFAULT_DATA_DIR): string {
  const read = (file: string): unknown => {
    const path = resolve(dataDir, file);
    try {
      return JSON.parse(readFileSync(path, "utf8"));
    } catch (cause) {
      throw new DiemtinError("INTERNAL", `gazetteer: cannot read ${path}`, { cause });
    }
  };
  return serializeGazetteer(buildGazetteer(read(SOURCE_FILES.before), read(SOURCE_FILES.merges)));
}

function main(): void {
  const text = buildGazetteerFile(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_DATA_DIR);
  writeFileSync(GAZETTEER_PATH, text);
  process.stdout.write(`gazetteer: wrote ${GAZETTEER_PATH} (${Buffer.byteLength(text)} bytes)\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) runCommand("gazetteer", main);
