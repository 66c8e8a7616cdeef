import type { Block } from "../reply/blocks.ts";
import { collapseEvents } from "./collapse-events.ts";
import type { ArticleEvent } from "./event-index.ts";

/** A result list entry: an article id and its lazily rendered blocks (the router's AnswerItem). */
export interface EventListItem {
  readonly id?: string;
  render(): readonly Block[];
}

/**
 * Shows each event once in a result list: the best-ranked article of an event stays, with a
 * line "và N bài khác cùng sự kiện: /bai 12, /bai 34"; the event's other articles leave the
 * list. Without an event lookup the items are returned as they are.
 */
export function foldEventItems<T extends EventListItem>(
  items: readonly T[],
  events: { eventOf(id: string): ArticleEvent | null } | undefined,
  handleOf: (id: string) => number | undefined,
): T[] {
  if (!events) return [...items];
  return collapseEvents(items, (item) => item.id, (id) => events.eventOf(id)).map(({ entry, others }) => {
    if (others.length === 0) return entry;
    const handles = others.map(handleOf).filter((handle): handle is number => handle !== undefined);
    const note: Block = {
      kind: "paragraph",
      spans: [{ text: `và ${others.length} bài khác cùng sự kiện${handles.length > 0 ? `: ${handles.map((handle) => `/bai ${handle}`).join(", ")}` : ""}`, mark: "muted" }],
    };
    return { ...entry, render: () => [...entry.render(), note] };
  });
}
