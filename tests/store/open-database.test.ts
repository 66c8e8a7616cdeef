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
    expect(db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all()).toEqual([1, 2]);
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

  it("applies a lower-numbered migration added after a higher one was applied", () => {
    const db = openDatabase(":memory:", createSilentLogger(), [steps[0] as Migration, { version: 100, name: "c", up: (d) => d.exec("CREATE TABLE c (z INTEGER)") }]);
    expect(migrate(db, [...steps, { version: 100, name: "c", up: () => undefined }])).toEqual([2]);
  });

  it("throws STORE_FAILED and keeps the old version when a migration fails", () => {
    const path = join(mkdtempSync(join(tmpdir(), "diemtin-db-")), "store.sqlite");
    openDatabase(path, createSilentLogger(), steps.slice(0, 1)).close();
    const broken: Migration = { version: 2, name: "broken", up: (db) => db.exec("CREATE TABLE a (x INTEGER)") };
    expect(() => openDatabase(path, createSilentLogger(), [steps[0] as Migration, broken])).toThrow(/migration failed/);
    const db = openDatabase(path, createSilentLogger(), steps.slice(0, 1));
    expect(db.prepare("SELECT version FROM schema_migrations").pluck().all()).toEqual([1]);
    db.close();
  });
});
