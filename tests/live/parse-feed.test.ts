import { describe, expect, it } from "vitest";
import { parseFeed } from "../../src/live/parse-feed.ts";
import { isDiemtinError } from "../../src/util/errors.ts";
import { atom, rss } from "./fixture-server.ts";

describe("parseFeed", () => {
  it("returns the items of an RSS 2.0 feed with links, titles and dates", () => {
    const feed = parseFeed(rss([{ title: "Quảng Ninh tăng trưởng", link: "https://a.vn/1?utm_source=rss&x=1", pubDate: "Tue, 27 Jan 2026 20:00:00 GMT" }]));
    expect(feed.kind).toBe("rss");
    expect(feed.items).toEqual([{ title: "Quảng Ninh tăng trưởng", link: "https://a.vn/1?utm_source=rss&x=1", published: "Tue, 27 Jan 2026 20:00:00 GMT" }]);
  });

  it("returns the entries of an Atom feed with their alternate links", () => {
    const feed = parseFeed(atom([{ title: "Hà Nội mở đường", link: "https://b.vn/2", published: "2026-01-27T08:00:00+07:00" }]));
    expect(feed.kind).toBe("atom");
    expect(feed.items[0]).toEqual({ title: "Hà Nội mở đường", link: "https://b.vn/2", published: "2026-01-27T08:00:00+07:00" });
  });

  it("returns null links and dates for items without them", () => {
    const feed = parseFeed(rss([{ title: "Không có link" }, { link: "https://a.vn/3" }]));
    expect(feed.items.map((item) => [item.link, item.published])).toEqual([
      [null, null],
      ["https://a.vn/3", null],
    ]);
  });

  it("resolves relative links against the feed URL", () => {
    expect(parseFeed(rss([{ link: "/tin/4.html" }]), "https://c.vn/rss/home.rss").items[0]?.link).toBe("https://c.vn/tin/4.html");
  });

  it.each([
    ["malformed XML", `<?xml version="1.0"?><rss><channel><item><title>x</item></channel></rss>`, /malformed/],
    ["an HTML page", "<!doctype html><html><body><p>Trang chủ</p></body></html>", /HTML/],
    ["another XML document", `<?xml version="1.0"?><urlset><url/></urlset>`, /neither/],
  ])("throws FEED_INVALID for %s", (_name, xml, message) => {
    try {
      parseFeed(xml);
      expect.unreachable();
    } catch (error) {
      expect(isDiemtinError(error, "FEED_INVALID")).toBe(true);
      expect((error as Error).message).toMatch(message);
    }
  });
});
