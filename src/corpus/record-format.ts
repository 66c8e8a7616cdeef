import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The stored records' layout; bump when what a record holds changes. */
const RECORD_LAYOUT = 2;

// NOTE: a stored record is only as good as the code that made it. Rather than rely on every
// change to the parser, the gazetteer or the extractors bumping a constant, the format key holds
// a digest of their source files (the .ts sources under tsx, the compiled .js in dist/): any
// change to them parses every file again at the next start.
const PARSER_FOLDERS = ["../articles", "../places", "../extract", "../text", "../model"];
const PARSER_FILES = ["load-articles", "stored-article", "record-format"];
const SOURCE = /\.(?:ts|js|json)$/;

/** The digest of the parser's source files, for the corpus folder `here` of a source tree. */
export function parserSourceDigest(here: string): string {
  const hash = createHash("sha1");
  for (const folder of PARSER_FOLDERS) {
    const dir = join(here, folder);
    for (const name of readdirSync(dir).filter((file) => SOURCE.test(file)).sort()) {
      hash.update(`${folder}/${name}\0`).update(readFileSync(join(dir, name)));
    }
  }
  for (const name of readdirSync(here).filter((file) => PARSER_FILES.includes(file.replace(SOURCE, ""))).sort()) {
    hash.update(`./${name}\0`).update(readFileSync(join(here, name)));
  }
  return hash.digest("hex").slice(0, 16);
}

let cached: string | null = null;

/** The key of the parser's and extractors' current code: records stored under another key are parsed again. */
export function articleRecordFormat(): string {
  cached ??= `${RECORD_LAYOUT}:${parserSourceDigest(dirname(fileURLToPath(import.meta.url)))}`;
  return cached;
}
