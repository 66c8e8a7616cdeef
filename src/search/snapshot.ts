import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Article } from "../model/article.ts";
import { SEARCH_OPTIONS } from "./options.ts";
import { loadSearchIndex, type SearchIndex } from "./search-index.ts";

// NOTE: a snapshot file is one header line `diemtin-search <formatVersion> <corpusKey>`, then
// the index JSON. The header is read first so a stale snapshot is rejected without parsing.
const MAGIC = "diemtin-search";

/**
 * The identity of a corpus for the index: sha256 over the format version and every article's
 * id and indexed content (title, lead, paragraphs, people, provinces, documents, date).
 */
export function corpusKey(articles: readonly Article[]): string {
  const hash = createHash("sha256");
  hash.update(`${MAGIC}\u0000${SEARCH_OPTIONS.formatVersion}\u0000${articles.length}`);
  for (const article of articles) {
    hash.update(
      [
        "\u0001",
        article.id,
        article.date ?? "",
        article.title,
        article.lead,
        article.paragraphs.join("\u0002"),
        article.people.map((person) => person.name).join("\u0002"),
        article.provinces.primary.join("\u0002"),
        article.provinces.mentioned.join("\u0002"),
        article.documents.join("\u0002"),
      ].join("\u0000"),
    );
  }
  return hash.digest("hex");
}

/** Writes the index to `path` atomically (temporary file, then rename), creating the folder. */
export function saveSnapshot(path: string, index: SearchIndex, key: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, `${MAGIC} ${SEARCH_OPTIONS.formatVersion} ${key}\n${index.toJSON()}`);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

function readHeader(path: string): string {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(256);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, read).toString("utf8");
    const newline = text.indexOf("\n");
    return newline < 0 ? "" : text.slice(0, newline);
  } finally {
    closeSync(fd);
  }
}

/** Loads a snapshot for these articles; null when it is missing, corrupt, stale or of another format. */
export function loadSnapshot(path: string, articles: readonly Article[], key: string): SearchIndex | null {
  try {
    const header = `${MAGIC} ${SEARCH_OPTIONS.formatVersion} ${key}`;
    if (readHeader(path) !== header) return null;
    const text = readFileSync(path, "utf8");
    if (!text.startsWith(`${header}\n`)) return null;
    return loadSearchIndex(text.slice(header.length + 1), articles);
  } catch {
    return null;
  }
}
