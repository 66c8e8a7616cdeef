import { describe, expect, it } from "vitest";
import { peelMetadata } from "../../src/articles/index.ts";

describe("peelMetadata", () => {
  it.each([
    [["date 2026-01-28 Chiều 27-1, Tổng Bí thư…"], { date: "2026-01-28" }, ["Chiều 27-1, Tổng Bí thư…"]],
    [[" date 2026-01-28", "Tin."], { date: "2026-01-28" }, ["Tin."]],
    [["date: 2026-01-28", "title: Tiêu đề", "Tin."], { date: "2026-01-28", title: "Tiêu đề" }, ["Tin."]],
    [["# doc_id = a1", "# url = https://dantri.com.vn/x.htm", "# date = 20201001", "Tin."], { url: "https://dantri.com.vn/x.htm", date: "20201001" }, ["Tin."]],
    [["---", "title: \"Có: dấu hai chấm\"", "author: Lê Hà", "tags: a, b", "---", "", "Tin."], { title: "Có: dấu hai chấm", author: "Lê Hà" }, ["Tin."]],
    [["url https://vnexpress.net/a.html Nội dung"], { url: "https://vnexpress.net/a.html" }, ["Nội dung"]],
    [["Source: TTXVN", "Tin."], { source: "TTXVN" }, ["Tin."]],
  ])("returns the metadata and remaining lines of %j", (lines, metadata, rest) => {
    expect(peelMetadata(lines)).toEqual({ metadata, lines: rest });
  });

  it.each([
    [["Tổng Bí thư Tô Lâm: Quảng Ninh phải tiên phong"]],
    [["date hôm qua trời mưa"]],
    [["Video: Reddit"]],
    [["---", "không đóng"]],
  ])("returns the lines untouched when %j opens with no metadata", (lines) => {
    expect(peelMetadata(lines)).toEqual({ metadata: {}, lines });
  });
});
