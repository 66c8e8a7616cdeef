import { describe, expect, it } from "vitest";
import { FEED_SLICE_ITEMS, parseFeed, parseFeedSlices } from "../../src/live/parse-feed.ts";
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

  it.each([
    [
      "RDF (RSS 1.0)",
      "rdf",
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://d.vn/"><title>Báo RDF</title><link>https://d.vn/</link><description>x</description></channel><item rdf:about="https://d.vn/5"><title>Lạng Sơn &amp; cửa khẩu</title><link>https://d.vn/5</link><dc:date>2026-01-27T08:00:00+07:00</dc:date></item></rdf:RDF>`,
    ],
    [
      "JSON Feed 1.1",
      "json",
      JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "Báo JSON", items: [{ id: "5", url: "https://d.vn/5", title: "Lạng Sơn & cửa khẩu", date_published: "2026-01-27T08:00:00+07:00" }] }),
    ],
  ] as const)("returns the items of a %s feed with links, titles and dates", (_name, kind, text) => {
    const feed = parseFeed(text);
    expect(feed.kind).toBe(kind);
    expect(feed.title).toMatch(/^Báo /);
    expect(feed.items).toEqual([{ title: "Lạng Sơn & cửa khẩu", link: "https://d.vn/5", published: "2026-01-27T08:00:00+07:00" }]);
  });

  it("returns titles from CDATA and a permalink guid as the link when an RSS item has no <link>", () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title><![CDATA[Hải Phòng <mở rộng>]]></title><guid isPermaLink="true">https://e.vn/6</guid></item><item><title>y</title><guid isPermaLink="false">abc-7</guid></item></channel></rss>`;
    expect(parseFeed(xml).items.map((item) => [item.title, item.link])).toEqual([
      ["Hải Phòng <mở rộng>", "https://e.vn/6"],
      ["y", null],
    ]);
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
    ["JSON that is no feed", `{"items": 3}`, /neither/],
  ])("throws FEED_INVALID for %s", (_name, xml, message) => {
    try {
      parseFeed(xml);
      expect.unreachable();
    } catch (error) {
      expect(isDiemtinError(error, "FEED_INVALID")).toBe(true);
      expect((error as Error).message).toMatch(message);
    }
  });

  it("yields a 100,000-item feed in slices of at most FEED_SLICE_ITEMS items and returns its kind and title", () => {
    const slices = parseFeedSlices(rss(Array.from({ length: 100_000 }, (_, i) => ({ title: `Tin ${i}`, link: `https://a.vn/${i}` }))));
    const sizes: number[] = [];
    let next = slices.next();
    for (; !next.done; next = slices.next()) sizes.push(next.value.length);
    expect(sizes.length).toBe(100_000 / FEED_SLICE_ITEMS);
    expect(Math.max(...sizes)).toBe(FEED_SLICE_ITEMS);
    expect(next.value).toEqual({ kind: "rss", title: "Báo thử" });
  });

  it("reads namespaced item fields inside slices: an RSS item's dc:date when it has no pubDate", () => {
    const items = Array.from({ length: 3 }, (_, i) => `<item><title>Tin ${i}</title><link>https://a.vn/${i}</link><dc:date>2026-01-2${i}T08:00:00+07:00</dc:date></item>`).join("");
    const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>x</title>${items}</channel></rss>`;
    expect(parseFeed(xml).items.map((item) => item.published)).toEqual(["2026-01-20T08:00:00+07:00", "2026-01-21T08:00:00+07:00", "2026-01-22T08:00:00+07:00"]);
    const sliced = [...parseFeedSlices(xml, undefined, 2)].flat();
    expect(sliced.map((item) => item.published)).toEqual(["2026-01-20T08:00:00+07:00", "2026-01-21T08:00:00+07:00", "2026-01-22T08:00:00+07:00"]);
  });

  it("yields the slices before a malformed item and then throws FEED_INVALID naming the item's line", () => {
    const xml = rss([{ link: "https://a.vn/1" }, { link: "https://a.vn/2" }, { link: "https://a.vn/3" }]).replace("<item><link>https://a.vn/3</link></item>", "<item><link>https://a.vn/3</lnk></item>");
    const slices = parseFeedSlices(xml, undefined, 2);
    expect(slices.next().value).toHaveLength(2);
    expect(() => slices.next()).toThrow(/malformed XML \(.*line 5\)/);
  });

  it("returns the linked items of a slice whose other items are empty instead of refusing the feed", () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>R</title><item></item><item><link>https://a.vn/1</link></item><item></item></channel></rss>`;
    const slices = parseFeedSlices(xml, undefined, 1);
    const links: (string | null)[] = [];
    for (let next = slices.next(); !next.done; next = slices.next()) links.push(...next.value.map((item) => item.link));
    expect(links).toEqual(["https://a.vn/1"]);
  });
});
