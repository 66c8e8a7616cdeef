import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArticle } from "../../src/articles/index.ts";
import { extractEntities, isKeyFigure } from "../../src/extract/index.ts";
import type { ParsedArticle } from "../../src/model/article.ts";
import { extractProvinces, findProvinceMentions, listProvinces } from "../../src/places/index.ts";
import { isHeldOut, readFigureGold, readPrimaryGold, type GoldArticle } from "../../tests/fixtures/facts/gold.ts";
import type { BenchRow, BenchSuite, SuiteResult } from "../suite.ts";

const DANTRI_DIR = "/work/shared/corpus/dantri-unc";
const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));

interface Score {
  tp: number;
  fp: number;
  fn: number;
  trapHits: number;
  traps: number;
}

function mentionedIn(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const province of listProvinces()) if (texts.some((text) => findProvinceMentions(text, province.id).length > 0)) found.add(province.id);
  return found;
}

/** Whether any place is found inside one of the phrase's occurrences. */
function phraseHit(texts: readonly string[], phrase: string): boolean | null {
  let seen = false;
  for (const text of texts) {
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      seen = true;
      const end = at + phrase.length;
      for (const province of listProvinces()) {
        if (findProvinceMentions(text, province.id).some(([start, stop]) => start < end && stop > at)) return true;
      }
    }
  }
  return seen ? false : null;
}

function score(gold: readonly GoldArticle[], parsed: ReadonlyMap<string, ParsedArticle>, primaryOf: (article: ParsedArticle) => readonly string[]): Score {
  const total: Score = { tp: 0, fp: 0, fn: 0, trapHits: 0, traps: 0 };
  for (const labelled of gold) {
    const article = parsed.get(labelled.file) as ParsedArticle;
    const predicted = new Set(primaryOf(article));
    const expected = new Set(labelled.primary);
    for (const id of predicted) if (expected.has(id)) total.tp++;
    else total.fp++;
    for (const id of expected) if (!predicted.has(id)) total.fn++;
    const texts = [article.title, article.lead, ...article.paragraphs];
    for (const trap of labelled.traps) {
      total.traps++;
      if (trap.kind === "not-primary" ? predicted.has(trap.province) : phraseHit(texts, trap.phrase) === true) total.trapHits++;
    }
  }
  return total;
}

function figures(result: Score): Record<string, number> {
  const precision = result.tp / Math.max(1, result.tp + result.fp);
  const recall = result.tp / Math.max(1, result.tp + result.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision: Number(precision.toFixed(3)),
    recall: Number(recall.toFixed(3)),
    F1: Number(f1.toFixed(3)),
    "trap hits": result.trapHits,
    traps: result.traps,
  };
}

/**
 * Precision of the key figures /tinh would show (`isKeyFigure`) on the labelled figures,
 * beside the baseline of showing every figure of an article with a primary province.
 */
function figureRows(): { rows: BenchRow[]; precision: number } {
  const gold = readFigureGold();
  const byFile = new Map<string, ReturnType<typeof extractEntities>["figures"]>();
  let accepted = 0;
  let right = 0;
  let missed = 0;
  for (const labelled of gold) {
    let figures = byFile.get(labelled.file);
    if (!figures) {
      const dir = existsSync(join(SEEDS_DIR, labelled.file)) ? SEEDS_DIR : DANTRI_DIR;
      figures = extractEntities(parseArticle(readFileSync(join(dir, labelled.file), "utf8"))).figures;
      byFile.set(labelled.file, figures);
    }
    const figure = figures.find((found) => found.indicator === labelled.indicator && found.raw === labelled.raw && found.unit === labelled.unit);
    const shown = figure !== undefined && isKeyFigure(figure);
    if (shown) accepted++;
    if (shown && labelled.key) right++;
    if (!shown && labelled.key) missed++;
  }
  const keys = gold.filter((labelled) => labelled.key).length;
  const precision = right / Math.max(1, accepted);
  return {
    precision,
    rows: [
      { label: `key figures (isKeyFigure), ${gold.length} labelled figures`, figures: { precision: Number(precision.toFixed(3)), shown: accepted, "right": right, "keys missed": missed } },
      { label: `every figure of a primary article, ${gold.length}`, figures: { precision: Number((keys / gold.length).toFixed(3)), shown: gold.length, "right": keys, "keys missed": 0 } },
    ],
  };
}

/** The naive baseline: a province is primary iff the title or the lead names it. */
function naivePrimary(article: ParsedArticle): string[] {
  return [...mentionedIn([article.title, article.lead])];
}

/**
 * `facts`: primary-province precision, recall and F1 and trap hits on the hand-labelled Dân trí
 * articles (tests/fixtures/facts/), beside the naive baseline, on all of them and on the
 * held-out quarter apart.
 */
export const factsSuite: BenchSuite = {
  name: "facts",
  description: "primary provinces on hand-labelled Dân trí articles (precision / recall / F1, trap hits) vs the naive title-or-lead baseline; key-figure precision on hand-labelled figures",
  async run({ log }): Promise<SuiteResult> {
    if (!existsSync(DANTRI_DIR)) {
      log(`skipped: ${DANTRI_DIR} not found`);
      return { rows: [], targets: [] };
    }
    const gold = readPrimaryGold();
    const parsed = new Map(gold.map((labelled) => [labelled.file, parseArticle(readFileSync(join(DANTRI_DIR, labelled.file), "utf8"))] as const));
    const ours = (article: ParsedArticle) => extractProvinces(article).primary;
    const heldOut = gold.filter((_, index) => isHeldOut(index));
    const all = figures(score(gold, parsed, ours));
    const rows: BenchRow[] = [
      { label: `extractProvinces, all ${gold.length} articles`, figures: all },
      { label: `naive baseline, all ${gold.length} articles`, figures: figures(score(gold, parsed, naivePrimary)) },
      { label: `extractProvinces, held-out ${heldOut.length}`, figures: figures(score(heldOut, parsed, ours)) },
      { label: `naive baseline, held-out ${heldOut.length}`, figures: figures(score(heldOut, parsed, naivePrimary)) },
    ];
    const figured = figureRows();
    rows.push(...figured.rows);
    return {
      rows,
      targets: [
        { name: "primary F1 ≥ 0.95 on the labelled articles", met: (all.F1 ?? 0) >= 0.95, value: all.F1 ?? null },
        { name: "zero trap hits", met: all["trap hits"] === 0, value: all["trap hits"] ?? null },
        { name: "key-figure precision ≥ 0.9 on the labelled figures", met: figured.precision >= 0.9, value: Number(figured.precision.toFixed(3)) },
      ],
    };
  },
};
