import { describe, expect, it } from "vitest";
import { canonicalUrl } from "../../src/live/canonical-url.ts";
import { feedArticleId } from "../../src/live/feed-article-id.ts";

describe("canonicalUrl", () => {
  it.each([
    ["https://www.VnExpress.net/a-1.html?utm_source=fb&utm_medium=x#top", "https://vnexpress.net/a-1.html"],
    ["https://dantri.com.vn/a.htm?fbclid=IwAR0&gclid=abc", "https://dantri.com.vn/a.htm"],
    ["https://tuoitre.vn/a.htm?id=5&utm_campaign=z", "https://tuoitre.vn/a.htm?id=5"],
    ["http://example.vn:80/x", "http://example.vn/x"],
    ["  https://example.vn/tin?zarsrc=30&p=2  ", "https://example.vn/tin?p=2"],
  ])("returns the canonical form of %s", (raw, expected) => {
    expect(canonicalUrl(raw)).toBe(expected);
  });

  it.each([["ftp://example.vn/a"], ["không phải url"], ["javascript:alert(1)"]])("returns null for %s", (raw) => {
    expect(canonicalUrl(raw)).toBeNull();
  });

  it("resolves a relative link against a base", () => {
    expect(canonicalUrl("/tin/a.html?utm_source=rss", "https://example.vn/rss")).toBe("https://example.vn/tin/a.html");
  });
});

describe("feedArticleId", () => {
  it("returns the same id for URLs differing only in tracking parameters", () => {
    const a = feedArticleId(canonicalUrl("https://example.vn/a.html?utm_source=x") as string);
    const b = feedArticleId(canonicalUrl("https://www.example.vn/a.html?fbclid=1") as string);
    expect(a).toBe(b);
    expect(a).toMatch(/^web-example-vn-[0-9a-f]{12}$/);
  });

  it("returns different ids for different pages", () => {
    expect(feedArticleId("https://example.vn/a")).not.toBe(feedArticleId("https://example.vn/b"));
  });
});
