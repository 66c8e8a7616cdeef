import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/articles/index.ts";
import type { ParsedArticle } from "../../src/model/article.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { DANTRI_DIR, hasDantri, readFixture, readSeed } from "../fixtures/seeds.ts";

interface SeedCase {
  readonly seed: string;
  readonly title: string;
  /** True when the title must equal `title`; false when it is made from the lead and starts with it. */
  readonly hasHeadline: boolean;
  readonly date: string | null;
  readonly source: string | null;
  readonly author: string | null;
  readonly lead: string;
  /** Text that must appear nowhere in title, lead or paragraphs. */
  readonly absent: readonly string[];
}

const SEEDS: readonly SeedCase[] = [
  {
    seed: "000",
    title: "Chiều 27-1, Tổng Bí thư Tô Lâm và Đoàn công tác Trung ương đã làm việc với Ban Chấp hành Đảng bộ tỉnh Quảng Ninh",
    hasHeadline: false,
    date: "2026-01-28",
    source: "TTXVN",
    author: null,
    lead: "Chiều 27-1, Tổng Bí thư Tô Lâm và Đoàn công tác Trung ương đã làm việc",
    absent: ["date 2026", "ẢNH: TTXVN", "thăm, động viên cán bộ, công nhân Công ty Cổ phần Than Đèo Nai"],
  },
  {
    seed: "001",
    title: "Tổng Bí thư Tô Lâm: Quảng Ninh phải tiên phong, dẫn dắt trong các lĩnh vực chiến lược",
    hasHeadline: true,
    date: "2026-01-27",
    source: null,
    author: null,
    lead: "Ngày 27/1/2026, Tổng Bí thư Tô Lâm dẫn đầu",
    absent: [],
  },
  {
    seed: "002",
    title: "Thường trực Ban Bí thư giao ban công tác 6 tháng với các đồng chí Bí thư Tỉnh ủy, Thành ủy",
    hasHeadline: true,
    date: "2023-07-28",
    source: null,
    author: "Thu Chung",
    lead: "Ngày 28/7, đồng chí Trương Thị Mai",
    absent: ["Liên kết website", "Ý kiến (", "Tất cả chuyên mục", "GMT", "25/11/2024", "A A", "Thu Chung"],
  },
  {
    seed: "003",
    title: "Giữ vững địa bàn an toàn và đà tăng trưởng",
    hasHeadline: true,
    // NOTE: "Sáng 9.1" with no full date near it: the year is not invented from "năm 2021" further on.
    date: null,
    source: null,
    author: "Lê Hà",
    lead: "Sáng 9.1, tại TP Hạ Long",
    absent: ["Xem với cỡ chữ", "Toàn cảnh hội nghị", "LÊ HÀ"],
  },
  {
    seed: "004",
    title: "Sáng ngày 25/8, trong chương trình công tác tại Lạng Sơn",
    hasHeadline: false,
    // NOTE: "Sáng ngày 25/8" with no full date near it: no year from a document code further on.
    date: null,
    source: "Mặt trận",
    author: null,
    lead: "Sáng ngày 25/8, trong chương trình công tác tại Lạng Sơn",
    absent: [
      "(Mặt trận)",
      "Tổng Bí thư Nguyễn Phú Trọng và các đại biểu dự cuộc làm việc",
      "tham quan gian trưng bày tại trụ sở Tỉnh ủy Lạng Sơn",
      "Quang cảnh cuộc làm việc",
      "Ảnh: Trí Dũng",
      "Tổng Bí thư Nguyễn Phú Trọng và các đại biểu. ",
      "TTXVN",
      " |",
    ],
  },
];

function everyText(article: ParsedArticle): string[] {
  return [article.title, article.lead, ...article.paragraphs];
}

