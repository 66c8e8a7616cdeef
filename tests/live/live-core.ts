import type { Database } from "better-sqlite3";
import { withRouter, type Core } from "../../src/app/index.ts";
import { loadCorpus } from "../../src/corpus/index.ts";
import { createLiveCorpus, type LiveCorpus, type LiveCorpusDeps } from "../../src/live/live-corpus.ts";
import { createFeedStore } from "../../src/store/feed-store.ts";

/** What a test core with a live corpus is built from: the live corpus's deps, its store's database instead of the store and corpus. */
export type LiveCoreDeps = Omit<LiveCorpusDeps, "corpus" | "store"> & { readonly db: Database };

/**
 * A core over the corpus folders of `config` (no snapshot) with a live corpus over it, the
 * router's `/nguon` and events taken from the live corpus (as the app wires them); not started.
 */
export function createLiveCore(deps: LiveCoreDeps): { core: Core; live: LiveCorpus } {
  const { db, ...rest } = deps;
  const corpus = loadCorpus({ corpusDirs: deps.config.corpusDirs, snapshotDir: null, logger: deps.logger, clock: deps.clock });
  const live = createLiveCorpus({ ...rest, corpus, store: createFeedStore(db, deps.clock) });
  return { core: withRouter(corpus, { feeds: live.feeds, events: live }), live };
}
