import type { Corpus, FingerprintStore } from "../corpus/index.ts";
import { createEventIndex, eventIndexSteps, fingerprintOf, packFingerprint, unpackFingerprint, type ArticleEvent, type EventFingerprint, type EventIndex } from "../events/index.ts";
import type { Article } from "../model/article.ts";
import type { Logger } from "../util/logger.ts";
import { yieldTurn } from "./yield-turn.ts";

const NO_EVENTS: EventIndex = { eventOf: () => null, events: [] };

// NOTE: fingerprinting is about a millisecond an article: done in one go, the first query
// after start (thousands of articles) or after a burst of files would stall the bot for
// seconds. The warm-up fingerprints new articles in slices between other work, then builds
// the grouping in steps (see `eventIndexSteps`), starting over when the corpus changes.
const WARM_SLICE = 64;
// NOTE: a fingerprint read back from the store costs a small share of one made from the text.
const RESTORED_WEIGHT = 1 / 16;

/** The event grouping of a changing corpus, rebuilt in the background after each update. */
export interface EventWarmUp {
  /** The grouping of the current corpus (built now unless a warm-up runs); while one runs, the latest built. */
  readonly events: EventIndex;
  /** Resolves once the grouping of the current corpus is built. */
  ready(): Promise<void>;
  /** The event of an article, null when it is alone. */
  eventOf(id: string): ArticleEvent | null;
  /** The event of an article in the latest grouping built, never building one. */
  builtEventOf(id: string): ArticleEvent | null;
  /** Starts warming now and after every corpus update. */
  start(): void;
  /** Stops warming (no grouping is built in one go afterwards); resolves when the warm-up has ended. */
  stop(): Promise<void>;
}

/** Creates the event warm-up over the corpus; nothing is built until asked or started. */
export function createEventWarmUp(deps: {
  readonly corpus: Pick<Corpus, "articles" | "onUpdate">;
  /** Where fingerprints are kept between starts: read back instead of made from the texts, saved once made. */
  readonly fingerprints?: FingerprintStore | null;
  readonly logger: Logger;
}): EventWarmUp {
  const { corpus, logger: log } = deps;
  const kept = deps.fingerprints ?? null;
  const fingerprints = new WeakMap<Article, EventFingerprint>();
  let events: EventIndex | null = null;
  let eventsFor: readonly Article[] | null = null;
  let warming: Promise<void> | null = null;
  let unsubscribe: (() => void) | null = null;
  let stopped = false;

  // NOTE: the corpus hands out a new articles array after each update; the grouping is rebuilt
  // lazily for it (fingerprints of unchanged articles are reused; they go with their articles).
  // While the warm-up runs, answers use the latest grouping built (none before the first)
  // instead of building one themselves.
  function eventIndex(): EventIndex {
    const articles = corpus.articles;
    if (events && eventsFor === articles) return events;
    // NOTE: after stop the grouping is never built in one go: at 100k articles that holds the
    // process for minutes while it should be exiting.
    if (warming || stopped) return events ?? NO_EVENTS;
    events = createEventIndex(articles, { cache: fingerprints });
    eventsFor = articles;
    return events;
  }

  async function warm(): Promise<void> {
    let restoredCount = 0;
    let madeCount = 0;
    for (;;) {
      const articles = corpus.articles;
      let work = 0;
      for (const article of articles) {
        if (stopped || corpus.articles !== articles) break;
        if (fingerprints.has(article)) continue;
        const packed = kept?.load(article);
        const restored = packed ? unpackFingerprint(article, packed) : null;
        if (restored) {
          fingerprints.set(article, restored);
          restoredCount++;
          work += RESTORED_WEIGHT;
        } else {
          const print = fingerprintOf(article);
          fingerprints.set(article, print);
          const data = packFingerprint(print);
          if (data) kept?.save(article, data);
          madeCount++;
          work += 1;
        }
        if (work >= WARM_SLICE) {
          work = 0;
          await yieldTurn();
        }
      }
      kept?.flush();
      if (stopped) return;
      if (corpus.articles !== articles) continue;
      const built = await group(articles);
      if (stopped) return;
      if (!built) continue;
      events = built;
      eventsFor = articles;
      log.info({ articles: articles.length, events: built.events.length, restored: restoredCount, made: madeCount }, "events: grouping ready");
      await yieldTurn();
      if (stopped || corpus.articles === articles) return;
    }
  }

  /** The grouping of `articles`, built in steps; null when stopped or the corpus changed meanwhile. */
  async function group(articles: readonly Article[]): Promise<EventIndex | null> {
    const steps = eventIndexSteps(articles, { cache: fingerprints });
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      await yieldTurn();
      if (stopped || corpus.articles !== articles) return null;
    }
  }

  function startWarming(): Promise<void> {
    warming ??= warm()
      .catch((error: unknown) => log.error({ err: error }, "events: grouping failed"))
      .finally(() => {
        warming = null;
      });
    return warming;
  }

  return {
    get events() {
      return eventIndex();
    },
    ready: () => warming ?? Promise.resolve(),
    eventOf: (id) => eventIndex().eventOf(id),
    builtEventOf: (id) => events?.eventOf(id) ?? null,
    start() {
      unsubscribe ??= corpus.onUpdate(() => void startWarming());
      void startWarming();
    },
    async stop() {
      stopped = true;
      unsubscribe?.();
      unsubscribe = null;
      await warming;
    },
  };
}
