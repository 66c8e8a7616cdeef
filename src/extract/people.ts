import type { Person } from "../model/article.ts";
import { foldText, isStopword } from "../text/index.ts";
import { canonicalText } from "./canonical-text.ts";
import { FAMILY_NAMES, NAME_LIKE_PLACES } from "./names.ts";
import { OFFICES, type Office } from "./offices.ts";

interface TitleMatch {
  readonly start: number;
  readonly end: number;
  readonly office: Office;
  readonly text: string;
}

interface NameMatch {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

interface Titled {
  readonly text: string;
  readonly rank: number;
}

// NOTE: no lookbehind for the word start (it doubles the scan time); `findTitles` checks it.
const OFFICE_SOURCE = `(?:${OFFICES.map((office) => `(${office.pattern})`).join("|")})(?![\\p{L}\\p{M}])`;
const OFFICE_AT = new RegExp(OFFICE_SOURCE, "yiu");
// NOTE: every office opens with a literal word ("Phó", "Chủ", "Ủy"): the full pattern is only
// tried where one of them starts (`OFFICE_AT`, sticky), which finds the same matches as a
// global search for the full pattern, faster.
const OFFICE_OPENINGS = [...new Set(OFFICES.map((office) => /^[\p{L}\p{M}]+(?= )/u.exec(office.pattern)?.[0] ?? ""))];
const OPENINGS_BY_FIRST = new Map<string, string[]>();
for (const opening of OFFICE_OPENINGS) {
  const first = opening.charAt(0).toLowerCase();
  OPENINGS_BY_FIRST.set(first, [...(OPENINGS_BY_FIRST.get(first) ?? []), opening.slice(1)]);
}
// NOTE: grouped by first letter ("t(?:ổng|hủ|…)"): the regex engine scans that faster than a flat list.
const OFFICE_OPENING = new RegExp(`(?:${[...OPENINGS_BY_FIRST].map(([first, rests]) => `${first}(?:${rests.join("|")})`).join("|")})`, "giu");
const LETTER = /[\p{L}\p{M}]/u;
// NOTE: a run of capitalized words ("Bí thư Tỉnh ủy Lạng Sơn Nguyễn Quốc Đoàn" has the run
// "Lạng Sơn Nguyễn Quốc Đoàn"); a name is the tail of a run.
const CAPITALIZED_RUN = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*)*(?![\p{L}\p{M}\p{N}])/gu;
const CAPITALIZED = /^(?:\p{Lu}[\p{L}\p{M}]*\.?|\d{1,3})$/u;
const LOWER = /^[\p{Ll}\p{M}]+$/u;
const HONORIFIC_BEFORE = /(?:đồng chí|Đồng chí|ĐỒNG CHÍ)\s+$/u;
// NOTE: a spoken title before a name: "Tỉnh ủy An Giang ông Lê Văn Phước".
const TRAILING_HONORIFIC = /\s+(?:ông|bà|đồng chí)\s*$/u;
// NOTE: a title after these words is who is addressed or obeyed ("báo cáo với Thủ tướng, Bộ
// trưởng Y tế X"), not a title of the name that follows; backward chains stop there.
const ADDRESSEE_BEFORE = /(?:^|\s)(?:với|gửi|tới|lên|trình|gặp|tiếp|thăm|chỉ đạo của|ủy quyền của)\s+$/iu;
// NOTE: one Vietnamese syllable (folded): onset, one to three vowels, coda. Words failing it
// are glued by the scraper ("Trọngmong") or foreign.
const SYLLABLE = /^(?:ngh|ng|gh|gi|kh|ph|qu|th|tr|ch|nh|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;
const APPOSITION = /^\s*(?:,|-|–|—|\()\s*/u;
const CHAIN_COMMA = /^\s*,\s*$/u;
// NOTE: a name has two to four syllables; a place or body written between title and name
// ("Lạng Sơn", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam") has at most ten words.
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
const MAX_COMPLEMENT_WORDS = 10;
// NOTE: names are only looked for where a person can be: up to this many characters after a
// title or "đồng chí", and right before an appositive title ("X, Bí thư Tỉnh ủy").
const NAME_WINDOW = 120;
const APPOSITIVE_NAME = /(\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*)*)\s*(?:,|-|–|—|\()\s*$/u;
const HONORIFIC = /(?<![\p{L}\p{M}])(?:đồng chí|Đồng chí|ĐỒNG CHÍ)\s+/gu;
const PLACE_AFTER_TITLE = /^ ((?:\p{Lu}[\p{Ll}\p{M}]*)(?: \p{Lu}[\p{Ll}\p{M}]*){0,3})(?![\p{L}\p{M}])/u;
const NEXT_COMMA = /^\s*,\s*/u;

const PLACES_BY_FIRST: ReadonlyMap<string, readonly string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const place of NAME_LIKE_PLACES) {
    const words = place.split(" ");
    const first = words[0] as string;
    map.set(first, [...(map.get(first) ?? []), words]);
  }
  return map;
})();

