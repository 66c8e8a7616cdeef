import { openSync, readFileSync, unlinkSync, writeSync, closeSync } from "node:fs";
import { join } from "node:path";
import { DiemtinError } from "../util/errors.ts";

/** The lock file's name inside `DATA_DIR`: the pid of the process using the folder. */
export const LOCK_FILE = "diemtin.lock";

/** A held `DATA_DIR` lock. */
export interface DataDirLock {
  /** Removes the lock file (when it is still ours). */
  release(): void;
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // NOTE: EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(path: string): number {
  try {
    return Number.parseInt(readFileSync(path, "utf8").trim(), 10);
  } catch {
    return Number.NaN;
  }
}

/**
 * Takes the `DATA_DIR` lock: a file holding this process's pid, created exclusively. Throws
 * `STORE_FAILED` naming the folder and the other pid when a running process holds it; a lock
 * left by a process that is gone (a crash, SIGKILL) is taken over. NOTE: two bots on one
 * store would both poll Telegram (409 Conflict for ever) and both send the digest.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return {
        release() {
          if (readPid(path) === process.pid) unlinkSync(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new DiemtinError("STORE_FAILED", `${path}: cannot create the lock file (${(error as Error).message})`, { cause: error });
      }
      const holder = readPid(path);
      if (isRunning(holder)) {
        throw new DiemtinError("STORE_FAILED", `${dataDir}: another diemtin process (pid ${holder}) is using this DATA_DIR; stop it or give this one another DATA_DIR`);
      }
      try {
        unlinkSync(path);
      } catch {
        // NOTE: another starting process may have removed it first; the next attempt decides.
      }
    }
  }
  throw new DiemtinError("STORE_FAILED", `${dataDir}: another diemtin process is starting with this DATA_DIR`);
}
