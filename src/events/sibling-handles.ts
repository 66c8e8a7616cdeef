import { commandSpan } from "../reply/command-span.ts";
import type { Span } from "../reply/blocks.ts";

/** How many of an event's other articles are named by handle; the rest are only counted. */
export const MAX_SIBLING_HANDLES = 5;

/**
 * The `/bai` commands of an event's other articles as spans, at most `MAX_SIBLING_HANDLES` of
 * them, each running its own `/bai <handle>` when tapped, with "…" when there are more:
 * "/bai 12, /bai 34, /bai 56, /bai 78, /bai 90…".
 */
export function siblingHandleSpans(handles: readonly number[], total = handles.length, mark?: Span["mark"]): Span[] {
  const shown = handles.slice(0, MAX_SIBLING_HANDLES);
  const spans: Span[] = [];
  for (const [index, handle] of shown.entries()) {
    if (index > 0) spans.push({ text: ", ", ...(mark ? { mark } : {}) });
    spans.push(commandSpan(`/bai ${handle}`));
  }
  if (total > MAX_SIBLING_HANDLES && shown.length > 0) spans.push({ text: "…", ...(mark ? { mark } : {}) });
  return spans;
}
