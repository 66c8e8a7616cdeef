import type { Database } from "better-sqlite3";
import { lockDataDir, openStore } from "../store/index.ts";
import type { Logger } from "../util/logger.ts";

/** The store file of `DATA_DIR`, open with every migration, and the lock that keeps it this process's. */
export interface AppStore {
  readonly db: Database;
  /** Closes the database, then releases the `DATA_DIR` lock. */
  close(): void;
}

/**
 * Opens the store in `dataDir` (every migration applied) and takes the `DATA_DIR` lock; throws
 * with nothing left open when either fails (another process holds the lock, an unwritable folder).
 */
export function openAppStore(dataDir: string, logger: Logger): AppStore {
  const db = openStore(dataDir, logger);
  let lock: ReturnType<typeof lockDataDir>;
  try {
    lock = lockDataDir(dataDir);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    db,
    close() {
      db.close();
      lock.release();
    },
  };
}