describe("parseArticle on the seeds", () => {
  describe.each(SEEDS)("seed $seed", (expected) => {
    const article = parseArticle(readSeed(expected.seed));

    it("returns the headline, or a title of at most 120 characters made from the lead", () => {
      expect(article.hasHeadline).toBe(expected.hasHeadline);
      if (expected.hasHeadline) expect(article.title).toBe(expected.title);
      else {
        expect(article.title.startsWith(expected.title)).toBe(true);
        expect(article.title.length).toBeLessThanOrEqual(120);
      }
    });

    it("returns the date, source and author", () => {
      expect({ date: article.date, source: article.source, author: article.author }).toEqual({
        date: expected.date,
        source: expected.source,
        author: expected.author,
      });
    });

    it("returns the chrome-free lead and does not repeat it in the paragraphs", () => {
      expect(article.lead.startsWith(expected.lead)).toBe(true);
      expect(article.paragraphs).not.toContain(article.lead);
      expect(article.paragraphs.length).toBeGreaterThan(1);
    });

    it("returns no chrome, caption or byline anywhere", () => {
      for (const text of everyText(article)) {
        for (const chrome of expected.absent) expect(text).not.toContain(chrome);
        expect(text.trim()).not.toBe("|");
        expect(text).not.toMatch(/^\s|\s$/u);
      }
    });
  });

  it("returns the headline of seed 003 without the category label above it", () => {
    const article = parseArticle(readSeed("003"));
    expect(everyText(article)).not.toContain("Quảng Ninh");
  });

  it("returns the body of seed 004 with every framed caption removed", () => {
    const source = readSeed("004").split("\n");
    const captions = source.filter((line, i) => line.trim().endsWith(" |") && source[i - 1]?.trim() === "|");
    expect(captions).toHaveLength(6);
    const paragraphs = parseArticle(readSeed("004")).paragraphs;
    for (const caption of captions) {
      const text = caption.replace(/\s*\|\s*$/u, "").replace(/\s*Ảnh:.*$/u, "");
      expect(paragraphs.some((paragraph) => paragraph.startsWith(text) && paragraph.length < text.length + 5)).toBe(false);
    }
  });
});

