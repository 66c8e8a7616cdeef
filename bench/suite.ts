/** One row of a benchmark table: a label and its measured figures. */
export interface BenchRow {
  readonly label: string;
  readonly figures: Readonly<Record<string, number | string | null>>;
}

/** What a suite reports: its rows and, per target, whether it was met. */
export interface SuiteResult {
  readonly rows: readonly BenchRow[];
  /** Target checks, e.g. `{ name: "/tim p99 ≤ 30 ms at 100k", met: true, value: 12.3 }`. */
  readonly targets: readonly { readonly name: string; readonly met: boolean; readonly value: number | null }[];
}

/** A benchmark suite: a name (`search`, `telegram`…) and a function that measures. */
export interface BenchSuite {
  readonly name: string;
  readonly description: string;
  run(options: { readonly quick: boolean; readonly log: (line: string) => void }): Promise<SuiteResult>;
}

/** Builds a target check that a row's figure stays at or under `limit`, named with the size it was measured at. */
export function upperLimitTarget(figures: Readonly<Record<string, unknown>>, at: string): (name: string, key: string, limit: number) => SuiteResult["targets"][number] {
  return (name, key, limit) => {
    const value = typeof figures[key] === "number" ? (figures[key] as number) : null;
    return { name: `${name} ≤ ${limit} at ${at}`, met: value !== null && value <= limit, value };
  };
}
