/** How many of an event's other articles are named by handle; the rest are only counted. */
export const MAX_SIBLING_HANDLES = 5;

/**
 * The `/bai` commands of an event's other articles, at most `MAX_SIBLING_HANDLES` of them,
 * with "…" when there are more: "/bai 12, /bai 34, /bai 56, /bai 78, /bai 90…".
 */
export function siblingHandlesText(handles: readonly number[], total = handles.length): string {
  const shown = handles.slice(0, MAX_SIBLING_HANDLES).map((handle) => `/bai ${handle}`).join(", ");
  return total > MAX_SIBLING_HANDLES && shown ? `${shown}…` : shown;
}
