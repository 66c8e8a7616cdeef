import { collapseSpaces, foldText, INVISIBLE_CHARACTER, stripInvisible } from "../text/index.ts";
import { chromeOf, isCaptionAfterMarker, isCreditedCaption, isFramedCaption, isPhotoMarker, stripPhotoCredits } from "./chrome.ts";
import type { FoundDate } from "./dates.ts";

/** A body line once chrome is gone. */
export interface BodyLine {
  readonly text: string;
  /** A Markdown heading (`## …`) in the source. */
  readonly heading: boolean;
}

/** A page clock or timestamp line, with how many body lines came before it. */
export interface Clock {
  readonly date: FoundDate;
  readonly position: number;
}

/** The body of an article split from its chrome: text lines, captions and clocks. */
export interface Body {
  readonly body: BodyLine[];
  readonly captions: string[];
  readonly clocks: Clock[];
}

// NOTE: no-break and other fixed-width spaces are plain spaces here; tabs too.
const ODD_SPACES = /[\t\u00A0\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;
const MARKDOWN_HEADING = /^#{1,6}\s+(.*?)\s*#*$/u;
/** A line ending in sentence or clause punctuation (not a headline, label or wrapped line). */
export const TERMINAL = /[.!?…:;,"”’)\]]$/u;
const STARTS_LOWER = /^[\p{Ll}]/u;
const HAS_LETTER = /\p{L}/u;
const WORD = /\S+/g;
// NOTE: a caption rendered twice in a row is short; a repeated long line is a paragraph kept once.
const MAX_REPEATED_CAPTION_WORDS = 30;

/** The number of whitespace-separated words of a text. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Whether two lines are the same text, ignoring case and diacritics. */
export function sameText(a: string, b: string): boolean {
  return a.length === b.length ? foldText(a).toLowerCase() === foldText(b).toLowerCase() : false;
}

// NOTE: HTML entities left by scrapers ("&nbspTại cuộc họp").
const ENTITIES: Readonly<Record<string, string>> = { nbsp: " ", amp: "&", quot: '"', apos: "'", lt: "<", gt: ">", "#39": "'" };
const ENTITY = /&(nbsp|amp|quot|apos|lt|gt|#39);?/g;
// NOTE: inline Markdown of .md files: **bold**, __bold__, [text](url).
const MARKDOWN_INLINE = /\*\*(.+?)\*\*|__(.+?)__|\[([^\]]+)\]\([^)]*\)/gu;

const LINE_BREAK = /\r\n|\r|\n/;
// NOTE: what cleaning changes: an invisible character, an odd space or the "&" of an entity.
// (One character class: an alternation of classes is much slower to scan.)
const CLEANED = new RegExp(`[${INVISIBLE_CHARACTER.source.slice(1, -1)}${ODD_SPACES.source.slice(1, -1)}&]`);

/** The lines of a raw text: invisible characters, HTML entities and odd spaces cleaned. */
export function cleanLines(text: string): string[] {
  const composed = text.normalize("NFC");
  // NOTE: most texts have nothing to clean and no carriage return: they skip the replacing passes.
  if (!CLEANED.test(composed)) return composed.includes("\r") ? composed.split(LINE_BREAK) : composed.split("\n");
  return stripInvisible(composed)
    .replace(ENTITY, (_m, name: string) => ENTITIES[name] ?? " ")
    .replace(ODD_SPACES, " ")
    .split(LINE_BREAK);
}

function stripMarkdown(line: string): string {
  if (!line.includes("*") && !line.includes("_") && !line.includes("](")) return line;
  return line.replace(MARKDOWN_INLINE, (_m, bold?: string, under?: string, link?: string) => bold ?? under ?? link ?? "");
}

/** Splits lines into body text, captions and clocks, dropping chrome; hard-wrapped lines are joined. */
export function readBody(lines: readonly string[]): Body {
  const body: BodyLine[] = [];
  const captions: string[] = [];
  const clocks: Clock[] = [];
  let afterMarker = false;
  let previousBlank = true;
  for (const raw of lines) {
    const trimmed = raw.trim();
    const line = trimmed.includes("  ") ? collapseSpaces(trimmed) : trimmed;
    if (line === "") {
      previousBlank = true;
      continue;
    }
    const blankBefore = previousBlank;
    previousBlank = false;
    if (isPhotoMarker(line)) {
      afterMarker = true;
      continue;
    }
    const chrome = chromeOf(line);
    if (chrome) {
      if (chrome.clock) clocks.push({ date: chrome.clock, position: body.length });
      continue;
    }
    if ((afterMarker && isCaptionAfterMarker(line)) || isFramedCaption(line) || isCreditedCaption(line)) {
      afterMarker = false;
      const caption = stripPhotoCredits(line.replace(/\s*\|$/u, ""));
      if (caption) captions.push(caption);
      continue;
    }
    afterMarker = false;
    const heading = MARKDOWN_HEADING.exec(line);
    const text = stripPhotoCredits(stripMarkdown(heading ? (heading[1] as string) : line));
    if (!text) continue;
    const previous = body[body.length - 1];
    // NOTE: a hard-wrapped paragraph continues on a line starting in lowercase.
    if (previous && !blankBefore && !heading && !previous.heading && STARTS_LOWER.test(text) && !TERMINAL.test(previous.text)) {
      body[body.length - 1] = { text: `${previous.text} ${text}`, heading: false };
      continue;
    }
    body.push({ text, heading: heading !== null });
  }
  return { body: dropRepeatedCaptions(body, captions), captions, clocks };
}

/**
 * Drops captions shown twice in a row ("Toàn cảnh hội nghị" / "Toàn cảnh hội nghị"); a long
 * repeated line is a paragraph and the first line a headline, both kept once. Lines without letters (table cells) are kept.
 */
function dropRepeatedCaptions(body: readonly BodyLine[], captions: string[]): BodyLine[] {
  const out: BodyLine[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as BodyLine;
    const next = body[i + 1];
    if (next && HAS_LETTER.test(line.text) && sameText(line.text, next.text)) {
      // NOTE: the first line shown twice is the headline (page title and h1), however short.
      if (out.length > 0 && wordCount(line.text) <= MAX_REPEATED_CAPTION_WORDS) {
        captions.push(line.text);
        i++;
      }
      continue;
    }
    out.push(line);
  }
  return out;
}
