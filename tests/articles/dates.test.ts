import { describe, expect, it } from "vitest";
import { findDateline, findFullDates, isCalendarDay, isPlausibleYear, parseMetadataDate, yearFromNearbyDate } from "../../src/articles/index.ts";

describe("parseMetadataDate", () => {
  it.each([
    ["2026-01-28", "2026-01-28"],
    ["2026-1-8", "2026-01-08"],
    ["20201001", "2020-10-01"],
    ["2024-03-15T08:00:00+07:00", "2024-03-15"],
    ["28/01/2026", "2026-01-28"],
    ["2023-02-31", null],
    ["20231301", null],
    ["hôm qua", null],
  ])("returns %j as %j", (raw, expected) => {
    expect(parseMetadataDate(raw)).toBe(expected);
  });
});

describe("isCalendarDay", () => {
  it.each([
    [2024, 2, 29, true],
    [2023, 2, 29, false],
    [2023, 2, 31, false],
    [2023, 4, 31, false],
    [2023, 12, 31, true],
    [2023, 0, 1, false],
  ])("returns whether %i-%i-%i is a day", (year, month, day, expected) => {
    expect(isCalendarDay(year, month, day)).toBe(expected);
  });
});

describe("findDateline", () => {
  it.each([
    ["Sáng 9.1, tại TP Hạ Long", { day: 9, month: 1, year: null }],
    ["Chiều 27-1, Tổng Bí thư", { day: 27, month: 1, year: null }],
    ["Sáng ngày 25/8, trong chương trình", { day: 25, month: 8, year: null }],
    ["Ngày 27/1/2026, Tổng Bí thư", { day: 27, month: 1, year: 2026 }],
    ["Rạng sáng nay (23/4), Barcelona", { day: 23, month: 4, year: null }],
    ["Hôm qua (21/4), lễ bốc thăm", { day: 21, month: 4, year: null }],
    ["2.314 thôn, tổ dân phố", null],
    ["Ngày 31/2, tỉnh họp", null],
    ["Tại hội nghị, sáng 9/1", null],
  ])("returns the dateline of %j", (lead, expected) => {
    expect(findDateline(lead)).toEqual(expected);
  });
});

describe("findFullDates", () => {
  it("returns valid full dates in order, skipping impossible days and codes", () => {
    const found = findFullDates("ngày 2.12.2020, ngày 13/7/2023, 31/2/2023, số 35/2023/UBTVQH15, 1.234.567");
    expect(found.map(({ year, month, day }) => [year, month, day])).toEqual([
      [2020, 12, 2],
      [2023, 7, 13],
    ]);
  });
});

describe("yearFromNearbyDate", () => {
  it.each([
    ["Sáng 9.1, tỉnh tổng kết đợt cao điểm bắt đầu từ ngày 2.12.2020", 9, 1, 2021],
    ["Sáng 9.1, tỉnh triển khai Nghị quyết ngày 2.12.2020 của Ban Chấp hành", 9, 1, null],
    ["Ngày 20/12, tỉnh tổng kết đợt cao điểm từ ngày 2.12.2020", 20, 12, 2020],
    ["Ngày 25/2, Sở thông báo học sinh nghỉ đến hết ngày 28/2/2021", 25, 2, 2021],
    ["Ngày 10/5, tòa tuyên án vụ việc xảy ra ngày 3/4/2021", 10, 5, 2021],
    ["mục tiêu đến năm 2045 trở thành nước phát triển, nhiệm vụ năm 2021", 27, 1, null],
    ["văn bản 12/2020/NĐ-CP và tầm nhìn 2050", 3, 3, null],
    ["không có năm nào", 3, 3, null],
  ])("returns the year of a dateline from a full date close to it in %j", (text, day, month, expected) => {
    expect(yearFromNearbyDate(day, month, text)).toBe(expected);
  });
});

describe("isPlausibleYear", () => {
  it.each([
    [1944, false],
    [1945, true],
    [2027, true],
    [2028, false],
  ])("returns whether %i is between 1945 and next year (2027)", (year, expected) => {
    expect(isPlausibleYear(year, 2027)).toBe(expected);
  });
});
