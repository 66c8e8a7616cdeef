import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATABASE_FILE, MIGRATIONS, openDatabase, openStore } from "../../src/store/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { tempDataDir } from "../subscriptions/fixtures.ts";

function tables(db: ReturnType<typeof openStore>): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
}

describe("subscription migrations", () => {
  it("returns every table at the latest version when started from an empty file", () => {
    const db = openStore(tempDataDir(), createSilentLogger());
    expect(db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all()).toEqual(MIGRATIONS.map((step) => step.version));
    expect(tables(db)).toEqual(expect.arrayContaining(["article_first_seen", "chat_settings", "chat_status", "digest_deliveries", "subscriptions"]));
    db.close();
  });

  it("keeps version-1 subscriptions and adds the digest tables when upgraded from the previous version", () => {
    const dir = tempDataDir();
    const path = join(dir, DATABASE_FILE);
    const old = openDatabase(path, createSilentLogger(), MIGRATIONS.filter((step) => step.version === 1));
    old.prepare("INSERT INTO subscriptions (platform, chat_id, kind, value, label, typed, created_at) VALUES ('telegram', '1', 'province', 'quang-ninh', 'Quảng Ninh', 'quang ninh', 5)").run();
    expect(tables(old)).not.toContain("digest_deliveries");
    old.close();
    const db = openStore(dir, createSilentLogger());
    expect(db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all()).toEqual(MIGRATIONS.map((step) => step.version));
    expect(tables(db)).toContain("digest_deliveries");
    expect(db.prepare("SELECT value, excludes FROM subscriptions").all()).toEqual([{ value: "quang-ninh", excludes: "[]" }]);
    db.close();
  });
});
