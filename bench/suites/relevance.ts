import { join } from "node:path";
import { fileURLToPath } from "node:url";
import MiniSearch from "minisearch";
import { createSilentLogger, type Article } from "../../src/index.ts";
import { loadArticles } from "../../src/corpus/load-articles.ts";
import { createSearchIndex } from "../../src/search/index.ts";
import { foldText, normalizeText } from "../../src/text/index.ts";
import { createRandom } from "../prng.ts";
import { generateQueries, QUERY_KINDS, QUERY_STYLES, styled, type QueryKind, type QueryStyle, type RelevanceQuery } from "../relevance-queries.ts";
import type { BenchRow, BenchSuite, SuiteResult } from "../suite.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CORPUS = join(ROOT, "../shared/corpus/dantri-unc");
const SEED = 20261202;

/** A search system under test: the ids of its first 10 hits for a query. */
type System = (query: string) => readonly string[];

function miniSearchSystem(articles: readonly Article[], processTerm?: (term: string) => string): System {
  const mini = new MiniSearch({ fields: ["title", "lead", "body", "captions"], ...(processTerm ? { processTerm } : {}) });
  mini.addAll(
    articles.map((article) => ({
      id: article.id,
      title: article.title,
      lead: article.lead,
      body: article.paragraphs.join("\n"),
      captions: (article.captions ?? []).join("\n"),
    })),
  );
  return (query) => mini.search(query).slice(0, 10).map((result) => result.id as string);
}

interface Score {
  hits: number;
  reciprocal: number;
  count: number;
}

const empty = (): Score => ({ hits: 0, reciprocal: 0, count: 0 });
const round = (value: number): number => Number(value.toFixed(3));
const successAt5 = (score: Score): number | null => (score.count === 0 ? null : round(score.hits / score.count));
const mrrAt10 = (score: Score): number | null => (score.count === 0 ? null : round(score.reciprocal / score.count));

interface Scores {
  readonly overall: Score;
  readonly kinds: Map<QueryKind, Score>;
  readonly styles: Map<QueryStyle, Score>;
  readonly cells: Map<string, Score>;
}

function add(score: Score, rank: number): void {
  score.count++;
  if (rank >= 0 && rank < 5) score.hits++;
  if (rank >= 0 && rank < 10) score.reciprocal += 1 / (rank + 1);
}

function evaluate(system: System, queries: readonly RelevanceQuery[]): Scores {
  const scores: Scores = { overall: empty(), kinds: new Map(), styles: new Map(), cells: new Map() };
  for (const query of queries) {
    for (const style of QUERY_STYLES) {
      const ids = system(styled(query.text, style));
      const rank = ids.findIndex((id) => query.answers.has(id));
      add(scores.overall, rank);
      for (const [map, key] of [
        [scores.kinds, query.kind],
        [scores.styles, style],
        [scores.cells, `${query.kind}/${style}`],
      ] as const) {
        const score = (map as Map<string, Score>).get(key) ?? empty();
        add(score, rank);
        (map as Map<string, Score>).set(key, score);
      }
    }
  }
  return scores;
}

function rowsOf(label: string, scores: Scores, leftOut: Readonly<Record<QueryKind, number>>): BenchRow[] {
  const row = (name: string, score: Score, byStyle: (style: QueryStyle) => Score | undefined): BenchRow => ({
    label: `${label} ${name}`,
    figures: {
      queries: score.count / QUERY_STYLES.length,
      "left out": name === "all" ? Object.values(leftOut).reduce((a, b) => a + b, 0) : leftOut[name as QueryKind],
      "s@5": successAt5(score),
      "MRR@10": mrrAt10(score),
      ...Object.fromEntries(QUERY_STYLES.map((style) => [`s@5 ${style}`, successAt5(byStyle(style) ?? empty())])),
    },
  });
  return [
    row("all", scores.overall, (style) => scores.styles.get(style)),
    ...QUERY_KINDS.map((kind) => row(kind, scores.kinds.get(kind) ?? empty(), (style) => scores.cells.get(`${kind}/${style}`))),
  ];
}

/**
 * Relevance on the real Dân trí corpus: generated phrase and keyword queries, each typed four
 * ways, scored as success@5 and MRR@10 per kind and style, beside MiniSearch with default
 * options and MiniSearch with a fold-everything `processTerm`. "left out": generated queries
 * whose words more than 3 articles hold in that order (not scored).
 */
export const relevanceSuite: BenchSuite = {
  name: "relevance",
  description: "success@5 and MRR@10 of generated queries on the Dân trí corpus vs MiniSearch defaults and folded",
  async run({ quick, log }): Promise<SuiteResult> {
    const articles = loadArticles([CORPUS], createSilentLogger());
    const { queries, leftOut } = generateQueries(articles, quick ? 60 : 120, createRandom(SEED));
    log(`${articles.length} articles, ${queries.length} queries; left out as ambiguous: ${JSON.stringify(leftOut)}`);
    const ours = createSearchIndex(articles);
    const systems: [string, System][] = [
      ["diemtin", (query) => ours.search(query, { limit: 10, distinct: true }).map((hit) => hit.id)],
      ["MiniSearch default", miniSearchSystem(articles)],
      ["MiniSearch folded", miniSearchSystem(articles, (term) => foldText(normalizeText(term)))],
    ];
    const results = new Map<string, Scores>();
    const rows: BenchRow[] = [];
    for (const [label, system] of systems) {
      const started = performance.now();
      const scores = evaluate(system, queries);
      log(`${label}: s@5 ${successAt5(scores.overall)} in ${Math.round(performance.now() - started)} ms`);
      results.set(label, scores);
      rows.push(...rowsOf(label, scores, leftOut));
    }
    const ours_ = results.get("diemtin") as Scores;
    const baselines = [...results].filter(([label]) => label !== "diemtin").map(([, scores]) => scores);
    const overall = successAt5(ours_.overall) ?? 0;
    const bestBaseline = Math.max(...baselines.map((scores) => successAt5(scores.overall) ?? 0));
    const kindValues = QUERY_KINDS.map((kind) => successAt5(ours_.kinds.get(kind) ?? empty()) ?? 0);
    const worstKind = Math.min(...kindValues);
    const margins = QUERY_KINDS.map((kind, at) => (kindValues[at] as number) - Math.max(...baselines.map((scores) => successAt5(scores.kinds.get(kind) ?? empty()) ?? 0)));
    const styleValues = QUERY_STYLES.map((style) => successAt5(ours_.styles.get(style) ?? empty()) ?? 0);
    const spread = round(Math.max(...styleValues) - Math.min(...styleValues));
    return {
      rows,
      targets: [
        { name: "success@5 overall ≥ 0.95", met: overall >= 0.95, value: overall },
        { name: "success@5 of every kind ≥ 0.95", met: worstKind >= 0.95, value: worstKind },
        { name: "success@5 overall ≥ best baseline + 0.10", met: overall >= bestBaseline + 0.1, value: round(overall - bestBaseline) },
        { name: "no kind below a baseline (worst margin ≥ 0)", met: Math.min(...margins) >= 0, value: round(Math.min(...margins)) },
        { name: "spread of success@5 across styles ≤ 0.02", met: spread <= 0.02, value: spread },
      ],
    };
  },
};
