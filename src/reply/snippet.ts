import type { Article } from "../model/article.ts";
import type { Span } from "./blocks.ts";
import { PAIR_JOINER, splitSentences } from "../text/index.ts";
import { createKeyCounter, type KeyMatches } from "./key-matches.ts";
import { articleSentences, tokenizeSentence, type SentenceTokens } from "./sentence-tokens.ts";
import { syllableKey } from "./syllable-key.ts";

const ELLIPSIS = "…";
// NOTE: how much text (UTF-16 units) to keep before the first match when a sentence is cut.
const LEAD_IN = 40;

interface Token {
  readonly start: number;
  readonly end: number;
  readonly match: boolean;
}

function toTokens(sentence: SentenceTokens, wanted: ReadonlySet<string>): Token[] {
  return sentence.keys.map((key, i) => ({ start: sentence.starts[i] as number, end: sentence.ends[i] as number, match: wanted.has(key) }));
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

/** The spans of the chosen sentence (the start of the lead when none), cut to `maxChars`. */
function cutSnippet(found: { text: string; tokens: Token[] } | null, article: Article, maxChars: number): Span[] {
  let best = found;
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

// NOTE: syllables; a shorter sentence (a photo caption such as "Chủ tịch nước Nguyễn Xuân
// Phúc") gives little context and loses ties to a longer one.
const MIN_CONTEXT_SYLLABLES = 8;

const squash = (text: string): string => text.replace(/\s+/gu, " ").replace(/…$/u, "").trim();

/**
 * The sentences a snippet may show, in order: lead and paragraphs first, then the title's.
 * A sentence the card's title already shows (the title's own, or the lead's first sentence
 * when the title was made from it) comes last with the title's: repeating it adds nothing.
 */
function snippetOrder(article: Article): { body: readonly string[]; title: readonly string[] } {
  const { texts, titleCount } = articleSentences(article);
  const title = squash(article.title);
  const repeats = (text: string): boolean => {
    const sentence = squash(text);
    return title.length > 0 && (title.startsWith(sentence) || sentence.startsWith(title));
  };
  const titled = texts.slice(0, titleCount);
  // NOTE: only the lead's first sentences can repeat the title; checking stops at the first that does not.
  let at = titleCount;
  while (at < texts.length && repeats(texts[at] as string)) titled.push(texts[at++] as string);
  return { body: texts.slice(at), title: titled };
}

/** The sentence with the most distinct matched keys (then most matches, then enough context). */
function bestSentence(sentences: readonly string[], count: (sentence: string) => KeyMatches): string | null {
  let best: string | null = null;
  let bestRank = 0;
  for (const sentence of sentences) {
    const found = count(sentence);
    if (found.count === 0) continue;
    // NOTE: distinct keys first, then matches, then context: a sentence has far fewer than
    // 10^6 syllables.
    const rank = found.distinct * 1e6 + found.count * 2 + (found.syllables >= MIN_CONTEXT_SYLLABLES ? 1 : 0);
    if (rank > bestRank) {
      best = sentence;
      bestRank = rank;
    }
  }
  return best;
}

/** The first sentence the card does not show already, unmarked; the start of the lead when none. */
function plainSnippet(article: Article, body: readonly string[], maxChars: number): Span[] {
  const first = body[0];
  return cutSnippet(first !== undefined ? { text: first, tokens: [] } : null, article, maxChars);
}

/**
 * A snippet of an article for a result card: the sentence of lead and paragraphs with the
 * most matched syllables, cut at word boundaries with "…" to at most `maxChars` UTF-16 units,
 * the matched words marked in their original spelling. `hitTerms` are index terms (syllables
 * or pairs, folded or accented); matching compares folded syllables. A sentence the title
 * already shows is not repeated: with no match elsewhere, the first other sentence, unmarked.
 */
export function makeSnippet(article: Article, hitTerms: readonly string[], maxChars = 200): Span[] {
  const wanted = new Set<string>();
  for (const term of hitTerms) for (const part of term.split(PAIR_JOINER)) if (part) wanted.add(syllableKey(part));
  const count = createKeyCounter(wanted);
  const { body, title } = snippetOrder(article);
  const best = bestSentence(body, count);
  if (best !== null) return cutSnippet({ text: best, tokens: toTokens(tokenizeSentence(best), wanted) }, article, maxChars);
  if (body.length > 0) return plainSnippet(article, body, maxChars);
  const titled = bestSentence(title, count);
  return cutSnippet(titled !== null ? { text: titled, tokens: toTokens(tokenizeSentence(titled), wanted) } : null, article, maxChars);
}

/** Where a sentence names what a snippet is about: [start, end) ranges in the sentence. */
export type FindRanges = (sentence: string) => readonly (readonly [number, number])[];

/**
 * A snippet built around what `find` locates (a province's mentions, say) rather than around
 * search terms: the first sentence of lead and paragraphs with a range, else of the title
 * (the card shows the title already), cut like `makeSnippet`, the syllables inside the ranges
 * marked. Null when no sentence has one.
 */
export function makeRangeSnippet(article: Article, find: FindRanges, maxChars = 200): Span[] | null {
  const { body, title } = snippetOrder(article);
  for (const text of [...body, ...title]) {
    const ranges = find(text);
    if (ranges.length === 0) continue;
    const sentence = tokenizeSentence(text);
    const tokens = sentence.keys.map((_, i): Token => {
      const start = sentence.starts[i] as number;
      const end = sentence.ends[i] as number;
      return { start, end, match: ranges.some(([from, to]) => start >= from && end <= to) };
    });
    return cutSnippet({ text: sentence.text, tokens }, article, maxChars);
  }
  return null;
}
