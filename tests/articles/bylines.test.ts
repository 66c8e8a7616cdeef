import { describe, expect, it } from "vitest";
import { displayByline, knownSource, peelLeadPrefix, peelMasthead, peelTrailingBylines, sourceFromUrl } from "../../src/articles/index.ts";

describe("displayByline", () => {
  it.each([
    ["LÊ HÀ", "Lê Hà"],
    ["NGUYỄN VĂN AN", "Nguyễn Văn An"],
    ["PV", "PV"],
    ["Thu Chung", "Thu Chung"],
    ["T.Thủy", "T.Thủy"],
  ])("returns %j displayed as %j", (byline, expected) => {
    expect(displayByline(byline)).toBe(expected);
  });
});

describe("peelTrailingBylines", () => {
  it.each([
    [["Đoạn một.", "Đoạn hai.", "TTXVN"], ["Đoạn một.", "Đoạn hai."], null, "TTXVN"],
    [["Đoạn một.", "Đoạn hai.", "Thu Chung"], ["Đoạn một.", "Đoạn hai."], "Thu Chung", null],
    [["Đoạn một.", "LÊ HÀ"], ["Đoạn một."], "Lê Hà", null],
    [["Đoạn một.", "Trang Phạm", "Theo Sputnik"], ["Đoạn một."], "Trang Phạm", null],
    [["Đoạn một.", "Nhật LinhTheo VnExpress"], ["Đoạn một."], "Nhật Linh", "VnExpress"],
    [["Đoạn một.", "Công Bính - Ngô Linh"], ["Đoạn một."], "Công Bính - Ngô Linh", null],
    [["Đoạn một.", "Dân trí sẽ tiếp tục thông tin về vụ việc này."], ["Đoạn một.", "Dân trí sẽ tiếp tục thông tin về vụ việc này."], null, null],
    [["Đoạn một.", "Xây dựng quê hương Lạng Sơn ngày càng phát triển, giàu đẹp"], ["Đoạn một.", "Xây dựng quê hương Lạng Sơn ngày càng phát triển, giàu đẹp"], null, null],
    [["Chỉ một dòng"], ["Chỉ một dòng"], null, null],
  ])("returns the body, author and source of %j", (body, lines, author, source) => {
    expect(peelTrailingBylines(body)).toEqual({ lines, author, source });
  });
});

describe("peelMasthead", () => {
  it.each([
    ["the page's own site name glued in front", "Dân trí Nam thanh niên 17 tuổi bị tai nạn lao động.", "Dân trí", "Nam thanh niên 17 tuổi bị tai nạn lao động."],
    ["another paper's name, which is the lead's subject", "Tuổi Trẻ Cười ra số đặc biệt.", "Dân trí", "Tuổi Trẻ Cười ra số đặc biệt."],
    ["the site's name followed by lowercase words", "Dân trí hôm nay ra mắt chuyên mục mới.", "Dân trí", "Dân trí hôm nay ra mắt chuyên mục mới."],
    ["an unknown source", "Dân trí Nam thanh niên bị tai nạn.", null, "Dân trí Nam thanh niên bị tai nạn."],
  ])("returns the lead for %s", (_case, lead, source, expected) => {
    expect(peelMasthead(lead, source)).toBe(expected);
  });
});

describe("peelLeadPrefix", () => {
  it.each([
    ["(Mặt trận) - Sáng ngày 25/8, trong chương trình", "Sáng ngày 25/8, trong chương trình", "Mặt trận"],
    ["Hà Nội (TTXVN) - Chiều 5/3, Thủ tướng", "Chiều 5/3, Thủ tướng", "TTXVN"],
    ["(Dân trí) – Ngày 20/4, Sở Y tế", "Ngày 20/4, Sở Y tế", "Dân trí"],
    ["(ảnh minh họa) - nội dung", "(ảnh minh họa) - nội dung", null],
    ["Sáng 9.1, tại TP Hạ Long (Quảng Ninh), hội nghị", "Sáng 9.1, tại TP Hạ Long (Quảng Ninh), hội nghị", null],
  ])("returns the lead and source of %j", (lead, rest, source) => {
    expect(peelLeadPrefix(lead)).toEqual({ lead: rest, source });
  });
});

describe("sources", () => {
  it.each([
    ["ttxvn", "TTXVN"],
    ["Dan tri", "Dân trí"],
    ["VNEXPRESS", "VnExpress"],
    ["Ban Thường vụ", null],
  ])("returns the known source written %j", (text, expected) => {
    expect(knownSource(text)).toBe(expected);
  });

  it.each([
    ["https://dantri.com.vn/kinh-doanh/a.htm", "Dân trí"],
    ["https://m.dantri.com.vn/a.htm", "Dân trí"],
    ["https://baoquangninh.vn/x.html", "Báo Quảng Ninh"],
    ["https://example.com/a", null],
    ["không phải url", null],
  ])("returns the source of url %j", (url, expected) => {
    expect(sourceFromUrl(url)).toBe(expected);
  });
});
