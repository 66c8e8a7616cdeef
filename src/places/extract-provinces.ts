import type { ProvinceRefs } from "../model/article.ts";
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
// NOTE: a primary province needs at least this score (a title or lead mention, or two in the
// body) and at least this share of the top score; at most this many are primary.
const MIN_PRIMARY_SCORE = 2;
const PRIMARY_SHARE = 0.5;
const MAX_PRIMARY = 3;

interface Tally {
  score: number;
  /** Order of the first mention, for stable ties. */
  readonly first: number;
}

/**
 * The current provinces an article is about (primary) and those it only names (mentioned).
 * Former provinces, districts, places and aliases count for the province they are now part
 * of; a mention weighs 5 in the title, 2 in the lead, 1 in the body. Primary: the provinces
 * scoring at least 2 and half the top score (three at most); mentioned: the others, by score.
 */
export function extractProvinces(article: ProvinceSource): ProvinceRefs {
  const compiled = gazetteerPatterns();
  const tallies = new Map<string, Tally>();
  const count = (text: string, weight: number) => {
    if (!text) return;
    for (const match of scanPlaces(text, compiled)) {
      const tally = tallies.get(match.province);
      if (tally) tally.score += weight;
      else tallies.set(match.province, { score: weight, first: tallies.size });
    }
  };
  count(article.title, TITLE_WEIGHT);
  count(article.lead, LEAD_WEIGHT);
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
