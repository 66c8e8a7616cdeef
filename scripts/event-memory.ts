/**
 * Measures the memory the event grouping keeps at scale: the Dân trí articles repeated (each
 * copy with some syllables swapped and its dates moved by whole years, so copies share real
 * shapes but not their events) to N articles, fingerprinted into a cache as the live warm-up
 * does, grouped, then the heap retained after a forced GC (heapUsed + arrayBuffers) beside the
 * CPU time (user + system, steadier than wall time on a shared machine). Prints one JSON line; `groups` is a hash of the grouping (equal runs, equal groups).
 *
 * Usage: `node --expose-gc --import tsx scripts/event-memory.ts [--articles 30000]`
 */
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildArticles, readCorpusFiles } from "../src/corpus/index.ts";
import { createEventIndex, fingerprintOf, type EventFingerprint } from "../src/events/index.ts";
import type { Article } from "../src/model/article.ts";
import { syllables } from "../src/text/index.ts";
import { createSilentLogger } from "../src/util/logger.ts";
import { createRandom, type Random } from "../bench/prng.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "30000" }, swap: { type: "string", default: "0.1" } } });
const total = Number(values.articles);
const swapRate = Number(values.swap);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("event-memory: run with node --expose-gc");

const retainedMB = (): number => {
  for (let i = 0; i < 3; i++) gc();
  const usage = process.memoryUsage();
  return (usage.heapUsed + usage.arrayBuffers) / 1048576;
};

const logger = createSilentLogger();
const base = buildArticles(readCorpusFiles([resolve(import.meta.dirname, "../../shared/corpus/dantri-unc")], logger), logger);
const vocabulary = [...new Set(base.slice(0, 300).flatMap((article) => syllables(article.lead)))];

function vary(text: string, random: Random): string {
  return text.replace(/\p{L}+/gu, (word) => (random.next() < swapRate ? random.pick(vocabulary) : word));
}

function variant(article: Article, round: number, random: Random): Article {
  if (round === 0) return article;
  const date = article.date ? `${Number(article.date.slice(0, 4)) + round}${article.date.slice(4)}` : null;
  return {
    ...article,
    id: `${article.id}-${round}`,
    date,
    title: vary(article.title, random),
    lead: vary(article.lead, random),
    paragraphs: article.paragraphs.map((paragraph) => vary(paragraph, random)),
  };
}

const random = createRandom(12);
const articles = Array.from({ length: total }, (_, i) => variant(base[i % base.length] as Article, Math.floor(i / base.length), random));
const before = retainedMB();

const cpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

let started = cpuMs();
const cache = new WeakMap<Article, EventFingerprint>();
for (const article of articles) cache.set(article, fingerprintOf(article));
const fingerprintMs = cpuMs() - started;
const printed = retainedMB();
started = cpuMs();
const index = createEventIndex(articles, { cache });
const groupingMs = cpuMs() - started;
const after = retainedMB();
started = cpuMs();
createEventIndex(articles, { cache });
const regroupMs = cpuMs() - started;

const groups = createHash("sha256")
  .update(index.events.map((event) => event.articleIds.join(" ")).sort().join("\n"))
  .digest("hex")
  .slice(0, 12);
process.stdout.write(
  `${JSON.stringify({
    articles: total,
    articlesMB: Math.round(before),
    retainedMB: Math.round(after - before),
    fingerprintsMB: Math.round(printed - before),
    perArticleKB: Number((((after - before) * 1024) / total).toFixed(2)),
    fingerprintMs: Math.round(fingerprintMs),
    groupingMs: Math.round(groupingMs),
    regroupMs: Math.round(regroupMs),
    events: index.events.length,
    groups,
  })}\n`,
);
