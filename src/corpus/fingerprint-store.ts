import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Article } from "../model/article.ts";
import type { ArticleFileStore, StoredFingerprint } from "../store/index.ts";
import { storedRecordOf } from "./stored-article.ts";

/** Event fingerprints kept beside the stored records of the articles they were made from. */
export interface FingerprintStore {
  /** The kept fingerprint of an article read from the store, when made from its text by the current code; else null. */
  load(article: Article): Uint32Array | null;
  /** Keeps an article's fingerprint (written with the next `flush` or once enough wait); articles not read from the store are passed over. */
  save(article: Article, data: Uint32Array): void;
  /** Writes the fingerprints waiting. */
  flush(): void;
}

// NOTE: fingerprints are written in batches, each one transaction.
const SAVE_BATCH = 500;
// NOTE: a kept fingerprint is only as good as the code that made it: the format is a digest of
// the event and text code's sources (the .ts under tsx, the compiled .js in dist/).
const FINGERPRINT_FOLDERS = ["../events", "../text"];
const SOURCE = /\.(?:ts|js|json)$/;

let cached: string | null = null;

/** The key of the fingerprinting code: fingerprints kept under another key are made again. */
export function fingerprintFormat(): string {
  if (cached) return cached;
  const here = dirname(fileURLToPath(import.meta.url));
  const hash = createHash("sha1");
  for (const folder of FINGERPRINT_FOLDERS) {
    const dir = join(here, folder);
    for (const name of readdirSync(dir).filter((file) => SOURCE.test(file)).sort()) hash.update(`${folder}/${name}\0`).update(readFileSync(join(dir, name)));
  }
  cached = hash.digest("hex").slice(0, 16);
  return cached;
}

/** Creates the fingerprint store over the corpus file store. */
export function createFingerprintStore(files: ArticleFileStore): FingerprintStore {
  const format = fingerprintFormat();
  let waiting: StoredFingerprint[] = [];
  const flush = (): void => {
    if (waiting.length === 0) return;
    files.saveFingerprints(waiting);
    waiting = [];
  };
  return {
    load(article) {
      const record = storedRecordOf(article);
      return record ? files.fingerprint(record.path, record.contentHash, format) : null;
    },
    save(article, data) {
      const record = storedRecordOf(article);
      if (!record) return;
      waiting.push({ ...record, format, data });
      if (waiting.length >= SAVE_BATCH) flush();
    },
    flush,
  };
}
