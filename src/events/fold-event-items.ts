import type { Block } from "../reply/blocks.ts";
import { collapseEvents } from "./collapse-events.ts";
import type { ArticleEvent } from "./event-index.ts";
import { formatNumber } from "../format/index.ts";
import { MAX_SIBLING_HANDLES, siblingHandleSpans } from "./sibling-handles.ts";

/** A result list entry: an article id and its lazily rendered blocks (the router's AnswerItem). */
export interface EventListItem {
  readonly id?: string;
  render(): readonly Block[];
}

/**
 * Shows each event once in a result list: the best-ranked article of an event stays, with a
 * line "và N bài khác cùng sự kiện: /bai 12, /bai 34" (at most `MAX_SIBLING_HANDLES` named);
 * the event's other articles leave the list. Without an event lookup the items are returned
 * as they are.
 */
export function foldEventItems<T extends EventListItem>(
  items: readonly T[],
  events: { eventOf(id: string): ArticleEvent | null } | undefined,
  handleOf: (id: string) => number | undefined,
): T[] {
  if (!events) return [...items];
  return collapseEvents(items, (item) => item.id, (id) => events.eventOf(id)).map(({ entry, others }) => {
    if (others.length === 0) return entry;
    const handles: number[] = [];
    for (const id of others) {
      const handle = handleOf(id);
      if (handle !== undefined) handles.push(handle);
      if (handles.length > MAX_SIBLING_HANDLES) break;
    }
    const named = siblingHandleSpans(handles, others.length, "muted");
    const note: Block = {
      kind: "paragraph",
      spans: [{ text: `và ${formatNumber(others.length)} bài khác cùng sự kiện${named.length > 0 ? ": " : ""}`, mark: "muted" }, ...named],
    };
    return { ...entry, render: () => [...entry.render(), note] };
  });
}