function isSyllable(word: string): boolean {
  return SYLLABLE.test(foldText(word).toLowerCase());
}

/** The personal name at the tail of a capitalized run, if any. */
function nameInRun(run: string, offset: number): NameMatch | null {
  const words = run.split(" ");
  const blocked = new Array<boolean>(words.length).fill(false);
  for (let i = 0; i < words.length; i++) {
    for (const place of PLACES_BY_FIRST.get(words[i] as string) ?? []) {
      if (place.every((word, k) => words[i + k] === word)) for (let k = 0; k < place.length; k++) blocked[i + k] = true;
    }
  }
  for (let size = Math.min(MAX_NAME_WORDS, words.length); size >= MIN_NAME_WORDS; size--) {
    const from = words.length - size;
    if (!FAMILY_NAMES.has(words[from] as string)) continue;
    if (!words.slice(from).every(isSyllable)) continue;
    if (blocked[from]) continue;
    const before = words.slice(0, from).join(" ");
    const start = offset + (before ? before.length + 1 : 0);
    return { start, end: offset + run.length, name: words.slice(from).join(" ") };
  }
  return null;
}

/** Whether words between a title and a name (or two titles) read as the title's complement. */
function isComplement(gap: string): boolean {
  const trimmed = gap.replace(TRAILING_HONORIFIC, "").trim();
  if (trimmed === "") return true;
  const words = trimmed.split(/\s+/);
  if (words.length > MAX_COMPLEMENT_WORDS) return false;
  let afterCapital = false;
  for (const word of words) {
    if (CAPITALIZED.test(word)) afterCapital = true;
    else if (afterCapital && LOWER.test(word) && !isStopword(word)) afterCapital = false;
    else return false;
  }
  return true;
}

function officeOf(match: RegExpMatchArray): Office {
  for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return OFFICES[i - 1] as Office;
  return OFFICES[0] as Office;
}

/** The matches of the office pattern, in order, as a global search for it finds them. */
function officeMatches(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  OFFICE_OPENING.lastIndex = 0;
  for (let opening = OFFICE_OPENING.exec(text); opening; opening = OFFICE_OPENING.exec(text)) {
    OFFICE_AT.lastIndex = opening.index;
    const match = OFFICE_AT.exec(text);
    if (match) matches.push(match);
    OFFICE_OPENING.lastIndex = match ? OFFICE_AT.lastIndex : opening.index + 1;
  }
  return matches;
}

function findTitles(text: string): TitleMatch[] {
  const titles: TitleMatch[] = [];
  for (const match of officeMatches(text)) {
    if (match.index > 0 && LETTER.test(text.charAt(match.index - 1))) continue;
    titles.push({ start: match.index, end: match.index + match[0].length, office: officeOf(match), text: match[0] });
  }
  return titles;
}

function namesAfter(text: string, from: number, found: Map<number, NameMatch>): void {
  CAPITALIZED_RUN.lastIndex = from;
  for (let run = CAPITALIZED_RUN.exec(text); run && run.index < from + NAME_WINDOW; run = CAPITALIZED_RUN.exec(text)) {
    const name = nameInRun(run[0], run.index);
    if (name) found.set(name.start, name);
  }
}

