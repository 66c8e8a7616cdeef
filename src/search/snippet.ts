import type { Article } from "../model/article.ts";
import type { Span } from "../reply/blocks.ts";
import { foldText, normalizeText, PAIR_JOINER } from "../text/index.ts";

// NOTE: the same syllable shape as src/text/tokenize.ts, with positions in the ORIGINAL text.
const SYLLABLE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*/gu;
const SENTENCE_END = /(?<=[.!?…])\s+/u;
const ELLIPSIS = "…";
// NOTE: how much text (UTF-16 units) to keep before the first match when a sentence is cut.
const LEAD_IN = 40;

interface Token {
  readonly start: number;
  readonly end: number;
  readonly match: boolean;
}

function syllableKey(syllable: string): string {
  return foldText(normalizeText(syllable));
}

function tokenize(text: string, wanted: ReadonlySet<string>): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(SYLLABLE)) {
    out.push({ start: m.index, end: m.index + m[0].length, match: wanted.has(syllableKey(m[0])) });
  }
  return out;
}

function sentences(article: Article): string[] {
  return [article.title, article.lead, ...article.paragraphs]
    .flatMap((text) => text.split(SENTENCE_END))
    .map((text) => text.trim())
    .filter((text) => text.length > 0);
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

/** A cut position not inside a surrogate pair. */
function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at - 1);
  return at > 0 && at < text.length && code >= 0xd800 && code <= 0xdbff ? at - 1 : at;
}

/** The [start, end) window of at most `max` units around the first match, cut at spaces. */
function chooseWindow(text: string, tokens: readonly Token[], max: number): { start: number; end: number } {
  if (text.length <= max) return { start: 0, end: text.length };
  const first = tokens.find((token) => token.match);
  let start = first ? Math.max(0, first.start - Math.min(LEAD_IN, Math.floor(max / 4))) : 0;
  if (start > 0) {
    while (start < text.length && !isSpace(text[start - 1])) start++;
    if (first && start > first.start) start = first.start;
  }
  const budget = max - (start > 0 ? 1 : 0) - 1;
  let end = Math.min(text.length, start + budget);
  if (end < text.length) {
    let back = end;
    while (back > start && !isSpace(text[back])) back--;
    let keep = start;
    for (const token of tokens) if (token.match && token.end <= end && token.end > keep) keep = token.end;
    end = back > start && back >= keep ? back : safeCut(text, end);
  }
  while (end > start && isSpace(text[end - 1])) end--;
  return { start: safeCut(text, start), end };
}

function toSpans(text: string, tokens: readonly Token[], start: number, end: number): Span[] {
  const spans: Span[] = [];
  const push = (piece: string, match: boolean): void => {
    if (!piece) return;
    const last = spans[spans.length - 1];
    if (last && (last.mark === "match") === match) spans[spans.length - 1] = match ? { text: last.text + piece, mark: "match" } : { text: last.text + piece };
    else spans.push(match ? { text: piece, mark: "match" } : { text: piece });
  };
  let at = start;
  for (const token of tokens) {
    if (token.start < start || token.end > end) continue;
    const gap = text.slice(at, token.start);
    push(gap, token.match && spans[spans.length - 1]?.mark === "match" && /^\s+$/u.test(gap));
    push(text.slice(token.start, token.end), token.match);
    at = token.end;
  }
  push(text.slice(at, end), false);
  return spans;
}

/**
 * A snippet of an article for a result card: the sentence of title, lead and paragraphs with
 * the most matched syllables, cut at word boundaries with "…" to at most `maxChars` UTF-16
 * units, the matched words marked in their original spelling. `hitTerms` are index terms
 * (syllables or pairs, folded or accented); matching compares folded syllables. With no
 * match, the start of the lead.
 */
export function makeSnippet(article: Article, hitTerms: readonly string[], maxChars = 200): Span[] {
  const wanted = new Set<string>();
  for (const term of hitTerms) for (const part of term.split(PAIR_JOINER)) if (part) wanted.add(syllableKey(part));
  let best: { text: string; tokens: Token[] } | null = null;
  let bestDistinct = 0;
  let bestCount = 0;
  for (const sentence of sentences(article)) {
    const tokens = tokenize(sentence, wanted);
    const matched = tokens.filter((token) => token.match);
    if (matched.length === 0) continue;
    const distinct = new Set(matched.map((token) => syllableKey(sentence.slice(token.start, token.end)))).size;
    if (distinct > bestDistinct || (distinct === bestDistinct && matched.length > bestCount)) {
      best = { text: sentence, tokens };
      bestDistinct = distinct;
      bestCount = matched.length;
    }
  }
  if (!best) {
    const text = (article.lead || article.paragraphs[0] || article.title).trim();
    if (!text) return [];
    best = { text, tokens: [] };
  }
  const max = Math.max(2, Math.floor(maxChars));
  const { start, end } = chooseWindow(best.text, best.tokens, max);
  const spans = toSpans(best.text, best.tokens, start, end);
  if (start > 0) spans.unshift({ text: ELLIPSIS });
  if (end < best.text.length) spans.push({ text: ELLIPSIS });
  return spans;
}
