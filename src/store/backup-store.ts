import { existsSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { DiemtinError } from "../util/errors.ts";
import { DATABASE_FILE } from "./open-database.ts";

// NOTE: milliseconds to wait for the running bot's write lock before giving up.
const BUSY_TIMEOUT_MS = 10_000;

/** What a finished backup wrote. */
export interface BackupResult {
  readonly source: string;
  readonly target: string;
  readonly bytes: number;
}

function removeIfThere(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // NOTE: the target's folder may not exist or not be a folder; nothing was written there.
  }
}

/**
 * Copies the store in `dataDir` to `target` while the bot may be running: one consistent
 * snapshot (`VACUUM INTO`, a read transaction), written beside the target and renamed over it,
 * so a failed backup never leaves a half-written file. Throws STORE_FAILED naming the path.
 */
export function backupStore(dataDir: string, target: string): BackupResult {
  const source = join(dataDir, DATABASE_FILE);
  const destination = resolve(target);
  if (!existsSync(source)) throw new DiemtinError("STORE_FAILED", `${source}: no store here (check DATA_DIR)`);
  if (destination === resolve(source)) throw new DiemtinError("INPUT_INVALID", `${target}: is the store itself`);
  const partial = `${destination}.partial`;
  let db: BetterSqlite3.Database | null = null;
  try {
    mkdirSync(dirname(destination), { recursive: true });
    rmSync(partial, { force: true });
    db = new BetterSqlite3(source, { fileMustExist: true });
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.prepare("VACUUM INTO ?").run(partial);
    renameSync(partial, destination);
  } catch (cause) {
    removeIfThere(partial);
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new DiemtinError("STORE_FAILED", `${destination}: backup failed: ${detail}`, { cause });
  } finally {
    db?.close();
  }
  return { source, target: destination, bytes: statSync(destination).size };
}
