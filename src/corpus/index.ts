export { readCorpusFiles, MAX_CORPUS_FILE_BYTES, CORPUS_EXTENSIONS } from "./read-corpus-files.ts";
export type { CorpusFile } from "./read-corpus-files.ts";
export { decodeCorpusBytes } from "./decode-text.ts";
export type { DecodeResult } from "./decode-text.ts";
