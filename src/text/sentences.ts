// NOTE: abbreviations written with a period inside a sentence: place types ("TP. Hồ Chí Minh",
// "TX. Quảng Yên", "TT. …"), titles ("PGS.TS. Nguyễn…", "ThS. …", "BS. …") and single
// capital initials ("Q. Hoàn Kiếm", "P. Bến Nghé"). A period after one of them ends no sentence.
const ABBREVIATION = String.raw`TP|Tp|TX|Tx|TT|TS|PGS|GS|ThS|Ths|BS|KS|NXB|\p{Lu}`;
const NOT_AFTER_ABBREVIATION = String.raw`(?<!(?<![\p{L}\p{M}\p{N}])(?:${ABBREVIATION})\.)`;

/** A sentence break: the whitespace after `.`, `!`, `?` or `…`, unless the period ends an abbreviation. */
export const SENTENCE_BREAK = new RegExp(String.raw`(?<=[.!?…])${NOT_AFTER_ABBREVIATION}\s+`, "u");

/** A sentence break (as `SENTENCE_BREAK`) followed by something other than a lowercase letter. */
export const SENTENCE_BREAK_BEFORE_CAPITAL = new RegExp(String.raw`${SENTENCE_BREAK.source}(?=[^\s\p{Ll}])`, "u");

/** The sentences of a text, split at `SENTENCE_BREAK`, trimmed, empty ones left out. */
export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_BREAK)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}
