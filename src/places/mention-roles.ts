import { normalizeText } from "../text/index.ts";
import {
  BACKGROUND_CLAUSE,
  CAPITAL_PROVINCE,
  CENTRAL_HOSTS,
  CENTRAL_NAME_WORDS,
  EVENT_BEFORE,
  GROUP_JOINERS,
  HOMETOWN_BEFORE,
  HOMETOWN_WORDS,
  HOSTING_WORDS,
  INSTITUTION_HEADS,
  NATIONAL_BEFORE,
  NOT_RESIDENCE_WORDS,
  QUOTED_PRICE,
  RESIDENCE_BEFORE,
  RESIDENCE_WORDS,
  ROUTE_BEFORE,
  SEAT_BEFORE,
  TOLD_BEFORE,
  VENUE_HEADS,
  TRIP_END_BEFORE,
  TRIP_TO_BEFORE,
} from "./mention-context.ts";
import { isInstitutionName } from "./institution-name.ts";
import { isInPersonBrackets, isPersonWorkplace } from "./person-context.ts";
import type { PlaceMatch } from "./scan-text.ts";

/** What a place mention does in its sentence: the story's place, or a lesser role. */
export type MentionRole = "event" | "place" | "residence" | "hometown" | "institution" | "route" | "list" | "group" | "national" | "background";

// NOTE: the clause before a mention: back to the last sentence end, semicolon, colon, opening bracket or line break.
const CLAUSE_MARKS: ReadonlySet<number> = new Set([...".;:!?(\n"].map((mark) => mark.charCodeAt(0)));

/** The clause the words before a mention end with: what follows their last clause mark (`CLAUSE_MARKS`), or all of them. */
function clauseOf(head: string): string {
  for (let i = head.length - 1; i >= 0; i--) if (CLAUSE_MARKS.has(head.charCodeAt(i))) return head.slice(i + 1);
  return head;
}
// NOTE: a name's capitalized words (and "&", digits) right before a mention: "Trường ĐH Sư phạm Kỹ thuật".
const NAME_TAIL = /(?:[\p{Lu}\d][\p{L}\p{M}\d&.-]*\s+)+$/u;
// NOTE: a list of places: at least this many different provinces in one sentence.
const LIST_SIZE = 3;
// NOTE: how far back the words before a mention are read.
const LOOK_BACK = 120;
// NOTE: an address in brackets is short: "(Hà Nội)", "(quận Đống Đa, Hà Nội)".
const BRACKET_ADDRESS_LENGTH = 40;
// NOTE: a bracket group closed before the mention ("chị H. (38 tuổi, ngụ tại Tây Ninh) vừa …"):
// what it says is about the person, not about the clause it sits in.
const CLOSED_BRACKETS = /\([^()]*\)/gu;
// NOTE: a count in brackets right after a place makes it a tally's entry: "Tây Ninh (1), Sóc Trăng (2)".
const TALLY_AFTER = /^\s*\(\s*\d+(?:\s+ca)?\s*\)/u;
// NOTE: where a trip left from, named in the clause: "từ Nam Du", "từ sân bay Nội Bài", "từ các địa phương khác",
// "theo hướng miền Tây";
// not a time ("từ ngày 1/5", "từ đầu năm").
const TRIP_FROM = /(?:^|\s)(?:[Tt]ừ\s+(?:\p{Lu}|(?:sân bay|bến xe|bến|ga|cảng|thành phố|tỉnh|(?:các\s+)?(?:địa phương|tỉnh|nơi|vùng))\s)|(?:theo\s+)?hướng\s+(?:từ\s+)?(?:\p{Lu}|miền\s))/u;
// NOTE: the words between a trip's two ends: "từ Hà Nội về TP.HCM", "từ sân bay Nội Bài đến sân bay Tân Sơn Nhất".
const TRIP_GAP = /^\s+(?:(?:sân bay|bến xe|ga|cảng)\s+)?(?:đến|tới|về|đi|ra|vào)\s+(?:(?:sân bay|bến xe|ga|cảng)\s+)?$/u;
// NOTE: a chain of named stops between two places: "Cà Mau - Nam Du - Phú Quốc".
const ROUTE_GAP = /^\s*[-–—/]\s*(?:(?:\p{Lu}[\p{L}\p{M}]*\s*)+[-–—/]\s*)*$/u;

