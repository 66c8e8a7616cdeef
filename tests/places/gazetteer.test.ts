import { existsSync, readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR, GAZETTEER_PATH, SOURCE_FILES, buildGazetteer, buildGazetteerFile } from "../../scripts/build-gazetteer.ts";
import type { GazetteerData } from "../../src/places/gazetteer-data.ts";

const committed = JSON.parse(readFileSync(GAZETTEER_PATH, "utf8")) as GazetteerData;
const currentIds = new Set(committed.provinces.map((province) => province.id));
const hasSources = Object.values(SOURCE_FILES).every((file) => existsSync(resolve(DEFAULT_DATA_DIR, file)));

describe("gazetteer.json", () => {
  it("returns 34 current and 63 former provinces", () => {
    expect(committed.provinces).toHaveLength(34);
    expect(currentIds.size).toBe(34);
    expect(committed.former).toHaveLength(63);
  });

  it("maps every former province to an existing current id", () => {
    for (const former of committed.former) expect(currentIds, former.name).toContain(former.province);
  });

  it("points every place and alias to existing current ids", () => {
    for (const place of committed.places) {
      expect(place.provinces.length, place.name).toBeGreaterThan(0);
      for (const id of place.provinces) expect(currentIds, place.name).toContain(id);
    }
  });

  it.each([
    ["bac-giang", "bac-ninh"],
    ["hai-duong", "hai-phong"],
    ["bac-kan", "thai-nguyen"],
    ["quang-nam", "da-nang"],
    ["binh-duong", "ho-chi-minh"],
    ["ba-ria-vung-tau", "ho-chi-minh"],
    ["ha-giang", "tuyen-quang"],
    ["hoa-binh", "phu-tho"],
    ["quang-ninh", "quang-ninh"],
  ])("returns former %s as part of %s", (former, current) => {
    expect(committed.former.find((row) => row.id === former)?.province).toBe(current);
  });

  it("returns names without their type and full names with it", () => {
    expect(committed.provinces[0]).toMatchObject({ id: "ha-noi", name: "Hà Nội", fullName: "Thành phố Hà Nội", kind: "thành phố" });
    expect(committed.provinces.find((row) => row.id === "hue")).toMatchObject({ name: "Huế", fullName: "Thành phố Huế" });
    expect(committed.provinces.find((row) => row.id === "dak-lak")).toMatchObject({ name: "Đắk Lắk", fullName: "Tỉnh Đắk Lắk", kind: "tỉnh" });
  });

  it("returns names in the canonical tone style (Hòa, not Hoà)", () => {
    expect(committed.former.find((row) => row.id === "hoa-binh")?.name).toBe("Hòa Bình");
  });

  it("returns the former districts of each former province", () => {
    const quangNinh = committed.former.find((row) => row.id === "quang-ninh");
    expect(quangNinh?.districts.map(([name]) => name)).toEqual(expect.arrayContaining(["Hạ Long", "Móng Cái", "Vân Đồn", "Cẩm Phả", "Uông Bí"]));
    expect(committed.former.reduce((sum, row) => sum + row.districts.length, 0)).toBeGreaterThan(650);
  });

  it("returns a file well under 300 KB", () => {
    expect(statSync(GAZETTEER_PATH).size).toBeLessThan(300_000);
  });

  it.skipIf(!hasSources)("returns the committed file byte for byte when the build runs again", () => {
    expect(buildGazetteerFile()).toBe(readFileSync(GAZETTEER_PATH, "utf8"));
  });
});

describe("buildGazetteer", () => {
  it("throws when the merges do not hold 34 provinces", () => {
    expect(() => buildGazetteer([], { data: [] })).toThrow(/34 current provinces/);
  });

  it("throws when the input is not the expected shape", () => {
    expect(() => buildGazetteer(null, null)).toThrow(/merges\.data/);
  });
});
