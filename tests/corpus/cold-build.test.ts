import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/create-corpus.ts";
import { createArticleFileStore, openStore } from "../../src/store/index.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { createCorpusFolders } from "../fixtures/corpus-folder.ts";
import { createRecordingLogger } from "../fixtures/seeds.ts";

const clock = createFixedClock("2026-02-01T00:00:00Z");
const SILENT_WORKER = new URL("../fixtures/silent-worker.ts", import.meta.url);
const QUERIES = ["Hữu Nghị", "kinh tế", "bão lũ miền Trung"];

const folders = createCorpusFolders("diemtin-cold-");
afterEach(() => folders.removeAll());
const corpusFolder = () => folders.make();

/** One start over a data folder: the articles, the answers to a few queries and the log. */
function start(corpus: string, data: string, buildWorker?: { minFiles: number; deadlineMs?: number; workerUrl?: URL }) {
  const logger = createRecordingLogger();
  const db = openStore(data, createSilentLogger());
  try {
    const loaded = loadCorpus({
      corpusDirs: [corpus],
      snapshotDir: data,
      files: createArticleFileStore(db),
      logger,
      clock,
      ...(buildWorker ? { buildWorker: { databasePath: db.name, ...buildWorker } } : {}),
    });
    const articles = loaded.articles.map((article) => ({ ...article, paragraphs: [...article.paragraphs], captions: [...(article.captions ?? [])] }));
    const answers = QUERIES.map((query) => loaded.search.search(query).map((hit) => hit.id));
    return { articles, answers, messages: logger.entries.map((entry) => entry.msg) };
  } finally {
    db.close();
  }
}

describe("loadCorpus with a build worker", () => {
  it("returns the corpus and answers of a build in this thread, after parsing and indexing in a worker that saved the snapshot", () => {
    const { root, corpus } = corpusFolder();
    const here = start(corpus, join(root, "here"));
    const inWorker = start(corpus, join(root, "worker"), { minFiles: 1 });
    expect(inWorker.messages).toContain("corpus: first build done in a worker thread");
    expect(inWorker.messages).toContain("corpus: files synced with the store");
    expect(existsSync(join(root, "worker", "search-index.json"))).toBe(true);
    expect(inWorker.articles).toEqual(here.articles);
    expect(inWorker.answers).toEqual(here.answers);
    expect(here.answers.flat().length).toBeGreaterThan(0);
  });

  it("saves the snapshot a build in this thread saves, its index read while the files were parsed", () => {
    const { root, corpus } = corpusFolder();
    start(corpus, join(root, "here"));
    start(corpus, join(root, "worker"), { minFiles: 1 });
    const snapshot = (data: string) => readFileSync(join(root, data, "search-index.json"));
    expect(snapshot("worker").length).toBeGreaterThan(1000);
    expect(snapshot("worker").equals(snapshot("here"))).toBe(true);
  });

  it("builds in this thread, with a warning, when the worker goes silent past its deadline", () => {
    const { root, corpus } = corpusFolder();
    const here = start(corpus, join(root, "here"));
    const fallback = start(corpus, join(root, "fallback"), { minFiles: 1, deadlineMs: 300, workerUrl: SILENT_WORKER });
    expect(fallback.messages).toContain("corpus: the build worker failed, building in the main thread");
    expect(fallback.messages).not.toContain("corpus: first build done in a worker thread");
    expect(fallback.articles).toEqual(here.articles);
    expect(fallback.answers).toEqual(here.answers);
  });

  it("does not start a worker when the store already has the files' records", () => {
    const { root, corpus } = corpusFolder();
    const data = join(root, "data");
    start(corpus, data);
    expect(start(corpus, data, { minFiles: 1, workerUrl: SILENT_WORKER, deadlineMs: 60_000 }).messages).not.toContain("corpus: the build worker failed, building in the main thread");
  });
});
