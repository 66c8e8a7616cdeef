import type { ParagraphBlock, Span } from "./blocks.ts";

/** A span that shows a command (or `label`) and runs `line` when tapped: "/bai 2", "Quảng Ninh" → `/tinh Quảng Ninh`. */
export function commandSpan(line: string, label: string = line): Span {
  return { text: label, mark: "code", command: line };
}

/** A paragraph made of plain text and spans, in order: `paragraphOf("Gõ ", commandSpan("/moi"), " để xem.")`. */
export function paragraphOf(...parts: readonly (string | Span)[]): ParagraphBlock {
  return { kind: "paragraph", spans: parts.filter((part) => part !== "").map((part) => (typeof part === "string" ? { text: part } : part)) };
}

/** The plain text of spans, as typed. */
export function spansText(spans: readonly Span[]): string {
  return spans.map((span) => span.text).join("");
}
