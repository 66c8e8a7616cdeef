import { packByCost, type Span } from "../../src/index.ts";

/** Escapes text for Slack mrkdwn: `&`, `<` and `>` become entities, so no `<…>` link or mention can form. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === "&" ? "&amp;" : char === "<" ? "&lt;" : "&gt;"));
}

/** Undoes Slack's own `&amp;`, `&lt;`, `&gt;` encoding of what a user typed (slash command text). */
export function decodeSlackText(text: string): string {
  return text.replace(/&(amp|lt|gt);/g, (_, name: string) => (name === "amp" ? "&" : name === "lt" ? "<" : ">"));
}

/** Whether a link target may become a `<url|label>` link: an absolute http(s) URL without spaces. */
export function isLinkTarget(href: string): boolean {
  if (/[\s\u0000-\u001f\u007f]/.test(href)) return false;
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

// NOTE: `|` ends the target of a `<url|label>` link, so it is percent-encoded in the URL.
function linkTarget(href: string): string {
  return escapeMrkdwn(href).replace(/\|/g, "%7C");
}

const MARKERS: Readonly<Record<NonNullable<Span["mark"]>, string>> = { strong: "*", match: "*", code: "`", muted: "_" };
// NOTE: Slack applies `*bold*` only at word edges; a zero-width space next to a letter makes
// the marker count as an edge without showing anything.
const WORD_EDGE = "\u200b";
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The mrkdwn of one span; `before`/`after` are the characters around it in the output. */
function spanMrkdwn(span: Span, before: string, after: string): string {
  const href = span.href && isLinkTarget(span.href) ? span.href : null;
  const marker = span.mark ? MARKERS[span.mark] : "";
  const lead = /^\s*/.exec(span.text)?.[0] ?? "";
  const trail = span.text.length > lead.length ? (/\s*$/.exec(span.text)?.[0] ?? "") : "";
  const core = span.text.slice(lead.length, span.text.length - trail.length);
  if (!core) return escapeMrkdwn(span.text);
  const label = escapeMrkdwn(core);
  const linked = href ? `<${linkTarget(href)}|${label}>` : label;
  // NOTE: a marker inside the text would end the emphasis early; such spans stay plain.
  if (!marker || core.includes(marker) || core.includes("\n")) return lead + linked + trail;
  const open = !lead && WORD_CHAR.test(before) ? WORD_EDGE + marker : marker;
  const close = !trail && WORD_CHAR.test(after) ? marker + WORD_EDGE : marker;
  return lead + open + linked + close + trail;
}

/** Renders spans as Slack mrkdwn: escaped text, marks as `*`/`_`/`` ` ``, hrefs as `<url|label>` links. */
export function spansToMrkdwn(spans: readonly Span[]): string {
  let out = "";
  spans.forEach((span, index) => {
    const after = spans[index + 1]?.text.charAt(0) ?? "";
    out += spanMrkdwn(span, out.charAt(out.length - 1), after);
  });
  return out;
}

/** An upper bound of the mrkdwn length of a piece of a span. */
function cost(text: string, span: Span): number {
  const link = span.href && isLinkTarget(span.href) ? linkTarget(span.href).length + 3 : 0;
  return escapeMrkdwn(text).length + link + (span.mark ? 4 : 0);
}

interface Piece {
  readonly span: number;
  readonly text: string;
  readonly cost: number;
}

const segmenter = new Intl.Segmenter("vi", { granularity: "grapheme" });

/** Cuts a word longer than `limit` at grapheme boundaries (never inside a surrogate pair or before a combining mark). */
function cutWord(text: string, span: Span, index: number, limit: number): Piece[] {
  const pieces: Piece[] = [];
  let current = "";
  for (const { segment } of segmenter.segment(text)) {
    if (current && cost(current + segment, span) > limit) {
      pieces.push({ span: index, text: current, cost: cost(current, span) });
      current = "";
    }
    current += segment;
  }
  if (current) pieces.push({ span: index, text: current, cost: cost(current, span) });
  return pieces;
}

function piecesOf(spans: readonly Span[], limit: number): Piece[] {
  const pieces: Piece[] = [];
  spans.forEach((span, index) => {
    const whole = cost(span.text, span);
    // NOTE: a link is kept whole; only one too long for a section is broken into words.
    if (span.href && isLinkTarget(span.href) && whole <= limit) {
      pieces.push({ span: index, text: span.text, cost: whole });
      return;
    }
    const plainSpan = span.href ? { ...span, href: undefined } : span;
    for (const word of span.text.match(/\S+\s*|\s+/gu) ?? []) {
      const wordCost = cost(word, plainSpan);
      if (wordCost <= limit) pieces.push({ span: index, text: word, cost: wordCost });
      else pieces.push(...cutWord(word, plainSpan, index, limit));
    }
  });
  return pieces;
}

function joinPieces(spans: readonly Span[], pieces: readonly Piece[], limit: number): Span[] {
  const runs: { source: Span; text: string }[] = [];
  for (const piece of pieces) {
    const source = spans[piece.span] as Span;
    const last = runs[runs.length - 1];
    if (last && last.source === source) last.text += piece.text;
    else runs.push({ source, text: piece.text });
  }
  const result = runs.map(({ source, text }): Span => {
    const keepHref = source.href !== undefined && isLinkTarget(source.href) && cost(source.text, source) <= limit;
    return { ...source, text, href: keepHref ? source.href : undefined };
  });
  const first = result[0];
  if (first) result[0] = { ...first, text: first.text.trimStart() };
  const last = result[result.length - 1];
  if (last) result[result.length - 1] = { ...last, text: last.text.trimEnd() };
  return result.filter((span) => span.text !== "");
}

/**
 * Splits spans into runs whose mrkdwn fits in `limit` characters, breaking only between words
 * (a single word longer than the limit is cut between graphemes). Whitespace-only runs are dropped.
 */
export function splitSpans(spans: readonly Span[], limit: number): Span[][] {
  const nonEmpty = spans.filter((span) => span.text !== "");
  if (nonEmpty.reduce((sum, span) => sum + cost(span.text, span), 0) <= limit) {
    const whole = joinPieces(nonEmpty, nonEmpty.map((span, index) => ({ span: index, text: span.text, cost: 0 })), limit);
    return whole.some((span) => span.text.trim()) ? [whole] : [];
  }
  return packByCost(piecesOf(nonEmpty, limit), (piece) => piece.cost, limit).map((pieces) => joinPieces(nonEmpty, pieces, limit)).filter((run) => run.some((span) => span.text.trim()));
}
