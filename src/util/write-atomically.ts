import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes a file whole or not at all: the chunks go to a temporary file beside it, which is
 * then renamed over it; on failure the temporary file is removed and the error thrown.
 */
export function writeAtomically(path: string, chunks: readonly Uint8Array[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const fd = openSync(temp, "w");
  let open = true;
  try {
    for (const chunk of chunks) writeSync(fd, chunk);
    open = false;
    closeSync(fd);
    renameSync(temp, path);
  } catch (error) {
    if (open) closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
}