function findNames(text: string, titles: readonly TitleMatch[]): NameMatch[] {
  const found = new Map<number, NameMatch>();
  for (const title of titles) {
    namesAfter(text, title.end, found);
    const before = text.slice(Math.max(0, title.start - NAME_WINDOW / 2), title.start);
    const appositive = APPOSITIVE_NAME.exec(before);
    if (appositive) {
      const name = nameInRun(appositive[1] as string, title.start - before.length + appositive.index);
      if (name) found.set(name.start, name);
    }
  }
  for (const honorific of text.matchAll(HONORIFIC)) namesAfter(text, honorific.index + honorific[0].length, found);
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** The last title ending at or before `position` (titles are sorted and disjoint). */
function titleBefore(titles: readonly TitleMatch[], position: number): number {
  let low = 0;
  let high = titles.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((titles[mid] as TitleMatch).end <= position) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}

function hasNameWithin(names: readonly NameMatch[], from: number, to: number): boolean {
  return names.some((name) => name.start >= from && name.start < to);
}

function withComplement(title: TitleMatch, complement: string): Titled {
  const extra = complement.replace(TRAILING_HONORIFIC, "").trim().replace(/,$/u, "").trim();
  return { text: extra ? `${title.text} ${extra}` : title.text, rank: title.office.rank };
}

/** Follows a list of titles backwards over commas ("Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy X"). */
function chainBackward(text: string, titles: readonly TitleMatch[], names: readonly NameMatch[], from: number, out: Titled[]): void {
  for (let i = from; i > 0; i--) {
    const current = titles[i] as TitleMatch;
    const previous = titles[i - 1] as TitleMatch;
    const between = text.slice(previous.end, current.start);
    const comma = between.lastIndexOf(",");
    if (comma < 0 || !CHAIN_COMMA.test(between.slice(comma)) || !isComplement(between.slice(0, comma))) return;
    if (hasNameWithin(names, previous.end, current.start)) return;
    if (ADDRESSEE_BEFORE.test(text.slice(Math.max(0, previous.start - 16), previous.start))) return;
    out.push(withComplement(previous, between.slice(0, comma)));
  }
}

/** The place words right after a local title ("Bí thư Tỉnh ủy Quảng Ninh"), when not a name. */
function trailingPlace(text: string, title: TitleMatch, names: readonly NameMatch[]): string {
  if (!title.office.local) return "";
  const run = PLACE_AFTER_TITLE.exec(text.slice(title.end, title.end + 60));
  if (!run || hasNameWithin(names, title.end, title.end + run[0].length)) return "";
  return run[1] as string;
}

/** Follows appositive titles after a name ("X, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư"). */
function chainForward(
  text: string,
  titles: readonly TitleMatch[],
  byStart: ReadonlyMap<number, number>,
  owned: ReadonlySet<number>,
  names: readonly NameMatch[],
  name: NameMatch,
  out: Titled[],
): void {
  const apposition = APPOSITION.exec(text.slice(name.end, name.end + 8));
  if (!apposition) return;
  let index = byStart.get(name.end + apposition[0].length);
  while (index !== undefined && !owned.has(index)) {
    const title = titles[index] as TitleMatch;
    const place = trailingPlace(text, title, names);
    out.push(withComplement(title, place));
    const after = title.end + (place ? place.length + 1 : 0);
    const comma = NEXT_COMMA.exec(text.slice(after, after + 6));
    if (!comma) return;
    index = byStart.get(after + comma[0].length);
  }
}

function better(a: Titled | null, b: Titled): Titled {
  if (a === null || b.rank > a.rank || (b.rank === a.rank && b.text.length > a.text.length)) return b;
  return a;
}

/**
 * The people an article names with a title written beside them: before the name ("Bí thư
 * Tỉnh ủy, Chủ tịch HĐND tỉnh Nguyễn Xuân Ký") or after it ("đồng chí Trương Thị Mai, Ủy viên
 * Bộ Chính trị, …"); "đồng chí X" alone gives a person without a title. One entry per name,
 * in order of first mention.
 * NOTE: the title kept is the most senior in `OFFICES` ranks over every mention in the text
 * (an office beats a military rank, which beats a membership); on a tie, the longer (more
 * specific) wording, e.g. "Bí thư Tỉnh ủy Lạng Sơn" over "Bí thư Tỉnh ủy".
 */
export function extractPeople(input: string): Person[] {
  const text = canonicalText(input);
  const titles = findTitles(text);
  const names = findNames(text, titles);
  const byStart = new Map(titles.map((title, index) => [title.start, index]));
  const adjacent = names.map((name) => {
    const index = titleBefore(titles, name.start);
    if (index < 0) return -1;
    const gap = text.slice((titles[index] as TitleMatch).end, name.start);
    return isComplement(gap) && !gap.includes("\n") ? index : -1;
  });
  const owned = new Set(adjacent.filter((index) => index >= 0));
  const people = new Map<string, { name: string; title: Titled | null }>();
  names.forEach((name, n) => {
    const found: Titled[] = [];
    const index = adjacent[n] as number;
    if (index >= 0) {
      const title = titles[index] as TitleMatch;
      found.push(withComplement(title, text.slice(title.end, name.start)));
      chainBackward(text, titles, names, index, found);
    }
    chainForward(text, titles, byStart, owned, names, name, found);
    const honorific = HONORIFIC_BEFORE.test(text.slice(Math.max(0, name.start - 12), name.start));
    if (found.length === 0 && !honorific) return;
    const entry = people.get(name.name) ?? { name: name.name, title: null };
    for (const title of found) entry.title = better(entry.title, title);
    people.set(name.name, entry);
  });
  return [...people.values()].map(({ name, title }) => ({ name, title: title?.text ?? null }));
}
