import { describe, expect, it } from "vitest";
import { compareProvinceIds, getProvince, listFormerProvinces, listProvinces } from "../../src/places/index.ts";

describe("listProvinces", () => {
  it("returns the 34 current provinces in the official order", () => {
    const ids = listProvinces().map((province) => province.id);
    expect(ids).toHaveLength(34);
    expect(ids.slice(0, 4)).toEqual(["ha-noi", "cao-bang", "tuyen-quang", "dien-bien"]);
    expect(ids.at(-1)).toBe("ca-mau");
  });

  it("returns provinces with exactly id, name, fullName and kind", () => {
    expect(listProvinces().find((province) => province.id === "ho-chi-minh")).toEqual({
      id: "ho-chi-minh",
      name: "Hồ Chí Minh",
      fullName: "Thành phố Hồ Chí Minh",
      kind: "thành phố",
    });
  });
});

describe("getProvince", () => {
  it("returns the province with that id", () => {
    expect(getProvince("quang-ninh")?.fullName).toBe("Tỉnh Quảng Ninh");
  });

  it("returns undefined when the id is a former province or unknown", () => {
    expect(getProvince("bac-giang")).toBeUndefined();
    expect(getProvince("")).toBeUndefined();
  });
});

describe("listFormerProvinces", () => {
  it("returns the 63 former provinces with the current province each joined", () => {
    const former = listFormerProvinces();
    expect(former).toHaveLength(63);
    expect(former.find((row) => row.id === "bac-giang")).toEqual({
      id: "bac-giang",
      name: "Bắc Giang",
      fullName: "Tỉnh Bắc Giang",
      kind: "tỉnh",
      provinceId: "bac-ninh",
    });
    for (const row of former) expect(getProvince(row.provinceId), row.name).toBeDefined();
  });
});

describe("compareProvinceIds", () => {
  it("returns the official order, unknown ids last", () => {
    expect(["ca-mau", "unknown", "ha-noi", "quang-ninh"].sort(compareProvinceIds)).toEqual(["ha-noi", "quang-ninh", "ca-mau", "unknown"]);
  });
});
