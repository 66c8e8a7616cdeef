import { join } from "node:path";
import type { Database } from "better-sqlite3";
import type { Logger } from "../util/logger.ts";
import { DATABASE_FILE, openDatabase } from "./open-database.ts";

/**
 * Opens the store file `diemtin.sqlite` in `dataDir` (created when missing) with every
 * migration applied. Throws STORE_FAILED naming the file when the folder is unwritable or the
 * file is not a database.
 */
export function openStore(dataDir: string, logger: Logger): Database {
  return openDatabase(join(dataDir, DATABASE_FILE), logger);
}
