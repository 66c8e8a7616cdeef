import type { Figure } from "../model/article.ts";
import { SENTENCE_BREAK_BEFORE_CAPITAL } from "../text/index.ts";
import { canonicalText } from "./canonical-text.ts";
import { INDICATORS, UNITS, type Indicator, type Unit } from "./indicators.ts";
import { parseVietnameseNumber } from "./numbers.ts";
import { SubjectChain } from "./subject-chain.ts";

/** What figure extraction may know about the article. */
export interface FigureContext {
  /** The article's year, for "năm nay" ("this year"); unknown when absent. */
  readonly year?: number | null;
}

interface Span<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

interface NumberWithUnit {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  readonly unit: Unit;
  /** Followed by "/" (a rate per something). */
  readonly per: boolean;
}

const wordsPattern = (source: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${source})(?![\\p{L}\\p{M}\\p{N}])`, "giu");

const INDICATOR_RE = wordsPattern(INDICATORS.map((indicator) => `(${indicator.pattern})`).join("|"));
const UNIT_INDEX: ReadonlyMap<string, Unit> = new Map(UNITS.map((unit) => [unit.pattern, unit]));
// NOTE: "85.050", "1.234.567,5", "11,89", "802"; not part of a code, date or longer number.
const NUMBER_UNIT = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s?(?:${UNITS.map((unit) => `(${unit.pattern})`).join("|")})(?![\p{L}\p{M}\p{N}])(\s?\/)?`,
  "gu",
);
// NOTE: "7.222 người/km2" is a density, not a population; money per head ("59 triệu
// đồng/người/năm") is kept for per-head indicators.
const PER_UNIT_KINDS: ReadonlySet<string> = new Set(["people", "area", "visitors", "households", "percent"]);
const CHANGE = /(?<![\p{L}\p{M}])(?:tăng|giảm)(?![\p{L}\p{M}])/iu;
// NOTE: quick tests that let most paragraphs and sentences skip the full scan.
const HAS_NUMBER_UNIT = new RegExp(NUMBER_UNIT.source, "u");
const HAS_YEAR = /năm\s+(?:(?:19|20)\d{2}|nay)/iu;
// NOTE: a figure must follow its indicator within this many syllables, in the same clause.
const MAX_INDICATOR_DISTANCE = 8;
const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;
// NOTE: clause breaks: ; : and a comma not inside a number ("11,89").
const CLAUSE_BREAK = /[;:]|,(?!\d)|\s[-–—]\s/gu;
// NOTE: targets and forecasts are not results: "phấn đấu đạt trên 10%", "chỉ tiêu … đạt 10%".
const TARGET = /(?<![\p{L}\p{M}])(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự kiến|dự báo|kỳ vọng|đặt ra|đề ra|định hướng|tầm nhìn)(?![\p{L}\p{M}])/iu;
// NOTE: the period a figure is for: "năm 2025", "6 tháng đầu năm 2023", "năm nay"; not a
// baseline ("so với năm 2020") or a starting point ("từ năm 2016").
// A clause may also open with the bare year: "Riêng 2019, …", "Trong 2020, …".
const YEAR_PHRASE = /(?<![\p{L}\p{M}])(?:năm\s+((?:19|20)\d{2}|nay)|(?<=(?:^|[,;:]\s*)(?:riêng|trong)\s+)((?:19|20)\d{2})(?=\s*,))(?![\p{L}\p{M}\p{N}])/giu;
const NOT_PERIOD_BEFORE = /(?:so với|từ|kể từ|trước|sau|đến|tới|cùng kỳ)\s+(?:hết\s+)?$/iu;
const PERIOD_END_BEFORE = /(?:đến|tới)\s+hết\s+$/iu;
// NOTE: a clause opening with a period ("năm 2021 đạt gần 10.800 tỷ đồng") continues the
// previous figure's indicator, as in "Thu ngân sách năm 2020 đạt 7.100 tỷ đồng, năm 2021 …".
const PERIOD_OPENING = /^\s*(?:(?:trong|riêng|còn|và)\s+)?(?:(?:\d+|sáu|chín)\s+tháng(?:\s+đầu)?\s+năm|năm\s+(?:(?:19|20)\d{2}|nay|ngoái)|quý\s+[IV\d]+|cả\s+năm)/iu;
const WHOLE_YEAR = /cả\s+năm/iu;
// NOTE: units below a province and things inside one; "thành phố" is left out (Thành phố Hồ
// Chí Minh is a province).
const LOCAL_UNIT =
  /(?<![\p{L}\p{M}])(?:huyện|xã|phường|thị trấn|thị xã|quận|thôn|bản|ấp|dự án|công trình|khu công nghiệp|khu kinh tế|khu đô thị|doanh nghiệp|công ty|tập đoàn|nhà máy|trường|bệnh viện)(?![\p{L}\p{M}])/iu;

