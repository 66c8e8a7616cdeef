import { describe, expect, it } from "vitest";
import { decodeHtml, decodeInSlices, declaredCharset, headerCharset } from "../../src/live/decode-html.ts";
import { encodeWindows1258 } from "./fixture-server.ts";

const TEXT = "Tỉnh Quảng Ninh đạt tốc độ tăng trưởng GRDP 11,89%, dẫn đầu cả nước.";

describe("decodeHtml", () => {
  it("returns UTF-8 text as NFC", () => {
    expect(decodeHtml(Buffer.from(`<p>${TEXT}</p>`), "text/html; charset=utf-8")).toEqual({ text: `<p>${TEXT}</p>`, charset: "utf-8" });
  });

  it("decodes windows-1258 named by the HTTP header, composing tone marks", () => {
    const bytes = encodeWindows1258(`<p>${TEXT}</p>`);
    expect(decodeHtml(bytes, "text/html; charset=windows-1258").text).toBe(`<p>${TEXT}</p>`);
  });

  it("decodes windows-1258 named only by the page's meta tag", () => {
    const bytes = encodeWindows1258(`<html><head><meta charset="windows-1258"></head><body>${TEXT}</body></html>`);
    expect(decodeHtml(bytes, "text/html").text).toContain(TEXT);
  });

  it("reads UTF-8 correctly when the header lies windows-1258", () => {
    expect(decodeHtml(Buffer.from(TEXT), "text/html; charset=windows-1258").text).toBe(TEXT);
  });

  it("falls back to the meta charset when the header lies UTF-8 over windows-1258 bytes", () => {
    const bytes = encodeWindows1258(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><p>${TEXT}</p>`);
    expect(decodeHtml(bytes, "text/html; charset=utf-8").text).toContain(TEXT);
  });
});

describe("charset declarations", () => {
  it.each([
    ["text/html; charset=UTF-8", "utf-8"],
    ['text/html; charset="windows-1258"', "windows-1258"],
    ["text/html", null],
    [null, null],
  ])("headerCharset(%s) returns %s", (header, expected) => {
    expect(headerCharset(header)).toBe(expected);
  });

  it("declaredCharset reads an XML declaration", () => {
    expect(declaredCharset(Buffer.from(`<?xml version="1.0" encoding="Windows-1258"?><rss/>`))).toBe("windows-1258");
  });
});

describe("decodeInSlices", () => {
  it("returns decodeHtml's composed text for a large UTF-8 document written with combining marks, pausing between slices", async () => {
    const item = "<item><title>Quảng Ninh tăng trưởng</title></item>\n".normalize("NFD");
    const bytes = new TextEncoder().encode(`<rss><channel>${item.repeat(40_000)}</channel></rss>`);
    let pauses = 0;
    const text = await decodeInSlices(bytes, "application/rss+xml", async () => {
      pauses++;
    });
    expect(pauses).toBeGreaterThanOrEqual(bytes.length / (256 * 1024));
    expect(text).toBe(decodeHtml(bytes, "application/rss+xml").text);
    expect(text).toContain("Quảng Ninh tăng trưởng".normalize("NFC"));
  });

  it("returns decodeHtml's text for a large document that is not UTF-8", async () => {
    const bytes = encodeWindows1258(`<rss><channel>${"<item><title>Hà Giang</title></item>".repeat(20_000)}</channel></rss>`);
    const text = await decodeInSlices(bytes, "application/rss+xml; charset=windows-1258", async () => {});
    expect(text).toBe(decodeHtml(bytes, "application/rss+xml; charset=windows-1258").text);
  });
});
