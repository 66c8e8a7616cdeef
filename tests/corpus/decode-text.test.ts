import { describe, expect, it } from "vitest";
import { decodeCorpusBytes } from "../../src/corpus/index.ts";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const utf16le = (text: string): Uint8Array => new Uint8Array(Buffer.from(`\uFEFF${text}`, "utf16le"));
const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(`\uFEFF${text}`, "utf16le");
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return new Uint8Array(be);
};

describe("decodeCorpusBytes", () => {
  it.each([
    ["plain UTF-8", utf8("Quảng Ninh"), "Quảng Ninh"],
    ["UTF-8 with a BOM", utf8("\uFEFFQuảng Ninh"), "Quảng Ninh"],
    ["UTF-16 LE with a BOM", utf16le("Đà Nẵng"), "Đà Nẵng"],
    ["UTF-16 BE with a BOM", utf16be("Đà Nẵng"), "Đà Nẵng"],
  ])("returns the text of %s", (_label, bytes, expected) => {
    expect(decodeCorpusBytes(bytes)).toEqual({ ok: true, text: expected });
  });

  it.each([
    ["an empty file", new Uint8Array(), "empty"],
    ["a whitespace-only file", utf8(" \n\t\n"), "empty"],
    ["a binary file", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), "binary"],
    ["invalid UTF-8", new Uint8Array([0x51, 0xc3, 0x28, 0x61]), "not valid UTF-8"],
    ["odd-length UTF-16", new Uint8Array([0xff, 0xfe, 0x41]), "not valid UTF-16"],
  ])("returns a reason for %s", (_label, bytes, reason) => {
    const result = decodeCorpusBytes(bytes);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toContain(reason);
  });
});
