import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildArticles, createFingerprintMaker, loadCorpus } from "../../src/corpus/index.ts";
import { fingerprintOf, packFingerprint } from "../../src/events/index.ts";
import { createArticleFileStore, openStore } from "../../src/store/index.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { createCorpusFolders } from "../fixtures/corpus-folder.ts";

const logger = createSilentLogger();
const clock = createFixedClock("2026-01-28T00:00:00Z");
const SILENT_WORKER = new URL("../fixtures/silent-worker.ts", import.meta.url);
const FAILING_WORKER = new URL("../fixtures/failing-worker.ts", import.meta.url);
const folders = createCorpusFolders("diemtin-maker-");
afterEach(() => folders.removeAll());

/** The corpus of a folder loaded through a store on disk, and that store's database file. */
function stored() {
  const { root, corpus } = folders.make();
  const db = openStore(join(root, "data"), logger);
  const loaded = loadCorpus({ corpusDirs: [corpus], snapshotDir: null, files: createArticleFileStore(db), logger, clock });
  return { db, articles: loaded.articles, databasePath: db.name };
}

describe("createFingerprintMaker", () => {
  it("returns the kept numbers of each stored article's fingerprint, as made in this thread", async () => {
    const { db, articles, databasePath } = stored();
    const maker = createFingerprintMaker({ databasePath, logger });
    try {
      const made = await maker.make(articles);
      expect(made).toHaveLength(articles.length);
      articles.forEach((article, i) => expect(made[i]).toEqual(packFingerprint(fingerprintOf(article))));
    } finally {
      await maker.close();
      db.close();
    }
  });

  it("returns null for an article not read from the store", async () => {
    const { db, articles, databasePath } = stored();
    const [outside] = buildArticles([{ id: "x", file: "x.txt", text: "Hà Tĩnh khánh thành nhà máy điện gió\nSáng 27/1, tỉnh Hà Tĩnh khánh thành nhà máy điện gió.\n" }], logger);
    const maker = createFingerprintMaker({ databasePath, logger });
    try {
      const made = await maker.make([outside!, articles[0]!]);
      expect(made[0]).toBeNull();
      expect(made[1]).toEqual(packFingerprint(fingerprintOf(articles[0]!)));
    } finally {
      await maker.close();
      db.close();
    }
  });

  it.each([
    ["fails as it loads", FAILING_WORKER, 60_000],
    ["goes silent past the deadline", SILENT_WORKER, 300],
  ])("rejects every batch when the worker %s", async (_, workerUrl, deadlineMs) => {
    const { db, articles, databasePath } = stored();
    const maker = createFingerprintMaker({ databasePath, logger, workerUrl, deadlineMs });
    try {
      await expect(maker.make(articles.slice(0, 3))).rejects.toThrow(/^fingerprint worker: /);
      await expect(maker.make(articles.slice(0, 3))).rejects.toThrow(/^fingerprint worker: /);
    } finally {
      await maker.close();
      db.close();
    }
  });
});
