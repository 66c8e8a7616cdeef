import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractProvinces } from "../../src/places/index.ts";

const SEEDS = new URL("../../seeds/", import.meta.url);

// NOTE: a light split (first non-empty line = title, the rest = paragraphs); the real parser
// lives elsewhere.
function seed(prefix: string): { title: string; lead: string; paragraphs: string[] } {
  const file = readdirSync(SEEDS).find((name) => name.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  const lines = readFileSync(new URL(file, SEEDS), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return { title: lines[0] ?? "", lead: "", paragraphs: lines.slice(1) };
}

describe("extractProvinces on the seeds", () => {
  it.each(["000", "001", "002", "003"])("returns quang-ninh as the only primary province of seed %s", (prefix) => {
    expect(extractProvinces(seed(prefix)).primary).toEqual(["quang-ninh"]);
  });

  it("returns lang-son as primary and its neighbours as mentioned for seed 004", () => {
    const refs = extractProvinces(seed("004"));
    expect(refs.primary).toEqual(["lang-son"]);
    expect(refs.mentioned).toEqual(
      expect.arrayContaining(["quang-ninh", "thai-nguyen", "bac-ninh", "cao-bang", "ha-noi", "hai-phong", "ho-chi-minh"]),
    );
    expect(refs.mentioned).not.toContain("lang-son");
  });

  it("returns hai-phong as mentioned in seed 002 (Hải Phòng, Hải Dương)", () => {
    expect(extractProvinces(seed("002")).mentioned).toContain("hai-phong");
  });

  it("returns ha-noi and hai-phong as mentioned in seed 001", () => {
    expect(extractProvinces(seed("001")).mentioned).toEqual(["ha-noi", "hai-phong"]);
  });

  it("returns no Chinese town as a province in seed 000 (Móng Cái - Đông Hưng)", () => {
    expect(extractProvinces(seed("000"))).toEqual({ primary: ["quang-ninh"], mentioned: [] });
  });
});

describe("extractProvinces", () => {
  const article = (title: string, lead = "", paragraphs: string[] = []) => ({ title, lead, paragraphs });

  it("returns the title's province first even when the body names another as often", () => {
    const refs = extractProvinces(article("Quảng Ninh đón khách", "", ["Đoàn khách từ Hà Nội.", "Khách Hà Nội hài lòng."]));
    expect(refs.primary[0]).toBe("quang-ninh");
  });

  it("returns a former province, district or alias under its current province", () => {
    expect(extractProvinces(article("Bắc Giang thu hoạch vải thiều")).primary).toEqual(["bac-ninh"]);
    expect(extractProvinces(article("Du lịch Hạ Long khởi sắc")).primary).toEqual(["quang-ninh"]);
    expect(extractProvinces(article("Giá nhà TP.HCM tăng")).primary).toEqual(["ho-chi-minh"]);
  });

  it("returns counts of former names and current names together", () => {
    const refs = extractProvinces(article("Tin kinh tế", "Hải Dương và Hải Phòng hợp nhất.", ["Quảng Ninh có một mỏ."]));
    expect(refs).toEqual({ primary: ["hai-phong"], mentioned: ["quang-ninh"] });
  });

  it("returns no primary province when the only evidence is one body mention", () => {
    expect(extractProvinces(article("Giá vàng hôm nay", "Giá vàng tăng.", ["Một cửa hàng ở Hà Nội."]))).toEqual({
      primary: [],
      mentioned: ["ha-noi"],
    });
  });

  it("returns at most three primary provinces", () => {
    const refs = extractProvinces(article("Mưa ở Hà Nội. Mưa ở Huế. Mưa ở Cần Thơ. Mưa ở Cà Mau."));
    expect(refs.primary).toEqual(["ha-noi", "hue", "can-tho"]);
    expect(refs.mentioned).toEqual(["ca-mau"]);
  });

  it.each([
    ["a list of many provinces", "Mưa lớn ở Hà Nội, Huế, Cần Thơ, Cà Mau.", ["ha-noi", "hue", "can-tho", "ca-mau"]],
    ["a person's hometown", "Công an bắt anh N. (25 tuổi, quê Thái Bình) tại Hà Nội.", ["hung-yen"]],
    ["a route's endpoints", "Hành khách trên xe khách tuyến Đà Nẵng - Hà Nội cần khai báo y tế.", ["da-nang", "ha-noi"]],
    ["an archipelago named for sovereignty", "EU lo ngại tàu Trung Quốc ở quần đảo Trường Sa.", ["khanh-hoa"]],
  ])("returns no primary province for %s named in the title", (_case, title, mentioned) => {
    const refs = extractProvinces(article(title));
    for (const id of mentioned) expect(refs.primary).not.toContain(id);
    expect(refs.mentioned).toEqual(expect.arrayContaining(mentioned));
  });

  it("returns nothing for an article without place names", () => {
    expect(extractProvinces(article("", "", []))).toEqual({ primary: [], mentioned: [] });
    expect(extractProvinces(article("hòa bình và thái bình", "ý chí", ["HN, QN"]))).toEqual({ primary: [], mentioned: [] });
  });
});
