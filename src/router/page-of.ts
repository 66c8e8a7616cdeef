import type { Block, Reply } from "../reply/blocks.ts";
import type { Answer } from "./answer.ts";
import type { PageRequest, PageTokens } from "./paging.ts";

/**
 * One page of a command's answer as a reply: `notes`, the answer's head and the page's items,
 * with a pager (continuation tokens for the pages before and after) when there are several.
 */
export function pageOf(
  command: string,
  answer: Answer,
  at: { readonly request: PageRequest; readonly page: number; readonly tokens: PageTokens; readonly notes: readonly Block[] },
): Reply {
  const { request, tokens } = at;
  const size = answer.pageSize ?? request.pageSize;
  const pages = Math.max(1, Math.ceil(answer.items.length / size));
  const current = Math.min(Math.max(1, at.page), pages);
  const shown = answer.items.slice((current - 1) * size, current * size);
  const blocks: Block[] = [...at.notes, ...answer.head, ...shown.flatMap((item) => item.render())];
  if (pages > 1) {
    blocks.push({
      kind: "pager",
      page: current,
      pages,
      total: answer.total ?? answer.items.length,
      prev: current > 1 ? tokens.token(request, current - 1) : null,
      next: current < pages ? tokens.token(request, current + 1) : null,
    });
  }
  return {
    command,
    ok: answer.ok,
    blocks,
    total: answer.total ?? answer.items.length,
    results: shown.flatMap((item) => (item.id ? [{ id: item.id, score: item.score ?? 0 }] : [])),
  };
}
