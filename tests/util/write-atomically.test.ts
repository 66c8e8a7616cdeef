import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeAtomically } from "../../src/util/write-atomically.ts";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});
function folder(): string {
  const root = mkdtempSync(join(tmpdir(), "diemtin-atomic-"));
  roots.push(root);
  return root;
}
const bytes = (text: string) => new TextEncoder().encode(text);

describe("writeAtomically", () => {
  it("returns with the chunks written in order, replacing the old file, in a folder it makes", () => {
    const path = join(folder(), "deep", "file.bin");
    writeAtomically(path, [bytes("old")]);
    writeAtomically(path, [bytes("ab"), bytes("cd")]);
    expect(readFileSync(path, "utf8")).toBe("abcd");
    expect(readdirSync(join(path, ".."))).toEqual(["file.bin"]);
  });

  it("throws, keeps the old file and leaves no temporary file when the rename fails", () => {
    const root = folder();
    const path = join(root, "target");
    mkdirSync(path);
    writeFileSync(join(path, "inside"), "kept");
    expect(() => writeAtomically(path, [bytes("new")])).toThrow();
    expect(readFileSync(join(path, "inside"), "utf8")).toBe("kept");
    expect(readdirSync(root)).toEqual(["target"]);
  });
});
