import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readFileAhead } from "../../src/util/read-file-ahead.ts";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
function fileWith(bytes: Uint8Array | string): string {
  const root = mkdtempSync(join(tmpdir(), "diemtin-ahead-"));
  roots.push(root);
  const path = join(root, "file.bin");
  writeFileSync(path, bytes);
  return path;
}

/** 20 MB of bytes that differ from place to place, so a chunk read out of place shows. */
function patterned(size: number, head: string): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at++) bytes[at] = (at * 31 + (at >>> 16)) & 0xff;
  bytes.set(new TextEncoder().encode(head));
  return bytes;
}

describe("readFileAhead", () => {
  it("returns the bytes the other thread read, even once the file is gone", async () => {
    const bytes = patterned(20 << 20, "HEAD 1\n");
    const path = fileWith(bytes);
    const ahead = readFileAhead(path, { prefix: "HEAD 1" });
    await ahead.settled;
    rmSync(path);
    const taken = ahead.take();
    expect(taken.length).toBe(bytes.length);
    expect(Buffer.compare(taken, bytes)).toBe(0);
  });

  it("returns the file read here when it does not start with the prefix", async () => {
    const path = fileWith("HEAD 2\nrest");
    const ahead = readFileAhead(path, { prefix: "HEAD 1" });
    await ahead.settled;
    writeFileSync(path, "HEAD 2\nchanged");
    expect(Buffer.from(ahead.take()).toString("utf8")).toBe("HEAD 2\nchanged");
  });

  it("throws as readFileSync does when the file is missing", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "diemtin-ahead-")), "absent.bin");
    roots.push(join(path, ".."));
    const ahead = readFileAhead(path);
    await ahead.settled;
    expect(() => ahead.take()).toThrow(/ENOENT/);
  });

  it("returns the file read here when taken after close", async () => {
    const path = fileWith("first");
    const ahead = readFileAhead(path);
    await ahead.settled;
    writeFileSync(path, "second");
    ahead.close();
    expect(Buffer.from(ahead.take()).toString("utf8")).toBe("second");
  });

  it("returns the whole file when taken while the other thread may still be reading", () => {
    const bytes = patterned(24 << 20, "");
    const path = fileWith(bytes);
    const taken = readFileAhead(path).take();
    expect(Buffer.compare(taken, bytes)).toBe(0);
  });

  it("returns the file read here on each take after the first", async () => {
    const path = fileWith("one");
    const ahead = readFileAhead(path);
    expect(Buffer.from(ahead.take()).toString("utf8")).toBe("one");
    writeFileSync(path, "two");
    expect(Buffer.from(ahead.take()).toString("utf8")).toBe("two");
    await ahead.settled;
  });
});
