import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { backupStore, createSilentLogger, isDiemtinError, openStore } from "../../src/index.ts";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "diemtin-backup-"));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("backupStore", () => {
  it("returns a copy holding every committed row while the store stays open and written", () => {
    const dataDir = tempDir();
    const db = openStore(dataDir, createSilentLogger());
    db.exec("CREATE TABLE probe (n INTEGER)");
    const insert = db.prepare("INSERT INTO probe (n) VALUES (?)");
    for (let n = 0; n < 500; n++) insert.run(n);
    const target = join(tempDir(), "nested", "backup.sqlite");
    const result = backupStore(dataDir, target);
    insert.run(500);
    const copy = new BetterSqlite3(target, { readonly: true });
    expect(copy.prepare("SELECT count(*) AS n FROM probe").get()).toEqual({ n: 500 });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    copy.close();
    db.close();
    expect(result.bytes).toBeGreaterThan(0);
    expect(readdirSync(join(target, ".."))).toEqual(["backup.sqlite"]);
  });

  it("returns a fresh copy over an older backup at the same path", () => {
    const dataDir = tempDir();
    const db = openStore(dataDir, createSilentLogger());
    db.exec("CREATE TABLE probe (n INTEGER); INSERT INTO probe VALUES (1)");
    const target = join(tempDir(), "backup.sqlite");
    writeFileSync(target, "old");
    backupStore(dataDir, target);
    const copy = new BetterSqlite3(target, { readonly: true });
    expect(copy.prepare("SELECT n FROM probe").all()).toEqual([{ n: 1 }]);
    copy.close();
    db.close();
  });

  it("throws STORE_FAILED naming DATA_DIR when there is no store", () => {
    const dataDir = tempDir();
    expect(() => backupStore(dataDir, join(dataDir, "b.sqlite"))).toThrow(/diemtin\.sqlite: no store here \(check DATA_DIR\)/);
  });

  it("throws STORE_FAILED and leaves no partial file when the target's folder is a file", () => {
    const dataDir = tempDir();
    openStore(dataDir, createSilentLogger()).close();
    const blocker = join(tempDir(), "file");
    writeFileSync(blocker, "");
    let error: unknown;
    try {
      backupStore(dataDir, join(blocker, "backup.sqlite"));
    } catch (caught) {
      error = caught;
    }
    expect(isDiemtinError(error, "STORE_FAILED")).toBe(true);
    expect((error as Error).message).toMatch(/backup\.sqlite: backup failed/);
  });
});
