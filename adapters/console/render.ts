import { pagerLabel, type Block, type Reply, type Span } from "../../src/index.ts";

/** Options of the console renderer. */
export interface ConsoleRenderOptions {
  /** Emphasise marked spans with ANSI bold/underline (terminals only). */
  readonly ansi?: boolean;
  /** What the user types to turn pages, shown under a pager. */
  readonly pagerHint?: string;
}

// NOTE: ANSI SGR codes; the renderer never emits them unless `ansi` is set.
const BOLD = "\u001b[1m";
const UNDERLINE = "\u001b[4m";
const DIM = "\u001b[2m";
const RESET = "\u001b[0m";

function spanText(span: Span, ansi: boolean): string {
  if (!ansi || !span.mark) return span.text;
  const style = span.mark === "match" ? BOLD + UNDERLINE : span.mark === "muted" ? DIM : BOLD;
  return style + span.text + RESET;
}

function spansText(spans: readonly Span[], ansi: boolean): string {
  return spans.map((span) => spanText(span, ansi)).join("");
}

function renderBlock(block: Block, options: ConsoleRenderOptions): string {
  const ansi = options.ansi ?? false;
  switch (block.kind) {
    case "heading":
      return ansi ? `${BOLD}${block.text}${RESET}` : `== ${block.text} ==`;
    case "paragraph":
      return spansText(block.spans, ansi);
    case "article": {
      const meta = [block.dateLabel, block.source, block.provinces.join(", ")].filter(Boolean).join(" · ");
      const lines = [`[${block.handle}] ${ansi ? BOLD + block.title + RESET : block.title}`, `    ${meta}`];
      if (block.snippet.length > 0) lines.push(`    ${spansText(block.snippet, ansi)}`);
      return lines.join("\n");
    }
    case "pager": {
      const hint = options.pagerHint ? ` ${options.pagerHint}` : "";
      return `${pagerLabel(block)}.${hint}`;
    }
    case "actions":
      // NOTE: the console has no buttons; each shows the command that does the same.
      return block.buttons.map((button) => `[${button.label}] ${button.command}`).join("\n");
    case "file":
      return `--- ${block.name} ---\n${block.text.trimEnd()}\n--- hết ${block.name} ---`;
  }
}

/** Renders a reply as plain console text (one blank line between blocks). */
export function renderConsole(reply: Reply, options: ConsoleRenderOptions = {}): string {
  return reply.blocks.map((block) => renderBlock(block, options)).join("\n\n");
}