const GLUED = /(\p{Ll})(\p{Lu})/gu;
const NOT_RESIDENCE = new RegExp(`(?:^|(?<=[\\s,(]))(?:${NOT_RESIDENCE_WORDS.join("|")})(?=$|[\\s,:])`, "gu");
const JOINER = new RegExp(`^\\s*(?:${GROUP_JOINERS.join("|")})\\s*$`, "u");

function endsWithWord(before: string, words: readonly string[]): boolean {
  for (const word of words) {
    if (before.endsWith(word) && (before.length === word.length || /[\s,(]/u.test(before.charAt(before.length - word.length - 1)))) return true;
  }
  return false;
}

const WORD_PATTERNS = new Map<readonly string[], RegExp>();

/** Whether the text has one of the words as a whole word (one pattern per word list, compiled once). */
function containsWord(text: string, words: readonly string[]): boolean {
  let pattern = WORD_PATTERNS.get(words);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[\\s,("“])(?:${words.join("|")})(?:$|[\\s,:])`, "u");
    WORD_PATTERNS.set(words, pattern);
  }
  return pattern.test(text);
}

function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

/** Whether the mention sits in brackets right after a central body's name, which ends in "Trung ương" or "Quốc gia": "Bệnh viện K Trung ương (Hà Nội)". */
function isCentralAddress(text: string, start: number): boolean {
  const open = text.lastIndexOf("(", start);
  if (open < 0 || text.lastIndexOf(")", start) > open || start - open > BRACKET_ADDRESS_LENGTH) return false;
  const name = normalizeText(text.slice(Math.max(0, open - LOOK_BACK), open)).trimEnd();
  return endsWithWord(name, CENTRAL_NAME_WORDS);
}

/**
 * The words before a mention since the last comma or sentence end, an open bracket read
 * through: "trước thông tin có 6 ca (5 ca ở Hà Nam, 1 ca ở" ends "trước thông tin có 6 ca (… 1 ca ở".
 */
function phraseOf(head: string): string {
  const open = head.lastIndexOf("(");
  const outer = open >= 0 && head.indexOf(")", open) < 0 ? head.slice(0, open) : head;
  const start = Math.max(outer.lastIndexOf(","), outer.search(/[.;:!?\n][^.;:!?\n]*$/u)) + 1;
  return normalizeText(outer.slice(start) + head.slice(outer.length));
}

/** The role of one mention, from the words before it in its clause. */
function roleOf(text: string, match: PlaceMatch, previous: PlaceMatch | undefined): MentionRole {
  const looked = text.slice(Math.max(0, match.start - LOOK_BACK), match.start);
  const head = looked.includes("(") ? looked.replace(CLOSED_BRACKETS, " ") : looked;
  const written = clauseOf(head);
  const clause = normalizeText(written).trim();
  const before = clause.replace(/[\s,]+$/u, "");
  // NOTE: "tỉnh", "TP" and "thành phố" written before the name are part of it.
  const bare = before.replace(/(?:^|\s)(?:tỉnh|tp\.?|thành phố|huyện|quận|thị xã)$/u, "").trim();
  // NOTE: a residence word counts from the last comma on: "ông T. ngụ xã X cho biết, cát đang hiếm ở Đồng Tháp" is not his home.
  const phrase = clause.slice(clause.lastIndexOf(",") + 1);
  if (endsWithWord(bare, HOMETOWN_BEFORE) || containsWord(phrase, HOMETOWN_WORDS)) return "hometown";
  if (endsWithWord(bare, RESIDENCE_BEFORE) || containsWord(phrase.replace(NOT_RESIDENCE, " "), RESIDENCE_WORDS)) return "residence";
  if (isInPersonBrackets(text, match.start, previous)) return "residence";
  if (isCentralAddress(text, match.start)) return "institution";
  if (isPersonWorkplace(head)) return "residence";
  if (TALLY_AFTER.test(text.slice(match.end, match.end + 12))) return "list";
  // NOTE: a fixture list's line: "Sân Pleiku: HA Gia Lai - SHB Đà Nẵng".
  if (VENUE_HEADS.includes(clause) && /^\s*:/u.test(text.slice(match.end, match.end + 4))) return "list";
  const tail = NAME_TAIL.exec(text.slice(Math.max(0, match.start - 80), match.start))?.[0];
  // NOTE: words glued by the scraper are read apart: "TrườngĐH KHXH&NV TP.HCM".
  const name = tail === undefined ? "" : normalizeText(tail.replace(GLUED, "$1 $2")).trim();
  if (name && containsWord(name, INSTITUTION_HEADS) && name.split(/\s+/u).length >= 2) return "institution";
  if (endsWithWord(bare, INSTITUTION_HEADS) && bare.split(/\s+/u).length <= 2) return "institution";
  if (endsWithWord(bare, SEAT_BEFORE)) return "institution";
  if (isInstitutionName(text, match.start)) return "institution";
  const gap = previous ? text.slice(previous.end, match.start) : null;
  if (gap !== null && ROUTE_GAP.test(gap) && previous?.province !== match.province) return "route";
  if (endsWithWord(bare, ROUTE_BEFORE) && /^\s*[-–—/]|^\s+(?:đến|tới|về|đi|ra|vào)\s/u.test(text.slice(match.end, match.end + 8))) return "route";
  if (endsWithWord(bare, TRIP_END_BEFORE)) return "route";
  if (endsWithWord(bare, TRIP_TO_BEFORE) && TRIP_FROM.test(written)) return "route";
  if (endsWithWord(bare, NATIONAL_BEFORE)) return "national";
  const spoken = phraseOf(head);
  if (BACKGROUND_CLAUSE.some((words) => spoken.includes(words))) return "background";
  if (endsWithWord(bare, EVENT_BEFORE)) return "event";
  return "place";
}

/** Whether a sentence (written as `normalizeText` writes it) quotes a national market's price (`QUOTED_PRICE`). */
function isPriceQuote(folded: string): boolean {
  return QUOTED_PRICE.some((words) => folded.includes(words));
}

const CENTRAL_HOST = new RegExp(`(?:^|[\\s,(])(?:${CENTRAL_HOSTS.join("|")})\\s+(?:[\\p{Lu}\\d]|$)`, "u");

// NOTE: the type words a city's name may carry: "TP Hà Nội", "Thủ đô Hà Nội".
const CITY_TYPE_WORDS = /^(?:TP\.?|Thành|phố|Thủ|đô)$/u;

/**
 * Whether the capital's mention closes a body's capitalized name ("Cục Thuế TP Hà Nội", "UBND
 * TP Hà Nội"): then the sentence names the city's own body, not a national one at home.
 */
function closesBodyName(sentence: string, start: number): boolean {
  const tail = NAME_TAIL.exec(sentence.slice(Math.max(0, start - LOOK_BACK), start))?.[0] ?? "";
  return tail.split(/\s+/u).some((word) => word !== "" && !CITY_TYPE_WORDS.test(word));
}

/** Whether a sentence names a national body ("Bộ Y tế", "Tổng cục …", "Cục Việc làm") holding a meeting or ceremony. */
function isCentralHosting(sentence: string, folded: string): boolean {
  return CENTRAL_HOST.test(sentence) && containsWord(folded, HOSTING_WORDS);
}

/**
 * The roles of the place mentions of one sentence, in order. A sentence naming three provinces
 * or more is a list; otherwise each mention's clause decides (a person's home, an
 * institution's name, a route's end, an entry of a tally, or the story's place), and
 * provinces joined into one group ("tại Hà Nội và TP.HCM") are a group, placed in neither.
 * A place after a person's confiding or remembering (`TOLD_BEFORE`), in the sentence or in
 * `quoteFrame` (the words before the open quote the sentence is in), is background.
 */
export function mentionRoles(sentence: string, matches: readonly PlaceMatch[], quoteFrame = ""): MentionRole[] {
  const provinces = new Set(matches.map((match) => match.province));
  // NOTE: former provinces count apart: "Hà Nội, Bắc Giang, Bắc Ninh" is a list though Bắc Giang is now Bắc Ninh.
  const provinceNames = new Set(matches.filter((match) => match.provinceLevel).map((match) => match.name));
  if (provinces.size >= LIST_SIZE || provinceNames.size >= LIST_SIZE) return matches.map(() => "list");
  const roles = matches.map((match, i) => roleOf(sentence, match, matches[i - 1]));
  // NOTE: normalizeText keeps the length of composed text, so offsets into the sentence carry over.
  const folded = normalizeText(sentence);
  const frame = quoteFrame ? normalizeText(quoteFrame) : "";
  const told = containsWord(`${frame} ${folded}`, TOLD_BEFORE);
  roles.forEach((role, i) => {
    const start = (matches[i] as PlaceMatch).start;
    if ((role === "event" || role === "place") && told && containsWord(`${frame} ${folded.slice(0, start)}`, TOLD_BEFORE)) roles[i] = "background";
  });
  // NOTE: a city where a national market's price is quoted ("Tại TP.HCM, giá vàng SJC …") is one of a group.
  if (isPriceQuote(folded)) roles.forEach((role, i) => (roles[i] = role === "event" || role === "place" ? "group" : role));
  // NOTE: a national body's meeting or ceremony in the capital is the body's at home.
  const capitals = matches.filter((match) => match.province === CAPITAL_PROVINCE);
  if (capitals.length > 0 && !capitals.some((match) => closesBodyName(sentence, match.start)) && isCentralHosting(sentence, folded)) {
    matches.forEach((match, i) => {
      if (match.province === CAPITAL_PROVINCE && (roles[i] === "event" || roles[i] === "place")) roles[i] = "institution";
    });
  }
  for (let i = 1; i < roles.length; i++) {
    const match = matches[i] as PlaceMatch;
    const earlier = matches.slice(0, i);
    // NOTE: an institution named for a province, then that province as a venue ("Bệnh viện Đại học Y
    // Hà Nội ra mắt phần mềm … tại Hà Nội"): the institution at home, not a story of the province.
    if ((roles[i] === "event" || roles[i] === "place") && earlier.some((other, k) => other.province === match.province && roles[k] === "institution")) roles[i] = "institution";
    // NOTE: a trip's other leg: "chiều Hà Nội đi ngày 29/4 và về Hà Nội ngày 2/5".
    if (roles[i] === "place" && roles.slice(0, i).includes("route") && endsWithWord(normalizeText(sentence.slice(0, match.start)).trimEnd(), TRIP_TO_BEFORE)) roles[i] = "route";
  }
  for (let i = 0; i + 1 < roles.length; i++) {
    const current = matches[i] as PlaceMatch;
    const next = matches[i + 1] as PlaceMatch;
    const gap = sentence.slice(current.end, next.start);
    // NOTE: a route's start is a route too ("tuyến Đà Nẵng - Hà Nội", "từ Hà Nội đến TP.HCM": both ends).
    if (roles[i + 1] === "route" && (roles[i] === "place" || roles[i] === "event") && (ROUTE_GAP.test(gap) || TRIP_GAP.test(gap))) roles[i] = "route";
    // NOTE: and a route's end: "từ Hà Nội về TP.HCM".
    if (roles[i] === "route" && TRIP_GAP.test(gap)) roles[i + 1] = "route";
    // NOTE: an address chain ("Cầu Giấy, Hà Nội", "Văn Giang (Hưng Yên)") takes its first name's role.
    if (current.province === next.province && /^[\s,(]*$/u.test(gap) && roles[i] !== "place") roles[i + 1] = roles[i] as MentionRole;
    // NOTE: and a person's home to the places joined to it: "quê ở Nghệ An và Hà Tĩnh".
    if ((roles[i] === "hometown" || roles[i] === "residence") && roles[i + 1] === "place" && JOINER.test(gap)) roles[i + 1] = roles[i] as MentionRole;
    if (current.province !== next.province && JOINER.test(gap) && isGroupable(roles[i]) && isGroupable(roles[i + 1])) {
      roles[i] = "group";
      roles[i + 1] = "group";
    }
  }
  return roles;
}

function isGroupable(role: MentionRole | undefined): boolean {
  return role === "place" || role === "event" || role === "group";
}
