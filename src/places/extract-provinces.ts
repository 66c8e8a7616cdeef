import type { ProvinceRefs } from "../model/article.ts";
import { normalizeText } from "../text/index.ts";
import { NATIONAL_FRAME, SPORT_FRAME } from "./mention-context.ts";
import { mentionRoles, type MentionRole } from "./mention-roles.ts";
import { compareProvinceIds } from "./provinces.ts";
import { scanPlaces, type PlaceMatch } from "./scan-text.ts";
import { gazetteerPatterns, type PatternMap } from "./text-patterns.ts";

/** The parts of an article province extraction reads. */
export interface ProvinceSource {
  readonly title: string;
  readonly lead: string;
  readonly paragraphs: readonly string[];
}

// NOTE: points per mention by where it is: the title says most about what an article covers.
const TITLE_WEIGHT = 5;
const LEAD_WEIGHT = 2;
const BODY_WEIGHT = 1;
// NOTE: how much a mention counts by its role: where the story happens ("tại …") one and a
// half; the story's place fully; lesser roles half (an institution's name, one of a group
// "tại Hà Nội và TP.HCM", where a person lives); a hometown, a route's end, one of a list or
// tally of provinces, an archipelago named for sovereignty, a place of a story told before not at all.
const ROLE_FACTOR: Readonly<Record<MentionRole, number>> = {
  event: 1.5,
  place: 1,
  institution: 0.5,
  group: 0.5,
  residence: 0.5,
  hometown: 0,
  background: 0,
  route: 0,
  list: 0,
  national: 0,
};
// NOTE: a primary province needs at least this score (a title mention, a lead mention and
// one more, or three in the body) and at least this share of the top score; at most this many.
const MIN_PRIMARY_SCORE = 3;
const PRIMARY_SHARE = 0.4;
const MAX_PRIMARY = 3;
// NOTE: in a national story (headline and lead frame it so and place it in no province), a
// province is primary only with a body about it: this score and this share of all the
// article's points ("Hội nghị toàn quốc…", then Quảng Ninh's report; not a list of cases
// spread over several provinces).
const NATIONAL_BODY_SCORE = 5;
const NATIONAL_BODY_SHARE = 0.8;

// NOTE: a sentence ends after a lowercase word, a number or a quote, not after "TP." or "Q.".
const SENTENCE_END = /(?<=[\p{Ll}\p{M}\d)"”’][.!?…])\s+(?=["“(]?\p{Lu})/u;

// NOTE: the province closing an address chain ("Cầu Giấy, Hà Nội", "Văn Giang (Hưng Yên)") adds nothing.
const CHAIN_GAP = /^[\s,()]*(?:(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã)\s+)?$/iu;
const SPORT_WORDS = new RegExp(`(?:^|[\\s,(“"])(?:${SPORT_FRAME.join("|")})(?=$|[\\s,.:;)”"])`, "u");
const NATIONAL_WORDS = new RegExp(`(?:^|[\\s,(“"])(?:${NATIONAL_FRAME.join("|")})(?=$|[\\s,.:;)”"])`, "u");

/** Whether a mention closes an address chain: a district or place, then its province. */
function isChained(sentence: string, previous: PlaceMatch | undefined, match: PlaceMatch): boolean {
  if (!previous || previous.provinceLevel || previous.province !== match.province) return false;
  return CHAIN_GAP.test(sentence.slice(previous.end, match.start));
}

