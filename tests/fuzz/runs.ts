/**
 * Cases per property: a few hundred in `npm test`; `npm run fuzz` sets FUZZ_RUNS (10,000).
 * NOTE: the seed comes from FUZZ_SEED when set, so a failure can be replayed.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? "") || 200;

/** fast-check parameters shared by the fuzz properties. */
export function fuzzParameters(runs = FUZZ_RUNS): { numRuns: number; seed?: number; timeout: number } {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  // NOTE: a generous per-case ceiling (loaded CI): a case that takes longer is a hang.
  return { numRuns: runs, timeout: 10_000, ...(seed === undefined ? {} : { seed }) };
}

/** The test timeout for a property of `runs` cases (a loaded machine; no case should come close). */
export function fuzzTimeout(runs = FUZZ_RUNS, perCaseMs = 50): number {
  return 60_000 + runs * perCaseMs;
}
