import { describe, expect, it } from "vitest";
import { extractPage } from "../../src/live/extract-page.ts";
import { articlePage } from "./fixture-server.ts";
import { baoQuangNinhPage, dantriPage, STORY, thanhnienPage, tuoitrePage, vietnamplusPage, vnexpressPage } from "./site-pages.ts";

const PARAGRAPHS = [
  "Sáng 27/1, Ủy ban nhân dân tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026 với sự tham dự của lãnh đạo các sở, ngành.",
  "Theo báo cáo, tốc độ tăng trưởng GRDP của tỉnh đạt 11,89%, thu ngân sách đạt 85.050 tỷ đồng, cao nhất từ trước tới nay.",
  "Chủ tịch UBND tỉnh yêu cầu các địa phương tập trung giải ngân vốn đầu tư công ngay từ những tháng đầu năm.",
];

describe("extractPage", () => {
  it("returns the title from og:title, the date from JSON-LD in Vietnam time, the source and the body", () => {
    const html = articlePage({ title: "Quảng Ninh tổng kết năm 2025", published: "2026-01-27T18:30:00Z", site: "Báo Quảng Ninh", paragraphs: PARAGRAPHS });
    const result = extractPage(html, { url: "https://baoquangninh.vn/a.html" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parsed.title).toBe("Quảng Ninh tổng kết năm 2025");
    expect(result.parsed.hasHeadline).toBe(true);
    expect(result.parsed.date).toBe("2026-01-28");
    expect(result.parsed.source).toBe("Báo Quảng Ninh");
    expect(result.parsed.url).toBe("https://baoquangninh.vn/a.html");
    expect(result.parsed.lead).toBe(PARAGRAPHS[0]);
    expect(result.parsed.paragraphs).toEqual(PARAGRAPHS.slice(1));
  });

  it("falls back to the feed item's date, and invents no year for the text's dateline, when the page has no date", () => {
    const html = articlePage({ title: "Không có ngày", paragraphs: PARAGRAPHS });
    const withFeed = extractPage(html, { url: "https://x.vn/a", feedPublished: "Mon, 26 Jan 2026 03:00:00 GMT" });
    expect(withFeed.ok && withFeed.parsed.date).toBe("2026-01-26");
    const withText = extractPage(html, { url: "https://x.vn/a" });
    // NOTE: the dateline "Sáng 27/1" has no full date near it: "năm 2026" further on is not its year.
    expect(withText.ok && withText.parsed.date).toBeNull();
  });

  it("returns 'no article text' for a page without article text", () => {
    const html = `<!doctype html><html><head><title>Ảnh</title></head><body><nav>Trang chủ</nav><img src="a.jpg"><p>Xem ảnh</p></body></html>`;
    expect(extractPage(html, { url: "https://x.vn/anh" })).toEqual({ ok: false, reason: "no article text" });
  });
});

describe("extractPage on the page shapes of Vietnamese news sites", () => {
  it.each([
    ["Dân trí (h2.singular-sapo)", dantriPage()],
    ["VnExpress (p.description)", vnexpressPage()],
    ["Tuổi Trẻ (h2.detail-sapo)", tuoitrePage()],
    ["Thanh Niên (h2.detail-sapo, div.PhotoCMS_Caption)", thanhnienPage()],
    ["VietnamPlus (div.article__sapo)", vietnamplusPage()],
    ["Báo Quảng Ninh (div.sapo, td.image_desc)", baoQuangNinhPage()],
  ])("returns the lead, every paragraph and the caption as a caption on %s", (_site, html) => {
    const result = extractPage(html, { url: "https://example.vn/a.html" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parsed.title).toBe(STORY.title);
    expect(result.parsed.lead.endsWith(STORY.lead)).toBe(true);
    expect(result.parsed.paragraphs).toEqual(STORY.paragraphs);
    expect(result.parsed.captions?.map((caption) => caption.replace(/[.\s]+$/u, ""))).toEqual([STORY.caption]);
    expect(result.parsed.date).toBe("2026-03-15");
  });

  it("returns the VnExpress place stamp before the lead, apart from it", () => {
    const result = extractPage(vnexpressPage(), { url: "https://vnexpress.net/a.html" });
    expect(result.ok && result.parsed.lead).toBe(`Quảng Ninh - ${STORY.lead}`);
  });

  it("returns og:description as the lead when the page has no sapo element and the body does not open with it", () => {
    const html = articlePage({ title: "Không có sapo", paragraphs: PARAGRAPHS.slice(1) }).replace("</head>", `<meta property="og:description" content="${PARAGRAPHS[0]}"></head>`);
    const result = extractPage(html, { url: "https://x.vn/a" });
    expect(result.ok && result.parsed.lead).toBe(PARAGRAPHS[0]);
    expect(result.ok && result.parsed.paragraphs).toEqual(PARAGRAPHS.slice(1));
  });

  it("returns og:description only once when the body already opens with it", () => {
    const html = articlePage({ title: "Sapo trong thân bài", paragraphs: PARAGRAPHS }).replace("</head>", `<meta property="og:description" content="${PARAGRAPHS[0]}"></head>`);
    const result = extractPage(html, { url: "https://x.vn/a" });
    expect(result.ok && result.parsed.lead).toBe(PARAGRAPHS[0]);
    expect(result.ok && result.parsed.paragraphs).toEqual(PARAGRAPHS.slice(1));
  });
});
