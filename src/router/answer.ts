import type { Block } from "../reply/blocks.ts";

/** One pageable entry of an answer; `render` is lazy so only the shown page is built. */
export interface AnswerItem {
  /** The article this entry shows, if any. */
  readonly id?: string;
  readonly score?: number;
  render(): readonly Block[];
}

/** What a command returns to the router, which pages it into a Reply. */
export interface Answer {
  readonly ok: boolean;
  /** Blocks shown above the items on every page. */
  readonly head: readonly Block[];
  readonly items: readonly AnswerItem[];
  /** Items per page; the router's default when absent. */
  readonly pageSize?: number;
  /** Matching articles across pages; `items.length` when absent. */
  readonly total?: number;
}

/** A short answer made of blocks only (usage lines, errors, notes). */
export function messageAnswer(ok: boolean, ...head: Block[]): Answer {
  return { ok, head, items: [], total: 0 };
}

/** A paragraph block of plain text. */
export function paragraph(text: string): Block {
  return { kind: "paragraph", spans: [{ text }] };
}
