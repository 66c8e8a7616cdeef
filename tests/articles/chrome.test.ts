import { describe, expect, it } from "vitest";
import { clockDate, isChromeLine } from "../../src/articles/index.ts";

describe("isChromeLine", () => {
  it.each([
    "Tất cả chuyên mục",
    "Xem với cỡ chữ",
    "Liên kết website",
    "Ý kiến ()",
    "Ý kiến (12)",
    "A A",
    "Thứ Hai, 25/11/2024 21:13 (GMT +7)",
    "Thứ 6, 28/07/2023 | 18:13:12 [GMT +7] A A",
    "Chủ nhật, 5/3/2023 - 08:00",
    "Cập nhật: 28/07/2023 18:13",
    "|",
    "Chia sẻ",
  ])("returns true for the chrome line %j", (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    "Quảng Ninh",
    "Ngày 28/7, đồng chí Trương Thị Mai chủ trì hội nghị.",
    "Thu Chung",
    "Ý kiến của cử tri được tiếp thu đầy đủ",
    "A star is born",
  ])("returns false for the text line %j", (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});

describe("clockDate", () => {
  it.each([
    ["Thứ Hai, 25/11/2024 21:13 (GMT +7)", [2024, 11, 25]],
    ["Thứ 6, 28/07/2023 | 18:13:12 [GMT +7] A A", [2023, 7, 28]],
    ["Ngày 28/7, đồng chí Trương Thị Mai chủ trì.", null],
    ["Tất cả chuyên mục", null],
  ])("returns the date of %j", (line, expected) => {
    const date = clockDate(line);
    expect(date ? [date.year, date.month, date.day] : null).toEqual(expected);
  });
});
