import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_CORPUS_FILE_BYTES, readCorpusFiles } from "../../src/corpus/index.ts";
import { createRecordingLogger } from "../fixtures/seeds.ts";

let root: string;

function write(path: string, content: string | Uint8Array): void {
  const full = join(root, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, content);
}

function warnings(logger: ReturnType<typeof createRecordingLogger>): { file: unknown; reason: unknown }[] {
  return logger.entries.filter((entry) => entry.level === "warn").map(({ obj }) => ({ file: obj.file, reason: obj.reason }));
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "diemtin-corpus-"));
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("readCorpusFiles", () => {
  it("returns every .txt and .md file recursively, sorted by path, with ids and display paths", () => {
    write("news/b.txt", "Bài B");
    write("news/a.md", "Bài A");
    write("news/sub/c.txt", "Bài C");
    write("news/notes.json", "{}");
    write("news/.hidden/d.txt", "ẩn");
    const logger = createRecordingLogger();
    const files = readCorpusFiles([join(root, "news")], logger);
    expect(files.map(({ id, file, text }) => ({ id, file, text }))).toEqual([
      { id: "a", file: "news/a.md", text: "Bài A" },
      { id: "b", file: "news/b.txt", text: "Bài B" },
      { id: "c", file: "news/sub/c.txt", text: "Bài C" },
    ]);
    expect(files[0]?.path).toBe(join(root, "news", "a.md"));
    expect(warnings(logger)).toEqual([]);
  });

  it("returns the good files and warns once per bad file when some are unreadable", () => {
    write("news/good.txt", "\uFEFFTin tốt");
    write("news/empty.txt", "");
    write("news/blank.txt", "  \n\n ");
    write("news/binary.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    write("news/latin1.txt", new Uint8Array([0x51, 0x75, 0xe1, 0x6e, 0x67]));
    write("news/utf16.txt", new Uint8Array(Buffer.from("\uFEFFTin UTF-16", "utf16le")));
    const logger = createRecordingLogger();
    const files = readCorpusFiles([join(root, "news")], logger);
    expect(files.map(({ id, text }) => [id, text])).toEqual([
      ["good", "Tin tốt"],
      ["utf16", "Tin UTF-16"],
    ]);
    expect(warnings(logger)).toEqual([
      { file: "news/binary.txt", reason: expect.stringContaining("binary") },
      { file: "news/blank.txt", reason: "empty" },
      { file: "news/empty.txt", reason: "empty" },
      { file: "news/latin1.txt", reason: "not valid UTF-8" },
    ]);
    expect(logger.entries.every((entry) => entry.msg === "corpus: skipped file")).toBe(true);
  });

  it("skips a file over the size limit with a warning", () => {
    write("news/huge.txt", "a".repeat(MAX_CORPUS_FILE_BYTES + 1));
    write("news/small.txt", "nhỏ");
    const logger = createRecordingLogger();
    expect(readCorpusFiles([join(root, "news")], logger).map((file) => file.id)).toEqual(["small"]);
    expect(warnings(logger)).toEqual([{ file: "news/huge.txt", reason: expect.stringContaining("over") }]);
  });

  it("warns once and reads the other folders when a folder is missing", () => {
    write("news/a.txt", "A");
    const logger = createRecordingLogger();
    const missing = join(root, "nowhere");
    const files = readCorpusFiles([missing, join(root, "news")], logger);
    expect(files.map((file) => file.id)).toEqual(["a"]);
    expect(warnings(logger)).toEqual([{ file: missing, reason: "folder not found" }]);
  });

  it("keeps the first file and warns when an id repeats across folders", () => {
    write("one/same.txt", "thứ nhất");
    write("two/same.md", "thứ hai");
    write("two/other.txt", "khác");
    const logger = createRecordingLogger();
    const files = readCorpusFiles([join(root, "one"), join(root, "two")], logger);
    expect(files.map(({ id, text }) => [id, text])).toEqual([
      ["same", "thứ nhất"],
      ["other", "khác"],
    ]);
    expect(warnings(logger)).toEqual([{ file: "two/same.md", reason: expect.stringContaining("duplicate id") }]);
  });
});