// NOTE: how far back the words before an open quote are read.
const QUOTE_FRAME_LENGTH = 80;
const QUOTE_MARK = /["“”]/u;
const OPEN_QUOTE = 0x201c;
const CLOSE_QUOTE = 0x201d;
const STRAIGHT_QUOTE = 0x22;

/** Where the quote open at the end of a piece of text began (its offset in the paragraph), or -1 when none is open. */
function openQuoteAfter(piece: string, offset: number, open: number): number {
  if (!QUOTE_MARK.test(piece)) return open;
  let at = open;
  for (let i = 0; i < piece.length; i++) {
    const code = piece.charCodeAt(i);
    if (code === OPEN_QUOTE) at = offset + i;
    else if (code === CLOSE_QUOTE) at = -1;
    else if (code === STRAIGHT_QUOTE) at = at < 0 ? offset + i : -1;
  }
  return at;
}

interface Tally {
  score: number;
  /** Points from the headline and lead. */
  framing: number;
  /** Points from mentions placing the story there (not a name, a home or a group). */
  placed: number;
  /** Order of the first mention, for stable ties. */
  readonly first: number;
}

/** What reading an article's texts adds up: the tallies by province, and whether its headline or lead lists provinces. */
interface Reading {
  readonly patterns: PatternMap;
  /** Whether the headline and lead frame a sports report. */
  readonly sport: boolean;
  readonly tallies: Map<string, Tally>;
  listed: boolean;
}

/**
 * Adds the mentions of one text to the reading's tallies. NOTE: `headed` characters of the text
 * are the headline's (a title made from the lead): a mention starting there weighs as the
 * title's, the rest as the text's own weight.
 */
function countMentions(reading: Reading, text: string, weight: number, framing: boolean, headed = 0): void {
  if (!text) return;
  let offset = 0;
  let quote = -1;
  for (const sentence of text.split(SENTENCE_END)) {
    const start = text.indexOf(sentence, offset);
    quote = openQuoteAfter(text.slice(offset, start), offset, quote);
    offset = start;
    const matches = scanPlaces(sentence, reading.patterns);
    // NOTE: a sentence inside a quote is read with the words that opened the quote.
    const frame = quote < 0 ? "" : text.slice(Math.max(0, quote - QUOTE_FRAME_LENGTH), quote);
    const roles = matches.length > 0 ? mentionRoles(sentence, matches, frame) : [];
    matches.forEach((match, i) => {
      const previous = matches[i - 1];
      if (isChained(sentence, previous, match)) return;
      const role = roles[i] as MentionRole;
      const points = reading.sport && role === "place" ? 0 : (offset + match.start < headed ? TITLE_WEIGHT : weight) * ROLE_FACTOR[role];
      const tally = reading.tallies.get(match.province) ?? { score: 0, framing: 0, placed: 0, first: reading.tallies.size };
      tally.score += points;
      if (roles[i] === "event" || roles[i] === "place" || roles[i] === "residence") tally.placed += points;
      if (framing) tally.framing += points;
      if (framing && role === "list") reading.listed = true;
      reading.tallies.set(match.province, tally);
    });
    quote = openQuoteAfter(sentence, offset, quote);
    offset += sentence.length;
  }
}

/**
 * The current provinces an article is about (primary) and those it only names (mentioned).
 * Former provinces, districts, places and aliases count for the province they are now part
 * of. A mention weighs 5 in the title, 2 in the lead, 1 in the body, times its role's factor
 * (`mentionRoles`); the province closing an address chain ("Cầu Giấy, Hà Nội") adds nothing.
 * A title made from the lead counts once, within the lead. Primary: the provinces scoring at
 * least 3 and 40% of the top score (three at most), some of it from mentions that place the
 * story there or a person in it (not only institutions' names or groups); in a story whose headline and lead place
 * it in no province and frame it as national ("nước ta", "Bộ Y tế") or list provinces
 * ("tại TP.HCM (2), Khánh Hòa (1) và Hà Nội (3)"), only a province the body is about.
 * Mentioned: every other province named, by score.
 */
export function extractProvinces(article: ProvinceSource): ProvinceRefs {
  const framed = normalizeText(`${article.title}\n${article.lead}`);
  // NOTE: in a sports report a bare name is a team's; only "tại", "ở", "sân" … place the story.
  // NOTE: `listed`: whether the headline or lead lists provinces ("tại TP.HCM (2), Bà Rịa - Vũng Tàu (1) và Hà Nội (3)").
  const reading: Reading = { patterns: gazetteerPatterns(), sport: SPORT_WORDS.test(framed), tallies: new Map(), listed: false };
  const tallies = reading.tallies;
  const titleFromLead = article.lead === article.title || article.lead.startsWith(article.title.replace(/…$/u, ""));
  // NOTE: a title made from the lead counts once: the lead is read whole (the title may be cut
  // mid-phrase: "trên địa…"), the part the title shows at the title's weight.
  if (titleFromLead) countMentions(reading, article.lead, LEAD_WEIGHT, true, article.title.replace(/…$/u, "").length);
  else {
    countMentions(reading, article.title, TITLE_WEIGHT, true);
    countMentions(reading, article.lead, LEAD_WEIGHT, true);
  }
  for (const paragraph of article.paragraphs) countMentions(reading, paragraph, BODY_WEIGHT, false);
  // NOTE: a story whose headline or lead places it in a province is that province's, whatever else they say.
  const placed = [...tallies.values()].some((tally) => tally.framing > 0);
  const national = !placed && (reading.listed || NATIONAL_WORDS.test(titleFromLead ? normalizeText(article.lead) : framed));
  const ranked = [...tallies.entries()].sort(
    ([a, x], [b, y]) => y.score - x.score || x.first - y.first || compareProvinceIds(a, b),
  );
  const top = ranked[0]?.[1].score ?? 0;
  const total = ranked.reduce((sum, [, tally]) => sum + tally.score, 0);
  const threshold = Math.max(MIN_PRIMARY_SCORE, top * PRIMARY_SHARE);
  const primary: string[] = [];
  const mentioned: string[] = [];
  for (const [id, tally] of ranked) {
    const bodyAbout = tally.score >= NATIONAL_BODY_SCORE && tally.score >= total * NATIONAL_BODY_SHARE;
    if (tally.score >= threshold && tally.placed > 0 && primary.length < MAX_PRIMARY && (!national || bodyAbout)) primary.push(id);
    else mentioned.push(id);
  }
  return { primary, mentioned };
}
