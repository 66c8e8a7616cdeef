import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { migrate, openDatabase, type Migration } from "../../src/store/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";

const steps: Migration[] = [
  { version: 1, name: "a", up: (db) => db.exec("CREATE TABLE a (x INTEGER)") },
  { version: 2, name: "b", up: (db) => db.exec("CREATE TABLE b (y TEXT)") },
];

describe("openDatabase", () => {
  it("returns a WAL database on a real file with the migrations applied once", () => {
    const path = join(mkdtempSync(join(tmpdir(), "diemtin-db-")), "nested", "store.sqlite");
    const db = openDatabase(path, createSilentLogger(), steps);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("user_version", { simple: true })).toBe(2);
    db.prepare("INSERT INTO a (x) VALUES (1)").run();
    db.close();
    const again = openDatabase(path, createSilentLogger(), steps);
    expect(again.prepare("SELECT count(*) AS n FROM a").get()).toEqual({ n: 1 });
    again.close();
  });

  it("applies only the newer migrations when the schema is behind", () => {
    const db = openDatabase(":memory:", createSilentLogger(), steps.slice(0, 1));
    expect(migrate(db, steps)).toEqual([2]);
    expect(migrate(db, steps)).toEqual([]);
  });

  it("throws STORE_FAILED and keeps the old version when a migration fails", () => {
    const path = join(mkdtempSync(join(tmpdir(), "diemtin-db-")), "store.sqlite");
    openDatabase(path, createSilentLogger(), steps.slice(0, 1)).close();
    const broken: Migration = { version: 2, name: "broken", up: (db) => db.exec("CREATE TABLE a (x INTEGER)") };
    expect(() => openDatabase(path, createSilentLogger(), [steps[0] as Migration, broken])).toThrow(/migration failed/);
    const db = openDatabase(path, createSilentLogger(), steps.slice(0, 1));
    expect(db.pragma("user_version", { simple: true })).toBe(1);
    db.close();
  });
});
