import { createHash } from "node:crypto";
import { parseArticle } from "../articles/index.ts";
import type { ArticleTexts } from "../store/index.ts";
import type { Logger } from "../util/logger.ts";
import { enrichArticle } from "./load-articles.ts";
import { decodeCorpusFile, readCorpusBytes } from "./read-corpus-files.ts";
import { splitArticle, type ArticleMeta } from "./stored-article.ts";

/** A corpus file to read and, unless its bytes hash as stored, parse. */
export interface ParseJob {
  readonly path: string;
  readonly id: string;
  readonly file: string;
  /** The hash of the bytes the store parsed, null when it has no record of the file. */
  readonly storedHash: string | null;
}

/** What became of a parse job: parsed, the same bytes as stored, or skipped (with a warning). */
export type ParseOutcome =
  | { readonly kind: "parsed"; readonly contentHash: string; readonly meta: ArticleMeta; readonly texts: ArticleTexts }
  | { readonly kind: "same"; readonly contentHash: string }
  | { readonly kind: "skipped" };

const hashOf = (bytes: Uint8Array): string => createHash("sha1").update(bytes).digest("hex");

/**
 * Reads a corpus file and parses and enriches its article, split into the meta kept in memory
 * and the texts stored apart; a file whose bytes hash as stored is not parsed. Unreadable,
 * undecodable and unparsable files are skipped with a warning; nothing throws.
 */
export function parseCorpusFile(job: ParseJob, logger: Logger): ParseOutcome {
  const bytes = readCorpusBytes(job.path, job.file, logger);
  if (!bytes) return { kind: "skipped" };
  const contentHash = hashOf(bytes);
  if (contentHash === job.storedHash) return { kind: "same", contentHash };
  const text = decodeCorpusFile(bytes, job.file, logger);
  if (text === null) return { kind: "skipped" };
  try {
    const { id: _id, handle: _handle, file: _file, ...article } = enrichArticle(parseArticle(text), { id: job.id, file: job.file, handle: 0 });
    return { kind: "parsed", contentHash, ...splitArticle(article) };
  } catch (error) {
    logger.warn({ file: job.file, err: error }, "corpus: article could not be parsed");
    return { kind: "skipped" };
  }
}
