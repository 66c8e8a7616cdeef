import type { Config } from "../../src/config/config.ts";
import type { ParsedArticle } from "../../src/model/article.ts";
import { articlePage, atom, encodeWindows1258, rss, type FixtureServer } from "./fixture-server.ts";

/** The story of the UTF-8 page and, nearly word for word, of its copy on another site. */
export const QUANG_NINH = [
  "Chiều 27/1, Ủy ban nhân dân tỉnh Quảng Ninh tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026 tại thành phố Hạ Long với sự tham dự của lãnh đạo các sở, ngành và địa phương.",
  "Theo báo cáo tại hội nghị, tốc độ tăng trưởng GRDP của tỉnh năm 2025 đạt 11,89%, thu ngân sách nhà nước đạt 85.050 tỷ đồng, thu hút vốn đầu tư trực tiếp nước ngoài đạt hơn 3 tỷ USD.",
  "Phát biểu kết luận, Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung tháo gỡ vướng mắc về mặt bằng, đẩy nhanh giải ngân vốn đầu tư công ngay từ những tháng đầu năm, cải thiện môi trường kinh doanh.",
  "Tỉnh đặt mục tiêu năm 2026 tăng trưởng kinh tế từ 12% trở lên, phát triển mạnh du lịch biển đảo, kinh tế cửa khẩu và công nghiệp chế biến, chế tạo công nghệ cao tại các khu công nghiệp.",
];

/** A windows-1258 page about Hà Giang. */
export const HA_GIANG = [
  "Sáng 26/1, tỉnh Tuyên Quang khai mạc lễ hội hoa tam giác mạch trên cao nguyên đá Đồng Văn, thu hút hàng nghìn du khách trong và ngoài nước đến tham quan, trải nghiệm văn hóa vùng cao.",
  "Ban tổ chức cho biết lễ hội năm nay có nhiều hoạt động như chợ phiên, trình diễn trang phục dân tộc Mông, Lô Lô, Dao và giới thiệu sản phẩm đặc sản địa phương như mật ong bạc hà, chè shan tuyết.",
];

/** A feed article as the store keeps it once fetched and parsed (at https://example.vn/a.html). */
export const STORED_PARSED: ParsedArticle = {
  title: "Bài từ nguồn tin",
  hasHeadline: true,
  date: "2026-01-30",
  source: "Báo Thử",
  author: null,
  url: "https://example.vn/a.html",
  lead: "Sáng 30/1, tỉnh Lạng Sơn tổ chức lễ đón khách du lịch đầu năm tại cửa khẩu Hữu Nghị.",
  paragraphs: ["Đoạn hai của bài viết."],
};

/** Paths served by `serveFixtures`. */
export const PATHS = {
  rss: "/rss.xml",
  atom: "/atom.xml",
  broken: "/broken.xml",
  html: "/trang-chu.html",
  missing: "/khong-co.xml",
  page: "/tin/quang-ninh-tong-ket.html",
  copy: "/bao-khac/quang-ninh-tong-ket-nam.html",
  legacy: "/tin/le-hoi-dong-van.html",
  slow: "/tin/cham.html",
  empty: "/tin/anh.html",
  huge: "/tin/qua-lon.html",
  failing: "/tin/loi.html",
  undated: "/tin/khong-ngay.html",
} as const;

/** A page whose feed item, metadata and text give no date. */
export const UNDATED = [
  "Người dân xã vùng cao phấn khởi đón điện lưới quốc gia về tận thôn bản, chấm dứt nhiều năm sinh hoạt bằng đèn dầu và máy phát điện nhỏ, mở ra cơ hội phát triển sản xuất, kinh doanh.",
  "Công trình gồm đường dây trung thế, trạm biến áp và hệ thống hạ thế dẫn đến từng hộ gia đình, do ngành điện phối hợp với chính quyền địa phương thi công trong nhiều tháng liền.",
];

