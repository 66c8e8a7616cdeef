import type { ArticleEvent } from "./event-index.ts";

/** A list entry kept after folding events: the entry and the ids of its event's other articles shown nowhere else. */
export interface CollapsedEntry<T> {
  readonly entry: T;
  readonly others: readonly string[];
}

/**
 * Shows each event once: keeps the first (best-ranked) entry of every event and drops the
 * later entries of the same event, listing the event's other article ids beside the kept one.
 * Entries without an id or event pass through unchanged.
 */
export function collapseEvents<T>(
  entries: readonly T[],
  idOf: (entry: T) => string | undefined,
  eventOf: (id: string) => ArticleEvent | null,
): CollapsedEntry<T>[] {
  const shown = new Set<string>();
  const out: CollapsedEntry<T>[] = [];
  for (const entry of entries) {
    const id = idOf(entry);
    const event = id === undefined ? null : eventOf(id);
    if (!event || id === undefined) {
      out.push({ entry, others: [] });
      continue;
    }
    if (shown.has(event.id)) continue;
    shown.add(event.id);
    out.push({ entry, others: event.articleIds.filter((other) => other !== id) });
  }
  return out;
}
