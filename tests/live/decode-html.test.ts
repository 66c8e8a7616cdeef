import { describe, expect, it } from "vitest";
import { decodeHtml, declaredCharset, headerCharset } from "../../src/live/decode-html.ts";
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
