/** Metadata written at the top of a scraped file (`date 2026-01-28`, `# url = …`, front matter). */
export interface ArticleMetadata {
  readonly title?: string;
  readonly date?: string;
  readonly url?: string;
  readonly source?: string;
  readonly author?: string;
}

/** What is left of the text once the metadata is peeled off. */
export interface PeeledMetadata {
  readonly metadata: ArticleMetadata;
  /** The remaining lines; text sharing a line with metadata (`date 2026-01-28 Chiều 27-1, …`) is kept. */
  readonly lines: string[];
}

type Key = keyof ArticleMetadata;

// NOTE: keys we keep; other keys of the `# key = value` and front-matter shapes (doc_id,
// tags, …) are recognised as metadata and dropped.
const KEYS: ReadonlySet<string> = new Set<Key>(["title", "date", "url", "source", "author"]);
const KEY_ALIASES: Readonly<Record<string, Key>> = { published: "date", link: "url", byline: "author", headline: "title" };
const OTHER_KEYS = /^(?:doc_id|id|category|categories|tags|lang|language|sapo|description|summary|newpar|sent_id)$/;

const HASH_LINE = /^#\s*([A-Za-z_][\w-]*)\s*=\s*(.*)$/;
const KEY_VALUE_LINE = /^([A-Za-z_][\w-]*)\s*[:=]\s*(.*)$/;
const BARE_KEY = /^(date|url|title|source|author)\s+(\S.*)$/;
const FRONT_MATTER_FENCE = /^---\s*$/;
// NOTE: the date of the `date 2026-01-28 rest…` shape is one token; the rest stays text.
const DATE_TOKEN = /^(\d{4}-\d{1,2}-\d{1,2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|\d{8}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4})(?:\s+(.*))?$/;
const URL_TOKEN = /^(https?:\/\/\S+)(?:\s+(.*))?$/;

function keyOf(raw: string): Key | null {
  const key = raw.toLowerCase();
  if (KEYS.has(key)) return key as Key;
  return KEY_ALIASES[key] ?? null;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return (quoted ? (quoted[2] as string) : trimmed).trim();
}

function setOnce(metadata: Record<string, string>, key: Key, value: string): void {
  if (value && metadata[key] === undefined) metadata[key] = value;
}

/** Peels `key value` with no separator: only a date or url token, or a whole-line title/source/author. */
function peelBare(line: string, metadata: Record<string, string>): string | null | undefined {
  const bare = BARE_KEY.exec(line);
  if (!bare) return undefined;
  const key = bare[1] as Key;
  const rest = bare[2] as string;
  if (key === "date" || key === "url") {
    const token = (key === "date" ? DATE_TOKEN : URL_TOKEN).exec(rest);
    if (!token) return undefined;
    setOnce(metadata, key, token[1] as string);
    return token[2]?.trim() || null;
  }
  setOnce(metadata, key, rest.trim());
  return null;
}

function peelFrontMatter(lines: readonly string[], start: number, metadata: Record<string, string>): number {
  for (let i = start + 1; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (FRONT_MATTER_FENCE.test(line)) return i + 1;
    const pair = KEY_VALUE_LINE.exec(line);
    const key = pair ? keyOf(pair[1] as string) : null;
    if (pair && key) setOnce(metadata, key, unquote(pair[2] as string));
  }
  return start;
}

/**
 * Peels metadata lines off the top of a text: `key value`, `key: value`, `# key = value` and a
 * `---` front-matter block. Stops at the first line that is not metadata.
 */
export function peelMetadata(lines: readonly string[]): PeeledMetadata {
  const metadata: Record<string, string> = {};
  let i = 0;
  const rest: string[] = [];
  while (i < lines.length) {
    const line = (lines[i] as string).trim();
    if (line === "") {
      i++;
      continue;
    }
    if (FRONT_MATTER_FENCE.test(line) && Object.keys(metadata).length === 0) {
      const after = peelFrontMatter(lines, i, metadata);
      if (after === i) break;
      i = after;
      continue;
    }
    const hash = HASH_LINE.exec(line);
    if (hash) {
      const key = keyOf(hash[1] as string);
      if (key) setOnce(metadata, key, unquote(hash[2] as string));
      i++;
      continue;
    }
    const pair = KEY_VALUE_LINE.exec(line);
    if (pair) {
      const key = keyOf(pair[1] as string);
      if (key || OTHER_KEYS.test((pair[1] as string).toLowerCase())) {
        if (key) setOnce(metadata, key, unquote(pair[2] as string));
        i++;
        continue;
      }
    }
    const bare = peelBare(line, metadata);
    if (bare === undefined) break;
    i++;
    if (bare) {
      rest.push(bare);
      break;
    }
  }
  for (; i < lines.length; i++) rest.push(lines[i] as string);
  return { metadata, lines: rest };
}
