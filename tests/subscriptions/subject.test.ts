import { describe, expect, it } from "vitest";
import { keywordKey, parseSubject } from "../../src/subscriptions/index.ts";

describe("parseSubject", () => {
  it.each([
    ["Quảng Ninh", { kind: "province", value: "quang-ninh", label: "Quảng Ninh", excludes: [], via: null }],
    ["quang ninh -thể thao", { kind: "province", value: "quang-ninh", excludes: ["thể thao"] }],
    ["Bắc Giang", { kind: "province", value: "bac-ninh", via: expect.stringContaining("Bắc Giang") }],
    ["Hạ Long -bóng đá -“giải trí”", { kind: "province", value: "quang-ninh", excludes: ["bóng đá", "giải trí"] }],
    ["giá vàng", { kind: "keyword", value: "gia vang", label: "giá vàng", excludes: [] }],
    ["Giá  VÀNG -SJC", { kind: "keyword", value: "gia vang", excludes: ["sjc"] }],
    ['"Quảng Ninh"', { kind: "keyword", value: "quang ninh", label: "Quảng Ninh" }],
    ["kinh tế - xã hội", { kind: "keyword", value: "kinh te - xa hoi", excludes: [] }],
  ])("returns the subject of %j", (typed, expected) => {
    expect(parseSubject(typed)).toMatchObject(expected);
  });

  it.each(["", "   ", "-thể thao"])("returns empty for %j", (typed) => {
    expect(parseSubject(typed).kind).toBe("empty");
  });
});

describe("keywordKey", () => {
  it("returns the same key for accents, case and spacing variants", () => {
    expect(keywordKey(" Giá   Vàng ")).toBe(keywordKey("gia vang"));
  });
});
