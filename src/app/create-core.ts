import type { Article } from "../model/article.ts";
import { createCorpus, loadCorpus, type Corpus, type CorpusLoadOptions } from "../corpus/index.ts";
import { createRouter, type Router } from "../router/router.ts";
import type { CommandDeps } from "../router/command.ts";
import type { SearchIndex } from "../search/index.ts";
import type { Clock } from "../util/clock.ts";
import type { Logger } from "../util/logger.ts";

/** The bot's core: the corpus, its indexes and the command router over them. Platform-neutral. */
export interface Core extends Router, Corpus {}

/** What the core is built from. */
export interface CoreDeps {
  readonly articles: readonly Article[];
  /** A prebuilt (e.g. snapshot-loaded) search index; built from `articles` when absent. */
  readonly search?: SearchIndex;
  /** Extra command dependencies (the subscription service…), merged into what commands read. */
  readonly services?: Partial<Omit<CommandDeps, "corpus" | "search">>;
  readonly logger: Logger;
  readonly clock: Clock;
}

/** Where the core's corpus comes from, and the services its commands use. */
export interface CoreLoadOptions extends CorpusLoadOptions {
  readonly services?: CoreDeps["services"];
}

/** Creates a core over parsed articles, with no store or live corpus (tests, the Slack manifest). */
export function createCore(deps: CoreDeps): Core {
  return withRouter(createCorpus({ articles: deps.articles, search: deps.search }), deps.services);
}

/**
 * Loads the corpus folders (reusing a fresh index snapshot) and creates a core over them, with
 * no store: the CLI's `ask` and `articles`, and tests. The bot itself is built by `createApp`.
 */
export function loadCore(options: CoreLoadOptions): Core {
  return withRouter(loadCorpus(options), options.services);
}

/** Puts the command router over a corpus. */
export function withRouter(corpus: Corpus, services: CoreDeps["services"] = {}): Core {
  const router = createRouter({
    ...services,
    get corpus() {
      return corpus.corpus;
    },
    search: corpus.search,
  });
  return {
    ...router,
    get articles() {
      return corpus.articles;
    },
    get corpus() {
      return corpus.corpus;
    },
    search: corpus.search,
    update: (change) => corpus.update(change),
    onUpdate: (listener) => corpus.onUpdate(listener),
  };
}