describe("parseArticle on crafted texts", () => {
  it.each([
    ["date 2026-01-28 Chiều 27-1, Tỉnh họp.\n\nĐoạn hai dài hơn một chút.", "2026-01-28", "Chiều 27-1, Tỉnh họp."],
    ["date: 2024-05-02\nSáng 1/5, tỉnh tổ chức lễ.\nĐoạn hai.", "2024-05-02", "Sáng 1/5, tỉnh tổ chức lễ."],
    ["# doc_id = x\n# date = 20201001\nTin ngắn.\nĐoạn hai.", "2020-10-01", "Tin ngắn."],
    ["---\ndate: 2022-12-31\nsource: VOV\n---\nChiều 30/12, tỉnh họp.\nĐoạn hai.", "2022-12-31", "Chiều 30/12, tỉnh họp."],
  ])("returns the metadata date and the lead from %j", (text, date, lead) => {
    const article = parseArticle(text);
    expect(article.date).toBe(date);
    expect(article.lead).toBe(lead);
  });

  it.each([
    ["Sáng 9.1, tỉnh triển khai nhiệm vụ năm 2021 theo Nghị quyết ngày 2.12.2020.\nĐoạn hai.", null],
    ["Sáng 9.1, tỉnh tổng kết đợt cao điểm bắt đầu từ ngày 2.12.2020.\nĐoạn hai.", "2021-01-09"],
    ["Sáng 9.1, tỉnh triển khai Nghị quyết ban hành ngày 2.12.2020.\nĐoạn hai.", null],
    ["Ngày 28/4, thành phố họp mặt kỷ niệm 46 năm giải phóng miền Nam (30/4/1975).\nĐoạn hai.", null],
    ["Sáng 9.1, tỉnh họp bàn kế hoạch đến năm 2030.\nĐoạn hai.", null],
    ["Sáng 5/6, tỉnh tổng kết giai đoạn 2020-2025 và năm 2022.\nĐoạn hai.", null],
    ["Ngày 25/2, tỉnh họp.\nHọc sinh nghỉ học đến hết ngày 28/2/2021.", "2021-02-25"],
    ["Ngày 25/2, tỉnh họp.\nĐoạn hai.\nĐoạn ba nhắc ngày 3/3/2019.", null],
    ["Ngày 31/2, tỉnh họp năm 2023.\nĐoạn hai.", null],
    ["Ngày 29/2/2024, tỉnh họp.\nĐoạn hai.", "2024-02-29"],
    ["Tỉnh họp bàn nhiều việc quan trọng trong tháng.\nĐoạn hai.", null],
    ["Tỉnh ủy, ngày 5/6/2024, đã tổ chức hội nghị.\nĐoạn hai.", "2024-06-05"],
    ["Thực hiện Chỉ thị ngày 13/7/2023 của Bộ Chính trị, tỉnh họp.\nĐoạn hai.", null],
  ])("returns the date of %j from the text's own context", (text, date) => {
    expect(parseArticle(text).date).toBe(date);
  });

  it.each([
    ["2026-12-02T00:00:00Z", null],
    ["2031-06-01T00:00:00Z", "2032-06-05"],
  ])("returns no date past next year by the injected clock (now %s)", (now, date) => {
    expect(parseArticle("Ngày 5/6/2032, tỉnh họp.\nĐoạn hai.", { clock: createFixedClock(now) }).date).toBe(date);
  });

  it("returns no date before 1945 (a 1901 date is a typo or history, not the article's day)", () => {
    expect(parseArticle("Ngày 5/6/1901, tỉnh họp.\nĐoạn hai.").date).toBeNull();
  });

  it("returns the article timestamp, not the page clock above the headline, when the lead has no dateline", () => {
    const article = parseArticle(readFixture("chrome-heavy.txt"));
    expect(article).toMatchObject({
      title: "Hà Giang đón hơn 300 nghìn lượt khách dịp đầu xuân",
      hasHeadline: true,
      date: "2024-03-11",
      author: "PV",
      paragraphs: ["Doanh thu du lịch ước đạt hơn 700 tỷ đồng, tăng 20% so với cùng kỳ năm 2023."],
    });
    expect(everyText(article).join("\n")).not.toMatch(/Thời sự|Chia sẻ|Xem thêm|cột cờ Lũng Cú|Liên kết|Ý kiến/u);
  });

  it("returns front-matter metadata and Markdown as plain text", () => {
    expect(parseArticle(readFixture("front-matter.md"))).toEqual({
      title: "Quảng Ninh khởi công cầu Cửa Lục 3",
      hasHeadline: true,
      date: "2024-03-15",
      source: "Báo Quảng Ninh",
      author: "Minh Hà",
      url: "https://baoquangninh.vn/khoi-cong-cau-cua-luc-3.html",
      lead:
        "Sáng 15/3, tại TP Hạ Long, UBND tỉnh Quảng Ninh tổ chức lễ khởi công cầu Cửa Lục 3 với tổng vốn đầu tư hơn 1.200 tỷ đồng, do Chủ tịch UBND tỉnh Cao Tường Huy chủ trì.",
      paragraphs: ["Kết nối hai bờ vịnh", "Công trình thực hiện theo Nghị quyết số 17-NQ/TU của Ban Chấp hành Đảng bộ tỉnh, xem chi tiết."],
      captions: [],
    });
  });

  it("returns a title ending in \"...\" as written (the ellipsis is not cut to \"..\")", () => {
    expect(parseArticle("Giá vàng tăng, người dân đổ xô đi mua...\nĐoạn hai.").title).toBe("Giá vàng tăng, người dân đổ xô đi mua...");
    expect(parseArticle("Miền Trung mịt mùng trong lũ...\nNhiều nơi ngập sâu, giao thông chia cắt.\nĐoạn ba.")).toMatchObject({ title: "Miền Trung mịt mùng trong lũ...", hasHeadline: true });
  });

  it("returns a Dân trí lead without the site's name the scraper glued in front, and a title made from it", () => {
    const article = parseArticle("# url = https://dantri.com.vn/suc-khoe/a.htm\nDân trí Nam thanh niên 17 tuổi bị tai nạn lao động mất ngón tay cái.\nĐoạn hai.");
    expect(article).toMatchObject({ lead: "Nam thanh niên 17 tuổi bị tai nạn lao động mất ngón tay cái.", title: "Nam thanh niên 17 tuổi bị tai nạn lao động mất ngón tay cái", source: "Dân trí" });
  });

  it("returns a short headline opening with a dateline as the headline, above the lead that opens so too", () => {
    const article = parseArticle("Tối 1/10, Việt Nam không có ca mắc Covid-19 mới\nTối 1/10, Bộ Y tế thông tin Việt Nam không ghi nhận ca mắc Covid-19 mới.\nĐoạn hai.");
    expect(article).toMatchObject({ title: "Tối 1/10, Việt Nam không có ca mắc Covid-19 mới", hasHeadline: true, lead: "Tối 1/10, Bộ Y tế thông tin Việt Nam không ghi nhận ca mắc Covid-19 mới." });
  });

  it("returns a lead opening with a dateline and lacking its final period as the lead when a subheading follows", () => {
    const lead = "Tối 23/4, Liên đoàn Bóng đá xứ Wales thông báo loại Ryan Giggs khỏi ghế HLV trưởng. Ông Robert Page thay thế";
    expect(parseArticle(`${lead}\nRyan Giggs bị buộc tội hành hung\nĐoạn hai.`)).toMatchObject({ lead, hasHeadline: false });
  });

  it("returns a short headline shown twice at the top as the headline, not as a caption", () => {
    const article = parseArticle("Miền Trung mịt mùng\nMiền Trung mịt mùng\nMưa lớn kéo dài khiến nhiều tỉnh miền Trung ngập sâu.\nĐoạn hai.");
    expect(article).toMatchObject({ title: "Miền Trung mịt mùng", hasHeadline: true, lead: "Mưa lớn kéo dài khiến nhiều tỉnh miền Trung ngập sâu." });
    expect(article.captions).toEqual([]);
  });

  it("returns a source from the url host when the text names none", () => {
    const article = parseArticle("# url = https://dantri.com.vn/xa-hoi/a.htm\n# date = 20210426\nTiêu đề bài báo khá dài\nNội dung bài.");
    expect(article).toMatchObject({ source: "Dân trí", url: "https://dantri.com.vn/xa-hoi/a.htm", title: "Tiêu đề bài báo khá dài", hasHeadline: true });
  });

  it("returns the author and the agency from glued and credit bylines", () => {
    expect(parseArticle("Tin dài một câu có dấu chấm.\nĐoạn hai.\nT.ThủyTheo VnExpress")).toMatchObject({ author: "T.Thủy", source: "VnExpress" });
    expect(parseArticle("Tin dài một câu có dấu chấm.\nĐoạn hai.\nTrang Phạm\nTheo Sputnik")).toMatchObject({ author: "Trang Phạm", paragraphs: ["Đoạn hai."] });
  });

  it("returns no caption shown twice, but keeps a subheading whose paragraph starts with the same words", () => {
    const article = parseArticle("Tin có dấu chấm ở cuối câu.\nToàn cảnh hội nghị\nToàn cảnh hội nghị\nHội An\nHội An là đô thị cổ.\n|\nDu khách dạo phố |");
    expect(article.paragraphs).toEqual(["Hội An", "Hội An là đô thị cổ."]);
  });

  it("returns a long line after a photo marker as a paragraph, not a caption", () => {
    const long = `Đây là một đoạn văn dài ${"có nhiều chữ ".repeat(30)}kết thúc.`;
    expect(parseArticle(`Tin có dấu chấm ở cuối câu.\n|\n${long}`).paragraphs).toEqual([long]);
  });

  it("returns a paragraph joined from hard-wrapped lines", () => {
    expect(parseArticle("Tin có dấu chấm ở cuối câu.\nĐoạn hai bị ngắt\ndòng giữa chừng.").paragraphs).toEqual(["Đoạn hai bị ngắt dòng giữa chừng."]);
  });

  it("returns an empty article rather than throwing on empty or chrome-only text", () => {
    expect(parseArticle("")).toMatchObject({ title: "", lead: "", paragraphs: [], date: null });
    expect(parseArticle("Tất cả chuyên mục\nA A\n")).toMatchObject({ title: "", lead: "", paragraphs: [] });
  });

  it("returns a title cut at a word boundary with an ellipsis when the lead's first sentence is too long", () => {
    const lead = `${"Tỉnh tiếp tục đẩy mạnh cải cách hành chính ".repeat(5)}trong năm nay.`;
    const article = parseArticle(`${lead}\nĐoạn hai.`);
    expect(article.hasHeadline).toBe(false);
    expect(article.title.endsWith("…")).toBe(true);
    expect(article.title.length).toBeLessThanOrEqual(120);
    expect(lead.startsWith(article.title.slice(0, -1))).toBe(true);
    expect(lead[article.title.length - 1]).toBe(" ");
  });
});

