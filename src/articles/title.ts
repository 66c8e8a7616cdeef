/** The longest title made from a lead. NOTE: characters, the "…" included. */
export const MAX_LEAD_TITLE_LENGTH = 120;
// NOTE: a sentence ending before this many characters is too short to stand as the title.
const MIN_SENTENCE_TITLE = 40;
const TRAILING_PUNCTUATION = /[\s,;:.\-–—]+$/u;
// NOTE: a sentence end is ". " after a word with a lowercase letter (not "TP. ", "Q. ", "8.300").
const SENTENCE_END = /(?<=[\p{Ll}\p{M}\d)”"’])[.!?](?=\s+["“]?\p{Lu})/gu;

/**
 * A title made from the lead when the article has no headline.
 * NOTE: the rule. The whole lead when it fits in 120 characters (final period dropped); else
 * its opening sentences up to the last sentence end within the limit (no "…": nothing is cut
 * mid-sentence); else cut at the last word boundary with "…" appended.
 */
export function titleFromLead(lead: string): string {
  const text = lead.trim();
  // NOTE: a final period is dropped, an ellipsis ("...") is kept as written.
  if (text.length <= MAX_LEAD_TITLE_LENGTH) return text.replace(/(?<!\.)\.$/u, "");
  let sentenceEnd = -1;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match.index >= MAX_LEAD_TITLE_LENGTH) break;
    sentenceEnd = match.index;
  }
  if (sentenceEnd >= MIN_SENTENCE_TITLE) return text.slice(0, sentenceEnd + (text[sentenceEnd] === "." ? 0 : 1));
  const room = text.slice(0, MAX_LEAD_TITLE_LENGTH);
  const space = room.lastIndexOf(" ");
  const cut = (space > 0 ? room.slice(0, space) : room.slice(0, MAX_LEAD_TITLE_LENGTH - 1)).replace(TRAILING_PUNCTUATION, "");
  return `${cut}…`;
}
