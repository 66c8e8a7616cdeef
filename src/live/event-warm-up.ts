import type { Corpus, FingerprintMaker, FingerprintStore } from "../corpus/index.ts";
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
const WORKER_BATCH = 256;

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
  /** Starts a worker that makes fingerprints from stored texts for this many articles, or says no (null): they are made here. */
  readonly fingerprintMaker?: ((articles: number) => FingerprintMaker | null) | null;
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

  // NOTE: a pass over a small corpus awaits nothing but the grouping, as it always has: a start
  // stopped at once then still leaves its grouping built.
  async function warm(): Promise<void> {
    const counts = { restored: 0, made: 0, madeInWorker: 0 };
    for (;;) {
      const articles = corpus.articles;
      const missing: Article[] = [];
      let work = 0;
      for (const article of articles) {
        if (changed(articles)) break;
        if (fingerprints.has(article)) continue;
        const packed = kept?.load(article);
        const restored = packed ? unpackFingerprint(article, packed) : null;
        if (!restored) {
          missing.push(article);
          continue;
        }
        fingerprints.set(article, restored);
        counts.restored++;
        work += RESTORED_WEIGHT;
        if (work >= WARM_SLICE) {
          work = 0;
          await yieldTurn();
        }
      }
      const maker = missing.length > 0 && !changed(articles) ? startMaker(missing.length) : null;
      const left = maker ? await makeInWorker(maker, missing, articles, counts) : missing;
      for (const article of left) {
        if (changed(articles)) break;
        if (fingerprints.has(article)) continue;
        const print = fingerprintOf(article);
        fingerprints.set(article, print);
        const data = packFingerprint(print);
        if (data) kept?.save(article, data);
        counts.made++;
        if (++work >= WARM_SLICE) {
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
      log.info({ articles: articles.length, events: built.events.length, ...counts }, "events: grouping ready");
      await yieldTurn();
      if (stopped || corpus.articles === articles) return;
    }
  }

  const changed = (articles: readonly Article[]): boolean => stopped || corpus.articles !== articles;

  function startMaker(articles: number): FingerprintMaker | null {
    try {
      return deps.fingerprintMaker?.(articles) ?? null;
    } catch (error) {
      log.warn({ err: error }, "events: the fingerprint worker could not start, fingerprinting here");
      return null;
    }
  }

  /** Fingerprints `missing` in the worker, keeping what it makes; returns the articles it did not make. */
  async function makeInWorker(maker: FingerprintMaker, missing: readonly Article[], articles: readonly Article[], counts: { madeInWorker: number }): Promise<readonly Article[]> {
    const left: Article[] = [];
    try {
      for (let at = 0; at < missing.length && !changed(articles); at += WORKER_BATCH) {
        const batch = missing.slice(at, at + WORKER_BATCH);
        let prints: (Uint32Array | null)[];
        try {
          prints = await maker.make(batch);
        } catch (error) {
          log.warn({ err: error, left: missing.length - at }, "events: the fingerprint worker failed, fingerprinting here");
          return [...left, ...missing.slice(at)];
        }
        batch.forEach((article, k) => {
          const packed = prints[k] ?? null;
          const print = packed ? unpackFingerprint(article, packed) : null;
          if (packed && print) {
            fingerprints.set(article, print);
            kept?.save(article, packed);
            counts.madeInWorker++;
          } else left.push(article);
        });
      }
      return left;
    } finally {
      await maker.close();
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