function indicatorOf(match: RegExpMatchArray): Indicator {
  for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return INDICATORS[i - 1] as Indicator;
  return INDICATORS[0] as Indicator;
}

function unitOf(match: RegExpMatchArray): Unit {
  for (let i = 2; i < match.length - 1; i++) if (match[i] !== undefined) return UNITS[i - 2] as Unit;
  return UNIT_INDEX.get("%") as Unit;
}

function syllablesBetween(text: string, from: number, to: number): number {
  return text.slice(from, to).match(SYLLABLE)?.length ?? 0;
}

// NOTE: a year phrase for "năm nay" without a known article year has value NaN: it still
// marks the figure's period (so no other year is borrowed), but the year stays unknown.
function yearPhrases(sentence: string, context: FigureContext): Span<number>[] {
  const out: Span<number>[] = [];
  for (const match of sentence.matchAll(YEAR_PHRASE)) {
    const before = sentence.slice(Math.max(0, match.index - 16), match.index);
    if (NOT_PERIOD_BEFORE.test(before) && !PERIOD_END_BEFORE.test(before)) continue;
    const written = (match[1] ?? match[2]) as string;
    const value = /^nay$/iu.test(written) ? (context.year ?? Number.NaN) : Number(written);
    out.push({ start: match.index, end: match.index + match[0].length, value });
  }
  return out;
}

function clauseStart(breaks: readonly number[], position: number): number {
  let start = 0;
  for (const at of breaks) {
    if (at >= position) break;
    start = at + 1;
  }
  return start;
}

function clauseEnd(breaks: readonly number[], position: number, length: number): number {
  for (const at of breaks) if (at >= position) return at;
  return length;
}

/** The year a figure is for: the nearest period phrase before it in the sentence, else one after it in its clause. */
function figureYear(years: readonly Span<number>[], start: number, clauseStop: number): number | null | undefined {
  let found: Span<number> | undefined;
  for (const year of years) if (year.end <= start) found = year;
  found ??= years.find((year) => year.start >= start && year.start < clauseStop);
  if (!found) return undefined;
  return Number.isNaN(found.value) ? null : found.value;
}

interface SentenceState {
  /** The previous sentence of the paragraph, and whether it gave figures. */
  previous: string | null;
  /** The indicators of the previous sentence, when already found. */
  previousIndicators: Span<Indicator>[] | null;
  previousGaveFigures: boolean;
  /** The year of the previous sentence's figures. */
  lastYear: number | null;
}

function findIndicators(sentence: string): Span<Indicator>[] {
  return [...sentence.matchAll(INDICATOR_RE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    value: indicatorOf(match),
  }));
}

/** An indicator the previous sentence named without giving its figure. */
function pendingIndicator(state: SentenceState): Indicator | null {
  if (state.previous === null || state.previousGaveFigures) return null;
  return (state.previousIndicators ?? findIndicators(state.previous)).at(-1)?.value ?? null;
}

