import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import BetterSqlite3, { type Database } from "better-sqlite3";
import { DiemtinError } from "../util/errors.ts";
import type { Logger } from "../util/logger.ts";
import type { Migration } from "./migration.ts";
import { MIGRATIONS } from "./migrations.ts";

// NOTE: milliseconds a writer waits for another connection's lock before SQLITE_BUSY.
const BUSY_TIMEOUT_MS = 5000;

/** The store's file name inside `DATA_DIR`. */
export const DATABASE_FILE = "diemtin.sqlite";

// NOTE: applied versions are kept one row each, not as PRAGMA user_version: areas own
// separate version ranges (1-99, 100-199), so a new migration 3 must still run on a database
// that already has 100.
const LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

/**
 * Applies the migrations not yet recorded in `schema_migrations`, each in its own
 * transaction, in version order, and returns the versions applied.
 */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  db.exec(LEDGER);
  const done = new Set((db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map((row) => row.version));
  const pending = [...migrations].filter((step) => !done.has(step.version)).sort((a, b) => a.version - b.version);
  const record = db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)");
  const applied: number[] = [];
  for (const step of pending) {
    db.transaction(() => {
      step.up(db);
      record.run(step.version, step.name, new Date().toISOString());
    })();
    applied.push(step.version);
  }
  return applied;
}

const NOT_A_FOLDER = new Set(["EEXIST", "ENOTDIR"]);
const NOT_WRITABLE = new Set(["EACCES", "EPERM", "EROFS", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_READONLY"]);
const NOT_A_DATABASE = new Set(["SQLITE_NOTADB", "SQLITE_CORRUPT"]);

/** Why the store could not be opened, in words an operator can act on, with the cause's own message. */
function reasonOf(cause: unknown, path: string): string {
  const code = String((cause as { code?: unknown } | null)?.code ?? "");
  const base = code.replace(/^(SQLITE_[A-Z]+)_.*$/, "$1");
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (NOT_A_FOLDER.has(base)) return `${dirname(path)} is not a folder (${detail})`;
  if (NOT_WRITABLE.has(base)) return `the folder or the file is not writable (${detail})`;
  if (NOT_A_DATABASE.has(base)) return `the file is not a SQLite database or is damaged; move it away to start afresh (${detail})`;
  return detail;
}

/**
 * Opens (creating when needed) the SQLite store at `path` in WAL mode with a busy timeout and
 * applies pending migrations. Throws STORE_FAILED naming the path when the file cannot be
 * opened, migrated or written. ":memory:" works for throwaway stores.
 */
export function openDatabase(path: string, logger: Logger, migrations: readonly Migration[] = MIGRATIONS): Database {
  let db: Database;
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    db = new BetterSqlite3(path);
    db.pragma("journal_mode = WAL");
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma("foreign_keys = ON");
    db.pragma("synchronous = NORMAL");
  } catch (cause) {
    throw new DiemtinError("STORE_FAILED", `${path}: cannot open the store: ${reasonOf(cause, path)}`, { cause });
  }
  try {
    const applied = migrate(db, migrations);
    if (applied.length > 0) logger.info({ path, applied }, "store: migrations applied");
  } catch (cause) {
    db.close();
    throw new DiemtinError("STORE_FAILED", `${path}: migration failed: ${reasonOf(cause, path)}`, { cause });
  }
  try {
    // NOTE: SQLite opens a file it may not write read-only without a word, and every later
    // write would fail without naming the file; a write that changes nothing finds out now.
    db.prepare("DELETE FROM schema_migrations WHERE version < 0").run();
  } catch (cause) {
    db.close();
    throw new DiemtinError("STORE_FAILED", `store ${path}: read-only: ${reasonOf(cause, path)}`, { cause });
  }
  return db;
}
