import { normalizeText } from "../text/index.ts";
import { EVENT_BEFORE, INSTITUTION_HEADS, NATIONAL_BEFORE, RESIDENCE_BEFORE, ROUTE_BEFORE } from "./mention-context.ts";
import type { PlaceMatch } from "./scan-text.ts";

/** What a place mention does in its sentence: the story's place, or a lesser role. */
export type MentionRole = "event" | "place" | "residence" | "institution" | "route" | "list" | "national";

// NOTE: the clause before a mention: back to the last sentence end, semicolon, colon or opening bracket.
const CLAUSE_START = /[.;:!?(\n][^.;:!?(\n]*$/u;
// NOTE: a name's capitalized words (and "&", digits) right before a mention: "Trường ĐH Sư phạm Kỹ thuật".
const NAME_TAIL = /(?:[\p{Lu}\d][\p{L}\p{M}\d&.-]*\s+)+$/u;
// NOTE: a list of places: at least this many different provinces in one sentence.
const LIST_SIZE = 3;

function endsWithWord(before: string, words: readonly string[]): boolean {
  for (const word of words) {
    if (before.endsWith(word) && (before.length === word.length || /[\s,(]/u.test(before.charAt(before.length - word.length - 1)))) return true;
  }
  return false;
}

function containsWord(text: string, words: readonly string[]): boolean {
  return words.some((word) => new RegExp(`(?:^|[\\s,(])${word}(?:$|[\\s,:])`, "u").test(text));
}

/** The role of one mention, from the words before it in its clause. */
function roleOf(text: string, match: PlaceMatch, previous: PlaceMatch | undefined): MentionRole {
  const head = text.slice(Math.max(0, match.start - 80), match.start);
  const clause = normalizeText((CLAUSE_START.exec(head)?.[0] ?? head).replace(/^[.;:!?(\n]/u, "")).trim();
  const before = clause.replace(/[\s,]+$/u, "");
  // NOTE: "tỉnh", "TP" and "thành phố" written before the name are part of it.
  const bare = before.replace(/(?:^|\s)(?:tỉnh|tp\.?|thành phố|huyện|quận|thị xã)$/u, "").trim();
  if (endsWithWord(bare, RESIDENCE_BEFORE) || containsWord(clause, ["quê", "ngụ", "trú", "thường trú", "sinh năm", "sn"])) return "residence";
  const name = NAME_TAIL.exec(text.slice(Math.max(0, match.start - 80), match.start))?.[0];
  if (name && containsWord(normalizeText(name).trim(), INSTITUTION_HEADS) && normalizeText(name).trim().split(/\s+/u).length >= 2) return "institution";
  if (endsWithWord(bare, INSTITUTION_HEADS.map((word) => word)) && bare.split(/\s+/u).length <= 2) return "institution";
  const gap = previous ? text.slice(previous.end, match.start) : null;
  if (gap !== null && /^\s*[-–—/]\s*$/u.test(gap) && previous?.province !== match.province) return "route";
  if (endsWithWord(bare, ROUTE_BEFORE) && /^\s*[-–—/]|^\s+(?:đến|tới|về|đi|ra|vào)\s/u.test(text.slice(match.end, match.end + 8))) return "route";
  if (endsWithWord(bare, NATIONAL_BEFORE)) return "national";
  if (endsWithWord(bare, EVENT_BEFORE)) return "event";
  return "place";
}

/**
 * The roles of the place mentions of one sentence, in order. A sentence naming three provinces
 * or more is a list; otherwise each mention's clause decides (a person's home, an
 * institution's name, a route's end, or the story's place).
 */
export function mentionRoles(sentence: string, matches: readonly PlaceMatch[]): MentionRole[] {
  const provinces = new Set(matches.map((match) => match.province));
  if (provinces.size >= LIST_SIZE) return matches.map(() => "list");
  const roles = matches.map((match, i) => roleOf(sentence, match, matches[i - 1]));
  // NOTE: a route's start is a route too ("tuyến Đà Nẵng - Hà Nội": both ends).
  for (let i = 0; i + 1 < roles.length; i++) if (roles[i + 1] === "route" && (roles[i] === "place" || roles[i] === "event")) roles[i] = "route";
  // NOTE: and a route's end: "từ Hà Nội về TP.HCM".
  for (let i = 0; i + 1 < roles.length; i++) {
    const gap = sentence.slice((matches[i] as PlaceMatch).end, (matches[i + 1] as PlaceMatch).start);
    if (roles[i] === "route" && /^\s+(?:đến|tới|về|đi|ra|vào)\s+$/u.test(gap)) roles[i + 1] = "route";
  }
  return roles;
}