// NOTE: `isLocalBefore` tells whether the paragraph's subject before a position of the sentence is a part of a province.
function sentenceFigures(sentence: string, context: FigureContext, state: SentenceState, out: Figure[], isLocalBefore: (position: number) => boolean): void {
  const numbers: NumberWithUnit[] = HAS_NUMBER_UNIT.test(sentence)
    ? [...sentence.matchAll(NUMBER_UNIT)].map((match) => ({
        start: match.index,
        end: match.index + match[0].length,
        raw: match[1] as string,
        unit: unitOf(match),
        per: match[match.length - 1] !== undefined,
      }))
    : [];
  if (numbers.length === 0) {
    if (HAS_YEAR.test(sentence)) state.lastYear = null;
    state.previous = sentence;
    state.previousIndicators = null;
    state.previousGaveFigures = false;
    return;
  }
  const indicators = findIndicators(sentence);
  const years = yearPhrases(sentence, context);
  const hasOwnYear = years.length > 0;
  let current: Indicator | null = pendingIndicator(state);
  state.previous = sentence;
  state.previousIndicators = indicators;
  // NOTE: without an indicator of its own or one pending, a sentence gives no figure.
  if (indicators.length === 0 && current === null) {
    state.previousGaveFigures = false;
    state.lastYear = hasOwnYear ? null : state.lastYear;
    return;
  }
  const breaks = [...sentence.matchAll(CLAUSE_BREAK)].map((match) => match.index);
  const target = TARGET.exec(sentence)?.index ?? Number.POSITIVE_INFINITY;
  let usedFrom = 0;
  let emittedYear: number | null = null;
  let emitted = false;
  for (const number of numbers) {
    const from = clauseStart(breaks, number.start);
    const own = indicators.filter((span) => span.start >= Math.max(from, usedFrom) && span.end <= number.start).pop();
    let indicator: Indicator | null = null;
    if (own && syllablesBetween(sentence, own.end, number.start) <= MAX_INDICATOR_DISTANCE) indicator = own.value;
    else if (!own && current && PERIOD_OPENING.test(sentence.slice(from, number.start))) indicator = current;
    if (own) current = own.value;
    if (!indicator || number.start > target || !indicator.kinds.includes(number.unit.kind)) continue;
    if (number.per && PER_UNIT_KINDS.has(number.unit.kind)) continue;
    if (own && number.unit.kind === "percent" && !indicator.change && CHANGE.test(sentence.slice(own.end, number.start))) continue;
    const value = parseVietnameseNumber(number.raw);
    if (!Number.isFinite(value)) continue;
    const stated = figureYear(years, number.start, clauseEnd(breaks, number.start, sentence.length));
    const carried = !hasOwnYear || WHOLE_YEAR.test(sentence) ? state.lastYear : null;
    const year = stated === undefined ? carried : stated;
    const local = LOCAL_UNIT.test(sentence.slice(0, number.start)) || isLocalBefore(number.start);
    out.push({ indicator: indicator.label, value, raw: number.raw, unit: number.unit.label, year, local });
    current = indicator;
    usedFrom = number.end;
    emitted = true;
    emittedYear = year;
  }
  state.previousGaveFigures = emitted;
  state.lastYear = emitted ? emittedYear : hasOwnYear ? null : state.lastYear;
}

/**
 * The figures a text reports: an indicator from `INDICATORS` named in the same clause shortly
 * before a number carrying a unit the indicator takes ("Thu ngân sách đạt … 85.050 tỷ đồng").
 * Targets ("phấn đấu", "chỉ tiêu") are skipped. A clause opening with a period ("năm 2021 đạt
 * gần 10.800 tỷ đồng") continues the previous indicator, within a sentence or from the
 * sentence before when that one named an indicator without a figure.
 * A figure is `local` when its sentence names a unit below the province before it, or when
 * the place its paragraph last named before it (or, when the paragraph names none before it,
 * the last place of the paragraphs before) is a part of a province (`paragraphSubjects`).
 * NOTE: the year is the nearest "năm YYYY" (or "năm nay" with `context.year`) before the
 * figure in its sentence, else one after it in its clause; a sentence with no year of its own
 * (or saying "cả năm") takes the year of the previous sentence's figures in the paragraph.
 */
export function extractFigures(text: string, context: FigureContext = {}): Figure[] {
  const out: Figure[] = [];
  // NOTE: a paragraph naming no place goes on about the place the one before it ended on
  // ("Đến nay, huyện Cần Giờ …" then "Thu nhập bình quân năm 2020 đạt 59 triệu đồng").
  const places = new SubjectChain();
  let skipped: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    if (!HAS_NUMBER_UNIT.test(paragraph)) {
      skipped.push(paragraph);
      continue;
    }
    const state: SentenceState = { previous: null, previousIndicators: null, previousGaveFigures: false, lastYear: null };
    const canonical = canonicalText(paragraph);
    const sentences = canonical.split(SENTENCE_BREAK_BEFORE_CAPITAL);
    const starts: number[] = [];
    let end = 0;
    for (const sentence of sentences) {
      const start = canonical.indexOf(sentence, end);
      starts.push(start);
      end = start + sentence.length;
    }
    const index = places.add(skipped, canonical, starts.map((start, i) => start + (sentences[i] as string).length));
    skipped = [];
    sentences.forEach((sentence, i) => {
      const at = starts[i] as number;
      sentenceFigures(sentence, context, state, out, (position) => places.isLocalBefore(index, at + position));
    });
  }
  const seen = new Set<string>();
  return out.filter((figure) => {
    const key = `${figure.indicator}|${figure.value}|${figure.unit}|${figure.year}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
