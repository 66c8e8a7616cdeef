/**
 * Prints the event groups the grouping rules make on a corpus folder, with each member's
 * title, event day and scores against the group's leader, for judging precision by hand;
 * also the time spent fingerprinting and grouping.
 *
 * Usage: `npx tsx scripts/inspect-events.ts [<folder>…] [--near]`
 * (default: ../shared/corpus/dantri-unc). `--near` also lists same-day pairs just under the
 * thresholds (recall checks).
 */
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { EXIT_USAGE } from "../adapters/process/run-command.ts";
import { createEventIndex, fingerprintOf, jaccard, BODY_THRESHOLD, HEAD_THRESHOLD, type EventFingerprint } from "../src/events/index.ts";
import type { Article } from "../src/model/article.ts";
import { createSilentLogger } from "../src/util/logger.ts";
import { loadArticles } from "../src/corpus/index.ts";

const USAGE = "usage: npx tsx scripts/inspect-events.ts [<folder>…] [--near]";
const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { near: { type: "boolean", default: false } } });
  } catch (error) {
    process.stderr.write(`inspect-events: ${(error as Error).message}\n${USAGE}\n`);
    process.exit(EXIT_USAGE);
  }
})();
const dirs = positionals.length > 0 ? positionals : [resolve(import.meta.dirname, "../../shared/corpus/dantri-unc")];
const articles = loadArticles(dirs, createSilentLogger());
const started = performance.now();
const prints = new Map<Article, EventFingerprint>();
for (const article of articles) prints.set(article, fingerprintOf(article));
const printed = performance.now();
const index = createEventIndex(articles, { cache: new WeakMap(prints) });
const grouped = performance.now();
const byId = new Map(articles.map((article) => [article.id, article]));

const scores = (a: Article, b: Article): string => {
  const pa = prints.get(a) as EventFingerprint;
  const pb = prints.get(b) as EventFingerprint;
  return `head ${jaccard(pa.head, pb.head).toFixed(2)} body ${jaccard(pa.body, pb.body).toFixed(2)} copy ${jaccard(pa.copy, pb.copy).toFixed(2)}`;
};
const day = (article: Article): string => {
  const when = (prints.get(article) as EventFingerprint).when;
  return when.day === null ? "no day" : `${new Date(when.day * 86_400_000).toISOString().slice(0, 10)}${when.fromDateline ? " (dateline)" : ""}`;
};

process.stdout.write(`${articles.length} articles, ${index.events.length} events of ${index.events.reduce((sum, event) => sum + event.articleIds.length, 0)} articles\n`);
process.stdout.write(`fingerprints ${Math.round(printed - started)} ms, grouping ${Math.round(grouped - printed)} ms\n\n`);
index.events.forEach((event, n) => {
  const leader = byId.get(event.articleIds[0] as string) as Article;
  process.stdout.write(`#${n + 1}\n`);
  for (const id of event.articleIds) {
    const article = byId.get(id) as Article;
    process.stdout.write(`  ${id} [${day(article)}] ${article.title}\n`);
    if (article !== leader) process.stdout.write(`      ${scores(leader, article)}\n`);
  }
});

if (values.near) {
  process.stdout.write(`\nsame-day pairs near the thresholds, not grouped:\n`);
  const byDay = new Map<number, Article[]>();
  for (const article of articles) {
    const when = (prints.get(article) as EventFingerprint).when.day;
    if (when !== null) byDay.set(when, [...(byDay.get(when) ?? []), article]);
  }
  for (const group of byDay.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as Article;
        const b = group[j] as Article;
        if (index.eventOf(a.id) && index.eventOf(a.id) === index.eventOf(b.id)) continue;
        const pa = prints.get(a) as EventFingerprint;
        const pb = prints.get(b) as EventFingerprint;
        const head = jaccard(pa.head, pb.head);
        const body = jaccard(pa.body, pb.body);
        if (head >= HEAD_THRESHOLD * 0.6 && body >= BODY_THRESHOLD * 0.6) {
          process.stdout.write(`  ${a.id} / ${b.id} [${day(a)}] ${scores(a, b)}\n    ${a.title}\n    ${b.title}\n`);
        }
      }
    }
  }
}
