import type { Database } from "better-sqlite3";

/** One versioned schema step, applied once, in version order, inside a transaction. */
export interface Migration {
  /** Unique, increasing; never reuse or renumber a shipped version. */
  readonly version: number;
  readonly name: string;
  up(db: Database): void;
}
