import type { BenchSuite } from "./suite.ts";

// NOTE: each area adds its suite here, one line each.
/** Every benchmark suite, in the order `npm run bench` runs them. */
export const SUITES: readonly BenchSuite[] = [];
