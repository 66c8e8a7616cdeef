import { parseArgs } from "node:util";
import { loadCore, withRouter } from "../src/app/index.ts";
import { loadCorpus } from "../src/corpus/index.ts";
import { createEventIndex, type EventIndex } from "../src/events/index.ts";
import { createLiveCorpus } from "../src/live/index.ts";
import { createFeedStore, openDatabase } from "../src/store/index.ts";
import { createFixedClock } from "../src/util/clock.ts";
import { createSilentLogger } from "../src/util/logger.ts";
import { runCommand } from "../adapters/process/run-command.ts";
import { createUnboundedEventIndex } from "./baselines/unbounded-event-index.ts";

const QUERY = "/tim Quảng Ninh họp bàn";
const clock = createFixedClock("2026-01-28T00:00:00Z");
const logger = createSilentLogger();
const peakOf = (): number => process.resourceUsage().maxRSS / 1024;

/** What one probe run measured (milliseconds, megabytes). */
export interface ProbeResult {
  readonly articles: number;
  readonly startMs: number;
  /** The first /tim, sent as soon as the folder is loaded. */
  readonly firstQueryMs: number;
  /** Fingerprints and grouping of the whole folder in one go. */
  readonly groupingMs: number;
  /** Bounded: from start until the background warm-up has built the grouping (the first answer ran meanwhile). */
  readonly readyMs: number;
  /** A /tim once the grouping is built: what search and rendering cost alone. */
  readonly laterQueryMs: number;
  readonly events: number;
  readonly peakMB: number;
}

/** The live corpus's path: grouping warmed in the background, answers never wait for it. */
async function bounded(dir: string): Promise<Omit<ProbeResult, "startMs"> & { loadedMs: number }> {
  const db = openDatabase(":memory:", logger);
  const started = performance.now();
  const corpus = loadCorpus({ corpusDirs: [dir], snapshotDir: null, logger, clock });
  const live = createLiveCorpus({ corpus, store: createFeedStore(db, clock), config: { corpusDirs: [], live: { watch: false, feeds: [], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: false }, adminIds: [] }, logger, clock });
  const core = withRouter(corpus, { feeds: live.feeds, events: live });
  const loadedMs = performance.now() - started;
  const begun = performance.now();
  await live.start();
  const first = await core.ask(QUERY);
  const firstQueryMs = performance.now() - begun;
  await live.eventsReady();
  const readyMs = performance.now() - begun;
  const later = performance.now();
  await core.ask(QUERY);
  const laterQueryMs = performance.now() - later;
  if (first.results.length === 0) throw new Error("the probe query found nothing");
  const events = live.events.events.length;
  await live.stop();
  db.close();
  // NOTE: the peak is taken before the grouping is built a second time, in one go, to time it.
  const peakMB = peakOf();
  const grouped = performance.now();
  createEventIndex(core.articles, { cache: new WeakMap() });
  return { articles: core.articles.length, loadedMs, firstQueryMs, groupingMs: performance.now() - grouped, readyMs, laterQueryMs, events, peakMB };
}

/** The baseline: unbounded grouping built by the first query that needs it (fingerprints included). */
async function unbounded(dir: string): Promise<Omit<ProbeResult, "startMs"> & { loadedMs: number }> {
  let index: EventIndex | null = null;
  let groupingMs = 0;
  const events = {
    eventOf: (id: string) => {
      if (!index) {
        const begun = performance.now();
        index = createUnboundedEventIndex(core.articles, { cache: new WeakMap(), decisions: new WeakMap() });
        groupingMs = performance.now() - begun;
      }
      return index.eventOf(id);
    },
  };
  const started = performance.now();
  const core = loadCore({ corpusDirs: [dir], snapshotDir: null, services: { events }, logger, clock });
  const loadedMs = performance.now() - started;
  const begun = performance.now();
  const first = await core.ask(QUERY);
  const firstQueryMs = performance.now() - begun;
  if (first.results.length === 0) throw new Error("the probe query found nothing");
  const later = performance.now();
  await core.ask(QUERY);
  const laterQueryMs = performance.now() - later;
  return { articles: core.articles.length, loadedMs, firstQueryMs, groupingMs, readyMs: groupingMs, laterQueryMs, events: (index as EventIndex | null)?.events.length ?? 0, peakMB: peakOf() };
}

/**
 * `node --import tsx bench/event-probe.ts --dir <folder> --grouping bounded|unbounded`: loads
 * the folder into a core whose /tim folds events, sends one /tim at once, and prints one JSON
 * line (`ProbeResult`). Run in a child process so the peak memory is this run's alone.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: "string" }, grouping: { type: "string", default: "bounded" } } });
  if (!values.dir) throw new Error("--dir is required");
  const run = values.grouping === "unbounded" ? await unbounded(values.dir) : await bounded(values.dir);
  const { loadedMs, ...rest } = run;
  const result: ProbeResult = { ...rest, startMs: loadedMs };
  const rounded = Object.fromEntries(Object.entries(result).map(([key, value]) => [key, Math.round(value)]));
  process.stdout.write(`${JSON.stringify(rounded)}\n`);
}

runCommand("event-probe", main);
