import { describe, expect, it } from "vitest";
import { decodeRecordSummary, encodeRecordSummary, type SummaryEntry } from "../../src/corpus/record-summary.ts";
import type { ArticleMeta } from "../../src/corpus/stored-article.ts";

function meta(fields: Partial<ArticleMeta> = {}): ArticleMeta {
  return {
    title: "Hà Nội khởi công cầu mới",
    hasHeadline: true,
    date: "2024-05-01",
    source: null,
    author: null,
    url: null,
    lead: "Thành phố khởi công cây cầu thứ tám bắc qua sông Hồng.",
    provinces: { primary: ["ha-noi"], mentioned: [] },
    people: [],
    documents: [],
    figures: [],
    ...fields,
  };
}

const ENTRIES: SummaryEntry[] = [
  { path: "/corpus/a.txt", id: "a", file: "corpus/a.txt", size: 1200, mtimeMs: 1714521600123.5, contentHash: "ab12", format: "2:abc", meta: meta() },
  {
    path: "/tin tức/bài-hai.md",
    id: "bài-hai",
    file: "tin tức/bài-hai.md",
    size: 0,
    mtimeMs: 0,
    contentHash: "",
    format: "2:abc",
    meta: meta({
      title: "",
      hasHeadline: false,
      date: null,
      source: "Dân trí",
      author: "Minh Anh",
      url: "https://dantri.com.vn/bai-hai.htm",
      lead: "",
      provinces: { primary: [], mentioned: ["ha-noi", "da-nang"] },
      people: [{ name: "Nguyễn Văn A", title: "Chủ tịch" }],
      documents: ["24-CT/TW"],
      figures: [{ indicator: "GRDP", value: 11.89, raw: "11,89", unit: "%", year: 2023, local: false }],
    }),
  },
  { path: "/corpus/c.txt", id: "c", file: "corpus/c.txt", size: 5, mtimeMs: 7, contentHash: "cd34", format: "1:old", meta: meta({ url: "", source: "Dân trí" }) },
];

const encoded = (entries: readonly SummaryEntry[]): Buffer => Buffer.concat(encodeRecordSummary(entries));

describe("record summary", () => {
  it("returns the records encoded, in their order, when decoded", () => {
    expect(decodeRecordSummary(encoded(ENTRIES))).toEqual(ENTRIES);
  });

  it("returns no records when none were encoded", () => {
    expect(decodeRecordSummary(encoded([]))).toEqual([]);
  });

  it("returns the records when the bytes sit at an offset that is not a multiple of 8", () => {
    const bytes = encoded(ENTRIES);
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    expect(decodeRecordSummary(shifted.subarray(3))).toEqual(ENTRIES);
  });

  it("returns null when the bytes are cut short", () => {
    const bytes = encoded(ENTRIES);
    for (const length of [0, 3, 40, bytes.length - 1]) expect(decodeRecordSummary(bytes.subarray(0, length))).toBeNull();
  });

  it("returns null when the bytes are of another layout", () => {
    const bytes = encoded(ENTRIES);
    const length = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.toString("utf8", 4, 4 + length)) as { layout: number };
    const other = Buffer.from(JSON.stringify({ ...header, layout: header.layout + 1 }).padEnd(length));
    const changed = Buffer.from(bytes);
    other.copy(changed, 4);
    expect(decodeRecordSummary(changed)).toBeNull();
  });

  it("returns null when the bytes are not a summary", () => {
    expect(decodeRecordSummary(Buffer.from("diemtin-search 7 0123\n{}"))).toBeNull();
  });
});
