import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildArticles, loadArticles, readCorpusFiles } from "../../src/corpus/index.ts";
import { createEventIndex, fingerprintOf } from "../../src/events/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { createUnboundedEventIndex } from "../baselines/unbounded-event-index.ts";
import type { ProbeResult } from "../event-probe.ts";
import { writeNearDuplicateFiles, type NearDuplicateShape } from "../near-duplicate-files.ts";
import { createRandom } from "../prng.ts";
import { upperLimitTarget, type BenchRow, type BenchSuite, type SuiteResult } from "../suite.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const DANTRI_DIR = join(ROOT, "../shared/corpus/dantri-unc");
// NOTE: a probe still running then is reported as not finished, not waited on forever.
const PROBE_DEADLINE_MS = 10 * 60_000;

function probe(dir: string, grouping: "bounded" | "unbounded"): Promise<ProbeResult | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "bench/event-probe.ts"), "--dir", dir, "--grouping", grouping], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const deadline = setTimeout(() => child.kill("SIGKILL"), PROBE_DEADLINE_MS);
    child.on("exit", (code) => {
      clearTimeout(deadline);
      resolve(code === 0 ? (JSON.parse(out.trim()) as ProbeResult) : null);
    });
  });
}

function row(label: string, result: ProbeResult | null): BenchRow {
  if (!result) return { label, figures: { "start ms": null, "first answer ms": `not done in ${PROBE_DEADLINE_MS / 60_000} min` } };
  return {
    label,
    figures: {
      "start ms": result.startMs,
      "first answer ms": result.firstQueryMs,
      "grouping ms": result.groupingMs,
      "ready ms": result.readyMs,
      "later answer ms": result.laterQueryMs,
      events: result.events,
      "peak MB": result.peakMB,
    },
  };
}

/** Seeds and dantri grouped both ways: the bounds must not change a real grouping. */
function realCorpus(): BenchRow {
  const logger = createSilentLogger();
  const articles = [...loadArticles([join(ROOT, "seeds")], logger), ...buildArticles(readCorpusFiles([DANTRI_DIR], logger), logger)];
  const cache = new WeakMap();
  for (const article of articles) cache.set(article, fingerprintOf(article));
  const groups = (events: readonly { articleIds: readonly string[] }[]) => events.map((event) => event.articleIds.join(" ")).sort().join("\n");
  let started = performance.now();
  const bounded = createEventIndex(articles, { cache });
  const boundedMs = performance.now() - started;
  started = performance.now();
  const unbounded = createUnboundedEventIndex(articles, { cache, decisions: new WeakMap() });
  const unboundedMs = performance.now() - started;
  return {
    label: `seeds + dantri (${articles.length}): bounded vs unbounded grouping`,
    figures: { "grouping ms": Math.round(boundedMs), "baseline grouping ms": Math.round(unboundedMs), events: bounded.events.length, "same events": groups(bounded.events) === groups(unbounded.events) ? "yes" : "NO" },
  };
}

/**
 * Event grouping over floods of small near-duplicate files, each run in a child process: the
 * bounded grouping (the live corpus's path) beside the unbounded baseline in the same run.
 */
export const eventsSuite: BenchSuite = {
  name: "events",
  description: "event grouping over floods of near-duplicate files: start, first /tim answer, grouping in one go, grouping ready in the background, peak memory; bounded vs unbounded baseline",
  async run({ quick, log }): Promise<SuiteResult> {
    const large = quick ? 5_000 : 50_000;
    const small = quick ? 2_000 : 20_000;
    const rows: BenchRow[] = [];
    const figures: Record<string, number | null> = {};
    for (const shape of ["copies", "look-alikes"] as const satisfies readonly NearDuplicateShape[]) {
      const dir = mkdtempSync(join(tmpdir(), `diemtin-bench-events-${shape}-`));
      try {
        log(`writing ${large} ${shape}…`);
        writeNearDuplicateFiles(join(dir, "large"), large, shape, createRandom(7));
        writeNearDuplicateFiles(join(dir, "small"), small, shape, createRandom(7));
        for (const [size, folder, grouping] of [[small, "small", "unbounded"], [small, "small", "bounded"], [large, "large", "bounded"]] as const) {
          log(`${grouping} grouping over ${size} ${shape}…`);
          const result = await probe(join(dir, folder), grouping);
          rows.push(row(`${size} ${shape}, ${grouping === "bounded" ? "bounded" : "unbounded (baseline)"}`, result));
          if (size === large) {
            figures[`${shape} first`] = result?.firstQueryMs ?? null;
            figures[`${shape} grouping`] = result?.groupingMs ?? null;
            figures[`${shape} peak`] = result?.peakMB ?? null;
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    log("seeds + dantri both ways…");
    const real = realCorpus();
    rows.push(real);
    const target = upperLimitTarget(figures, `${large} near-duplicates`);
    return {
      rows,
      targets: [
        target("grouping of copies (ms)", "copies grouping", 15_000),
        target("grouping of look-alikes (ms)", "look-alikes grouping", 15_000),
        target("peak memory, look-alikes (MB)", "look-alikes peak", 1_500),
        { name: "bounds leave the seeds + dantri grouping unchanged", met: real.figures["same events"] === "yes", value: null },
      ],
    };
  },
};
