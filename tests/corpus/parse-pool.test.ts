import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseCorpusFile, type ParseJob, type ParseOutcome } from "../../src/corpus/parse-corpus-file.ts";
import { parseInWorkers, prestartParseWorkers, stopPrestarted } from "../../src/corpus/parse-pool.ts";
import { syncArticleFiles } from "../../src/corpus/sync-article-files.ts";
import { createArticleFileStore, openStore } from "../../src/store/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { createCorpusFolders } from "../fixtures/corpus-folder.ts";
import { createRecordingLogger } from "../fixtures/seeds.ts";

const SILENT_WORKER = new URL("../fixtures/silent-worker.ts", import.meta.url);

const folders = createCorpusFolders("diemtin-pool-");
afterEach(() => {
  stopPrestarted();
  folders.removeAll();
});

/** A corpus folder with the seeds, the hand-written articles, a binary file and a damaged one. */
function corpusFolder(): { root: string; corpus: string; jobs: ParseJob[] } {
  const { root, corpus } = folders.make();
  writeFileSync(join(corpus, "zz-binary.txt"), Buffer.from([0, 1, 2, 0, 255, 0, 3]));
  writeFileSync(join(corpus, "zz-empty.txt"), "");
  const names = readdirSync(corpus).sort();
  return { root, corpus, jobs: names.map((name) => ({ path: join(corpus, name), id: name.replace(/\.txt$/, ""), file: `corpus/${name}`, storedHash: null })) };
}

function inWorkers(jobs: readonly ParseJob[], options: { workers: number; deadlineMs?: number; workerUrl?: URL }) {
  const logger = createRecordingLogger();
  const outcomes: ParseOutcome[] = [];
  const report = parseInWorkers(jobs, { ...options, logger }, (at, outcome) => {
    outcomes[at] = outcome;
  });
  return { report, outcomes, logger };
}

describe("parseInWorkers", () => {
  it("returns the outcomes parsing in this thread gives, and replays the workers' warnings here", () => {
    const { jobs } = corpusFolder();
    const here = createRecordingLogger();
    const expected = jobs.map((job) => parseCorpusFile(job, here));
    const { report, outcomes, logger } = inWorkers(jobs, { workers: 2 });
    expect(report).toEqual({ inWorkers: jobs.length, failed: 0 });
    expect(outcomes).toEqual(expected);
    expect(outcomes.filter((outcome) => outcome.kind === "skipped")).toHaveLength(2);
    expect(logger.entries.map((entry) => [entry.level, entry.msg, entry.obj.file])).toEqual(here.entries.map((entry) => [entry.level, entry.msg, entry.obj.file]));
  });

  it("returns 'same' without parsing when a file's bytes hash as stored", () => {
    const { jobs } = corpusFolder();
    const first = jobs.map((job) => parseCorpusFile(job, createSilentLogger()));
    const again = jobs.map((job, at) => ({ ...job, storedHash: (first[at] as ParseOutcome).kind === "parsed" ? (first[at] as { contentHash: string }).contentHash : null }));
    const { outcomes } = inWorkers(again, { workers: 1 });
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(first.map((outcome) => (outcome.kind === "parsed" ? "same" : outcome.kind)));
  });

  it("gives up a worker that does not answer by the deadline and parses its files in this thread, with a warning", () => {
    // NOTE: enough jobs for both workers' first chunks (two of 32 jobs each).
    const one = corpusFolder().jobs;
    const jobs = Array.from({ length: Math.ceil(130 / one.length) }, () => one).flat();
    const expected = jobs.map((job) => parseCorpusFile(job, createSilentLogger()));
    const { report, outcomes, logger } = inWorkers(jobs, { workers: 2, deadlineMs: 300, workerUrl: SILENT_WORKER });
    expect(report).toEqual({ inWorkers: 0, failed: 2 });
    expect(outcomes).toEqual(expected);
    expect(logger.entries.filter((entry) => entry.msg === "corpus: parse worker given up, its files are parsed in the main thread")).toHaveLength(2);
  });

  it("hands the outcomes over in job order", () => {
    // NOTE: enough jobs for many chunks of 32 on both workers.
    const one = corpusFolder().jobs;
    const jobs = Array.from({ length: Math.ceil(400 / one.length) }, () => one).flat();
    const order: number[] = [];
    parseInWorkers(jobs, { workers: 2, logger: createSilentLogger() }, (at) => order.push(at));
    expect(order).toEqual(jobs.map((_, at) => at));
  });

  it("returns the outcomes parsing in this thread gives with workers started ahead", () => {
    const { jobs } = corpusFolder();
    prestartParseWorkers(2, createSilentLogger());
    const { report, outcomes } = inWorkers(jobs, { workers: 2 });
    expect(report).toEqual({ inWorkers: jobs.length, failed: 0 });
    expect(outcomes).toEqual(jobs.map((job) => parseCorpusFile(job, createSilentLogger())));
  });

  it("does not take workers started ahead on another module", () => {
    const { jobs } = corpusFolder();
    prestartParseWorkers(2, createSilentLogger(), SILENT_WORKER);
    const { report, outcomes } = inWorkers(jobs, { workers: 2, deadlineMs: 30_000 });
    expect(report).toEqual({ inWorkers: jobs.length, failed: 0 });
    expect(outcomes).toEqual(jobs.map((job) => parseCorpusFile(job, createSilentLogger())));
  });

  it("parses in this thread when asked for no worker", () => {
    const { jobs } = corpusFolder();
    const { report, outcomes } = inWorkers(jobs, { workers: 0 });
    expect(report).toEqual({ inWorkers: 0, failed: 0 });
    expect(outcomes).toEqual(jobs.map((job) => parseCorpusFile(job, createSilentLogger())));
  });
});

describe("syncArticleFiles with worker threads", () => {
  it("returns the same articles, texts and stored records as a sync parsing in this thread", () => {
    const { root, corpus } = corpusFolder();
    const sync = (data: string, parseWorkers: { count: number; minFiles: number }) => {
      const db = openStore(join(root, data), createSilentLogger());
      try {
        const synced = syncArticleFiles([corpus], { store: createArticleFileStore(db), logger: createSilentLogger(), parseWorkers });
        const articles = synced.articles.map((article) => ({ ...article, paragraphs: [...article.paragraphs], captions: [...(article.captions ?? [])] }));
        const records = db.prepare("SELECT path, id, file, content_hash, format, meta_json, texts_json FROM corpus_files ORDER BY path").all();
        return { articles, records, contents: synced.contents, parsed: synced.parsed };
      } finally {
        db.close();
      }
    };
    const pooled = sync("pooled", { count: 2, minFiles: 1 });
    const here = sync("here", { count: 0, minFiles: 1 });
    expect(pooled.parsed).toBeGreaterThan(5);
    expect(pooled).toEqual(here);
  });
});
