import { readFileSync, statSync } from "node:fs";
import { decodeCorpusBytes, MAX_CORPUS_FILE_BYTES } from "../corpus/index.ts";

/** One corpus file's text, or why it cannot be read (the loader's rules: size cap, encodings, binary). */
export type CorpusFileRead = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

/** Reads one corpus file under the same rules as `readCorpusFiles`. */
export function readCorpusFile(path: string): CorpusFileRead {
  try {
    const stats = statSync(path);
    if (!stats.isFile()) return { ok: false, reason: "not a regular file" };
    if (stats.size > MAX_CORPUS_FILE_BYTES) return { ok: false, reason: `over ${MAX_CORPUS_FILE_BYTES} bytes (${stats.size})` };
    return decodeCorpusBytes(readFileSync(path));
  } catch (error) {
    return { ok: false, reason: `unreadable: ${(error as Error).message}` };
  }
}
