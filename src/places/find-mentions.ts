import { charTable } from "./read-syllables.ts";
import { scanPlaces } from "./scan-text.ts";
import { gazetteerPatterns } from "./text-patterns.ts";

/** A [start, end) range of UTF-16 units in a text. */
export type TextRange = readonly [start: number, end: number];

/**
 * The ranges where a text names a current province, under any of its names (former province,
 * district, place, "TP. Hồ Chí Minh"…), by the same rules as article extraction.
 * NOTE: empty for text that is not NFC-composed: scanning composes it first, so its ranges
 * would not point into the text given.
 */
export function findProvinceMentions(text: string, provinceId: string): TextRange[] {
  if (text.normalize("NFC") !== text) return [];
  const ranges: TextRange[] = [];
  for (const match of scanPlaces(text, gazetteerPatterns())) if (match.province === provinceId) ranges.push([match.start, match.end]);
  return ranges;
}

/**
 * Compiles the gazetteer's text patterns and character table now (about 30 ms, once), so the
 * first request that scans text does not pay for them.
 */
export function prepareGazetteer(): void {
  gazetteerPatterns();
  charTable();
}