describe.skipIf(!hasDantri())("parseArticle on the dantri corpus", () => {
  it("returns, for every file, a non-empty title of at most 200 characters and the header's date", () => {
    const failures: string[] = [];
    const files = readdirSync(DANTRI_DIR).filter((name) => name.endsWith(".txt"));
    for (const name of files) {
      const text = readFileSync(join(DANTRI_DIR, name), "utf8");
      const header = /^# date = (\d{4})(\d{2})(\d{2})$/mu.exec(text);
      const article = parseArticle(text);
      const expected = header ? `${header[1]}-${header[2]}-${header[3]}` : null;
      if (!article.title || article.title.length > 200 || article.date !== expected || article.source !== "Dân trí") failures.push(name);
    }
    expect(files.length).toBe(2653);
    expect(failures).toEqual([]);
  });

  const undated = (text: string) => text.replace(/^# date = .*$/mu, "");
  const clock = createFixedClock("2026-12-02T00:00:00Z");

  it("returns no date for any file once its # date header and the years of its full dates are removed (an undated corpus gets no dates)", () => {
    const dated: string[] = [];
    for (const name of readdirSync(DANTRI_DIR).filter((file) => file.endsWith(".txt"))) {
      const text = undated(readFileSync(join(DANTRI_DIR, name), "utf8")).replace(/(\d{1,2}[/.-]\d{1,2})[/.-](?:19|20)\d{2}/gu, "$1");
      const article = parseArticle(text, { clock });
      if (article.date !== null) dated.push(`${name}: ${article.date} (${article.lead.slice(0, 60)})`);
    }
    expect(dated).toEqual([]);
  });

  it("returns, once the # date header is stripped, only dates whose year is written in a full date at the start of the article", () => {
    const invented: string[] = [];
    let count = 0;
    for (const name of readdirSync(DANTRI_DIR).filter((file) => file.endsWith(".txt"))) {
      const article = parseArticle(undated(readFileSync(join(DANTRI_DIR, name), "utf8")), { clock });
      if (article.date === null) continue;
      count++;
      const year = Number(article.date.slice(0, 4));
      const opening = `${article.lead} ${article.paragraphs[0] ?? ""}`;
      const written = [...opening.matchAll(/\d{1,2}[/.-]\d{1,2}[/.-]((?:19|20)\d{2})/gu)].map((match) => Number(match[1]));
      if (!written.includes(year) && !written.includes(year - 1)) invented.push(`${name}: ${article.date}`);
    }
    expect(invented).toEqual([]);
    expect(count).toBeLessThan(60);
  });
});
