import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATABASE_FILE, openStore } from "../../src/store/index.ts";
import { isDiemtinError } from "../../src/util/errors.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { tempDataDir } from "../subscriptions/fixtures.ts";

function failure(dataDir: string): unknown {
  try {
    openStore(dataDir, createSilentLogger()).close();
  } catch (error) {
    return error;
  }
  return null;
}

describe("openStore", () => {
  it("throws STORE_FAILED naming the file when the store file is corrupt", () => {
    const dir = tempDataDir();
    writeFileSync(join(dir, DATABASE_FILE), "this is not a database ".repeat(200));
    const error = failure(dir);
    expect(isDiemtinError(error, "STORE_FAILED")).toBe(true);
    expect((error as Error).message).toContain(join(dir, DATABASE_FILE));
    expect((error as Error).message).toContain("not a SQLite database");
  });

  it("throws STORE_FAILED naming the path when DATA_DIR is a file", () => {
    const file = join(tempDataDir(), "data");
    writeFileSync(file, "");
    const error = failure(file);
    expect(isDiemtinError(error, "STORE_FAILED")).toBe(true);
    expect((error as Error).message).toContain(`${file} is not a folder`);
  });

  // NOTE: root ignores file modes, so a read-only folder cannot fail under root (CI containers).
  it.skipIf(process.getuid?.() === 0)("throws STORE_FAILED naming the path when DATA_DIR is read-only", () => {
    const dir = join(tempDataDir(), "ro");
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    const error = failure(dir);
    chmodSync(dir, 0o755);
    expect(isDiemtinError(error, "STORE_FAILED")).toBe(true);
    expect((error as Error).message).toContain(dir);
    expect((error as Error).message).toContain("not writable");
  });

  it("returns a WAL store created in a missing DATA_DIR", () => {
    const dir = join(tempDataDir(), "a", "b");
    const db = openStore(dir, createSilentLogger());
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("busy_timeout", { simple: true })).toBeGreaterThan(0);
    db.close();
  });
});
