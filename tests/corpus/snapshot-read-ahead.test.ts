import { appendFileSync, copyFileSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/create-corpus.ts";
import { createArticleFileStore, openStore } from "../../src/store/index.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { createCorpusFolders } from "../fixtures/corpus-folder.ts";
import { createRecordingLogger } from "../fixtures/seeds.ts";

const clock = createFixedClock("2026-02-01T00:00:00Z");
const QUERIES = ["Hữu Nghị", "kinh tế", "bão lũ miền Trung", "quang ninh"];

const folders = createCorpusFolders("diemtin-ahead-");
afterEach(() => folders.removeAll());

/** One start over a data folder, the snapshot read ahead whatever its size when `ahead`. */
function start(corpus: string, data: string, ahead: boolean) {
  const logger = createRecordingLogger();
  const db = openStore(data, createSilentLogger());
  try {
    const loaded = loadCorpus({ corpusDirs: [corpus], snapshotDir: data, files: createArticleFileStore(db), logger, clock, readAheadMinBytes: ahead ? 0 : Infinity });
    return { answers: QUERIES.map((query) => loaded.search.search(query).map((hit) => hit.id)), messages: logger.entries.map((entry) => entry.msg) };
  } finally {
    db.close();
  }
}

const snapshotOf = (data: string) => join(data, "search-index.json");

describe("loadCorpus reading the snapshot ahead", () => {
  it("returns the first start's answers and keeps the snapshot as saved when nothing changed", () => {
    const { root, corpus } = folders.make();
    const data = join(root, "data");
    const first = start(corpus, data, false);
    const saved = { bytes: readFileSync(snapshotOf(data)), mtime: statSync(snapshotOf(data)).mtimeMs };
    const second = start(corpus, data, true);
    expect(second.answers).toEqual(first.answers);
    expect(first.answers.flat().length).toBeGreaterThan(0);
    expect(readFileSync(snapshotOf(data)).equals(saved.bytes)).toBe(true);
    expect(statSync(snapshotOf(data)).mtimeMs).toBe(saved.mtime);
  });

  it("returns the answers of a start without it when a file changed since the snapshot", () => {
    const { root, corpus } = folders.make();
    // NOTE: copies under other names, so one change is a share small enough to be applied to the snapshot.
    const names = readdirSync(corpus);
    for (let copy = 1; copy <= 4; copy++) for (const name of names) copyFileSync(join(corpus, name), join(corpus, `copy${copy}-${name}`));
    start(corpus, join(root, "ahead"), false);
    start(corpus, join(root, "here"), false);
    const name = readdirSync(corpus).find((file) => file.endsWith(".txt")) as string;
    appendFileSync(join(corpus, name), "\n\nĐoạn thêm về kinh tế Hữu Nghị và bão lũ miền Trung.\n");
    const ahead = start(corpus, join(root, "ahead"), true);
    const here = start(corpus, join(root, "here"), false);
    expect(ahead.messages).toContain("snapshot: updated for changed articles");
    expect(ahead.answers).toEqual(here.answers);
  });
});