/** Registers the fixture feeds and pages on a server. */
export function serveFixtures(server: FixtureServer): void {
  const { routes } = server;
  const link = (path: string, query = "") => server.url(path) + query;
  routes.set(PATHS.rss, {
    etag: '"rss-1"',
    headers: { "content-type": "application/rss+xml; charset=utf-8" },
    body: rss([
      { title: "Quảng Ninh tổng kết năm 2025", link: link(PATHS.page, "?utm_source=rss&utm_medium=feed"), pubDate: "Tue, 27 Jan 2026 11:00:00 GMT" },
      { title: "Quảng Ninh tổng kết năm 2025 (bản chia sẻ)", link: link(PATHS.page, "?fbclid=IwAR123"), pubDate: "Tue, 27 Jan 2026 11:00:00 GMT" },
      { title: "Lễ hội hoa tam giác mạch" , link: link(PATHS.legacy) },
      { title: "Tin không có đường dẫn", pubDate: "Tue, 27 Jan 2026 11:00:00 GMT" },
      { title: "Trang chậm", link: link(PATHS.slow) },
      { title: "Trang ảnh", link: link(PATHS.empty) },
      { title: "Trang quá lớn", link: link(PATHS.huge) },
      { title: "Trang lỗi", link: link(PATHS.failing) },
      { title: "Tin không ngày", link: link(PATHS.undated) },
    ]),
  });
  routes.set(PATHS.atom, {
    etag: '"atom-1"',
    headers: { "content-type": "application/atom+xml" },
    body: atom([{ title: "Quảng Ninh: tăng trưởng 11,89%", link: link(PATHS.copy, "?utm_campaign=x"), published: "2026-01-27T19:00:00+07:00" }]),
  });
  routes.set(PATHS.broken, { headers: { "content-type": "application/rss+xml" }, body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Hỏng</title><item><title>x</item></channel>` });
  routes.set(PATHS.html, { headers: { "content-type": "text/html" }, body: "<!doctype html><html><body><p>Đây là trang chủ, không phải RSS.</p></body></html>" });
  routes.set(PATHS.page, {
    headers: { "content-type": "text/html; charset=utf-8" },
    body: articlePage({ title: "Quảng Ninh tổng kết năm 2025, đặt mục tiêu tăng trưởng 12%", published: "2026-01-27T10:30:00Z", site: "Báo Thử", paragraphs: QUANG_NINH }),
  });
  routes.set(PATHS.copy, {
    headers: { "content-type": "text/html; charset=utf-8" },
    body: articlePage({
      title: "Quảng Ninh đặt mục tiêu tăng trưởng từ 12% năm 2026",
      published: "2026-01-27T20:00:00+07:00",
      site: "Báo Khác",
      paragraphs: [...QUANG_NINH.slice(0, 3), `${QUANG_NINH[3]} (Theo Báo Thử)`],
    }),
  });
  routes.set(PATHS.legacy, {
    headers: { "content-type": "text/html; charset=windows-1258" },
    body: encodeWindows1258(articlePage({ title: "Khai mạc lễ hội hoa tam giác mạch trên cao nguyên đá", published: "2026-01-26", site: "Báo Tuyên Quang", paragraphs: HA_GIANG, charset: "windows-1258" })),
  });
  routes.set(PATHS.slow, { delayMs: 30_000, body: articlePage({ title: "Chậm", paragraphs: QUANG_NINH }) });
  routes.set(PATHS.empty, { body: "<!doctype html><html><head><title>Ảnh</title></head><body><img src='a.jpg'><p>Xem ảnh</p></body></html>" });
  routes.set(PATHS.huge, { streamBytes: 3_000_000 });
  routes.set(PATHS.failing, { status: 500, body: "Lỗi máy chủ" });
  routes.set(PATHS.undated, { body: articlePage({ title: "Điện lưới về thôn bản vùng cao", paragraphs: UNDATED }) });
}

/** A configuration listing the fixture feeds. */
export function fixtureConfig(server: FixtureServer, corpusDirs: readonly string[], watch = false): Pick<Config, "corpusDirs" | "live" | "adminIds"> {
  return {
    corpusDirs,
    live: {
      watch,
      feeds: [PATHS.rss, PATHS.atom, PATHS.broken, PATHS.html, PATHS.missing].map((path) => server.url(path)),
      feedsFile: null,
      feedIntervalMinutes: 15,
      allowPrivate: true,
    },
    adminIds: ["console"],
  };
}

/** Short limits so the tests run fast. */
export const FAST_POLL = { timeoutMs: 1_500, maxPageBytes: 500_000, intervalMs: 3_600_000, backoff: { baseMs: 3_600_000, maxMs: 3_600_000 } } as const;
