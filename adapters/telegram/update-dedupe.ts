/** Remembers recent update ids so an update delivered twice is handled once. */
export interface UpdateDedupe {
  /** True the first time an id is seen; false when it was seen among the last `capacity`. */
  firstSeen(updateId: number): boolean;
}

/** Creates the dedupe over the last `capacity` update ids (bounded memory). */
export function createUpdateDedupe(capacity = 10_000): UpdateDedupe {
  const seen = new Set<number>();
  return {
    firstSeen(updateId) {
      if (seen.has(updateId)) return false;
      seen.add(updateId);
      // NOTE: a Set iterates in insertion order: the first entry is the oldest.
      if (seen.size > capacity) seen.delete(seen.values().next().value as number);
      return true;
    },
  };
}
