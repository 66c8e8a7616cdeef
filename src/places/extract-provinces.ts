import type { ProvinceRefs } from "../model/article.ts";
import { mentionRoles, type MentionRole } from "./mention-roles.ts";
import { compareProvinceIds } from "./provinces.ts";
import { scanPlaces } from "./scan-text.ts";
import { gazetteerPatterns } from "./text-patterns.ts";

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
// half; the story's place fully; an institution's name half (a provincial hospital is the
// province's, a national university only addressed there); a person's home, a route's end,
// one of a list of provinces, an archipelago named for sovereignty not at all.
const ROLE_FACTOR: Readonly<Record<MentionRole, number>> = { event: 1.5, place: 1, institution: 0.5, residence: 0, route: 0, list: 0, national: 0 };
// NOTE: a primary province needs at least this score (a title mention, a lead mention and
// one more, or three in the body) and at least this share of the top score; at most this many.
const MIN_PRIMARY_SCORE = 3;
const PRIMARY_SHARE = 0.4;
const MAX_PRIMARY = 3;

// NOTE: a sentence ends after a lowercase word, a number or a quote, not after "TP." or "Q.".
const SENTENCE_END = /(?<=[\p{Ll}\p{M}\d)"”’][.!?…])\s+(?=["“(]?\p{Lu})/u;

interface Tally {
  score: number;
  /** Order of the first mention, for stable ties. */
  readonly first: number;
}

/**
 * The current provinces an article is about (primary) and those it only names (mentioned).
 * Former provinces, districts, places and aliases count for the province they are now part
 * of. A mention weighs 5 in the title, 2 in the lead, 1 in the body, times its role's factor
 * (`mentionRoles`: a person's home, a route's end, a list of provinces count nothing, an
 * institution's name half). Primary: the provinces scoring at least 3 and 40% of the top
 * score (three at most); mentioned: every other province named, by score.
 */
export function extractProvinces(article: ProvinceSource): ProvinceRefs {
  const compiled = gazetteerPatterns();
  const tallies = new Map<string, Tally>();
  const count = (text: string, weight: number) => {
    if (!text) return;
    for (const sentence of text.split(SENTENCE_END)) {
      const matches = scanPlaces(sentence, compiled);
      if (matches.length === 0) continue;
      const roles = mentionRoles(sentence, matches);
      matches.forEach((match, i) => {
        const points = weight * ROLE_FACTOR[roles[i] as MentionRole];
        const tally = tallies.get(match.province);
        if (tally) tally.score += points;
        else tallies.set(match.province, { score: points, first: tallies.size });
      });
    }
  };
  count(article.title, TITLE_WEIGHT);
  // NOTE: a title made from the lead repeats it; it counts once, as the title.
  if (article.lead !== article.title && !article.lead.startsWith(article.title.replace(/…$/u, ""))) count(article.lead, LEAD_WEIGHT);
  for (const paragraph of article.paragraphs) count(paragraph, BODY_WEIGHT);
  const ranked = [...tallies.entries()].sort(
    ([a, x], [b, y]) => y.score - x.score || x.first - y.first || compareProvinceIds(a, b),
  );
  const top = ranked[0]?.[1].score ?? 0;
  const threshold = Math.max(MIN_PRIMARY_SCORE, top * PRIMARY_SHARE);
  const primary: string[] = [];
  const mentioned: string[] = [];
  for (const [id, tally] of ranked) {
    if (tally.score >= threshold && primary.length < MAX_PRIMARY) primary.push(id);
    else mentioned.push(id);
  }
  return { primary, mentioned };
}
