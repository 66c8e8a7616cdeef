import { type BodyLine, TERMINAL, wordCount } from "./body-lines.ts";
import { findDateline } from "./dates.ts";

// NOTE: a category label is a few words (≤ 5) with no sentence punctuation: "Quảng Ninh", "Thời sự".
const MAX_LABEL_WORDS = 5;
const MAX_LABEL_LENGTH = 40;
// NOTE: a headline has 4–40 words and at most 200 characters, no final period, colon or comma.
const MIN_HEADLINE_WORDS = 4;
const MAX_HEADLINE_WORDS = 40;
const MAX_HEADLINE_LENGTH = 200;
const HEADLINE_END = /[^.:;,…]$/u;
// NOTE: a headline may trail off in an ellipsis ("Miền Trung mịt mùng..."); a lead sentence
// may too, so only a short line with no sentence end inside reads as such a headline.
const ELLIPSIS_END = /(?:\.{3}|…)$/u;
const MAX_ELLIPSIS_HEADLINE_WORDS = 20;
const INNER_SENTENCE_END = /[.!?]\s+\p{Lu}/u;

/** Whether a line reads as a category label ("Quảng Ninh", "Thời sự"). */
export function isLabel(line: BodyLine): boolean {
  return !line.heading && line.text.length <= MAX_LABEL_LENGTH && wordCount(line.text) <= MAX_LABEL_WORDS && !TERMINAL.test(line.text) && findDateline(line.text) === null;
}

/**
 * Whether a line reads as a headline: short, no final period; opening with a dateline only
 * when it is one short sentence above a longer line that ends like a lead ("Tối 1/10, Việt Nam
 * không có ca mắc Covid-19 mới" above "Tối 1/10, Bộ Y tế thông tin … ."), since a lead opens so too.
 */
export function isHeadline(line: BodyLine, next?: BodyLine): boolean {
  if (line.heading) return line.text.length <= MAX_HEADLINE_LENGTH * 1.5;
  const words = wordCount(line.text);
  return (
    words >= MIN_HEADLINE_WORDS &&
    words <= MAX_HEADLINE_WORDS &&
    line.text.length <= MAX_HEADLINE_LENGTH &&
    (HEADLINE_END.test(line.text) || isEllipsisHeadline(line.text, words)) &&
    (findDateline(line.text) === null || isDatelineHeadline(line.text, words, next))
  );
}

function isDatelineHeadline(text: string, words: number, next: BodyLine | undefined): boolean {
  if (!next || next.heading || words > MAX_ELLIPSIS_HEADLINE_WORDS || INNER_SENTENCE_END.test(text)) return false;
  return TERMINAL.test(next.text) && wordCount(next.text) > words;
}

function isEllipsisHeadline(text: string, words: number): boolean {
  return ELLIPSIS_END.test(text) && words <= MAX_ELLIPSIS_HEADLINE_WORDS && !INNER_SENTENCE_END.test(text) && !text.includes(",");
}

/** Drops category labels above the headline ("Quảng Ninh" before the real headline); returns how many. */
export function dropLabels(body: BodyLine[]): number {
  let dropped = 0;
  while (body.length >= 3 && isLabel(body[0] as BodyLine) && isHeadline(body[1] as BodyLine) && wordCount((body[0] as BodyLine).text) < wordCount((body[1] as BodyLine).text)) {
    body.shift();
    dropped++;
  }
  return dropped;
}
