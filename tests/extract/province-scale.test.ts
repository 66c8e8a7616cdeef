import { describe, expect, it } from "vitest";
import { isProvinceScale } from "../../src/extract/index.ts";
import type { Figure } from "../../src/model/article.ts";

const figure = (indicator: string, value: number, unit: string): Figure => ({ indicator, value, raw: String(value), unit, year: null, local: false });

describe("isProvinceScale", () => {
  it.each([
    ["diện tích", 6178, "km²", true],
    ["diện tích", 13000, "ha", false],
    ["diện tích", 25.1, "ha", false],
    ["dân số", 1.3, "triệu người", true],
    ["dân số", 802, "nghìn người", true],
    ["dân số", 295309, "người", false],
    ["diện tích", 567, "km²", false],
    ["thu ngân sách", 850, "tỷ đồng", false],
    ["dân số", 6096, "người", false],
    ["thu ngân sách", 85050, "tỷ đồng", true],
    ["vốn đầu tư", 11.5, "triệu đồng", false],
    ["FDI", 2.5, "tỷ USD", true],
    ["FDI", 300, "nghìn USD", false],
    ["khách du lịch", 15, "triệu lượt khách", true],
    ["GRDP", 0.5, "%", true],
    ["GRDP bình quân đầu người", 9400, "USD", true],
    ["thu nhập bình quân", 59, "triệu đồng", true],
    ["PCI", 70.1, "điểm", true],
  ])("returns whether %s %d %s is a province's size (%s)", (indicator, value, unit, expected) => {
    expect(isProvinceScale(figure(indicator, value, unit))).toBe(expected);
  });
});
