import type { Block, Reply } from "../reply/blocks.ts";
import { paragraph, type Answer } from "./answer.ts";
import type { Command, CommandDeps } from "./command.ts";
import { baiCommand } from "./commands/bai.ts";
import { createHelpCommand } from "./commands/help.ts";
import { moiCommand } from "./commands/moi.ts";
import { nguoiCommand } from "./commands/nguoi.ts";
import { timCommand } from "./commands/tim.ts";
import { tinhCommand } from "./commands/tinh.ts";
import { tinhthanhCommand } from "./commands/tinhthanh.ts";
import { vanbanCommand } from "./commands/vanban.ts";
import { MAX_INPUT_LENGTH, parseInput } from "./input.ts";
import { createPageTokens, type PageRequest } from "./paging.ts";
import { formatNumber } from "../format/index.ts";

/** Articles per page of a list answer. */
export const DEFAULT_PAGE_SIZE = 5;

/** Turns what users type into replies; platform-neutral. */
export interface Router {
  /** The commands, in help order. */
  readonly commands: readonly Command[];
  /** Answers one typed line; plain text (no slash) is a search. */
  ask(text: string, options?: { pageSize?: number }): Reply;
  /** Answers a pager continuation token. */
  page(token: string): Reply;
}

/** Creates the router over the corpus and its search index. */
export function createRouter(deps: CommandDeps): Router {
  const help = createHelpCommand(() => commands);
  const commands: readonly Command[] = [tinhCommand, timCommand, moiCommand, baiCommand, nguoiCommand, vanbanCommand, tinhthanhCommand, help];
  const byName = new Map<string, Command>();
  for (const command of commands) for (const name of [command.name, ...command.aliases]) byName.set(name, command);
  const tokens = createPageTokens();

  function reply(request: PageRequest, page: number, notes: readonly Block[] = []): Reply {
    const command = byName.get(request.command) as Command;
    const answer: Answer = command.run(request.args, deps);
    const size = answer.pageSize ?? request.pageSize;
    const pages = Math.max(1, Math.ceil(answer.items.length / size));
    const current = Math.min(Math.max(1, page), pages);
    const shown = answer.items.slice((current - 1) * size, current * size);
    const blocks: Block[] = [...notes, ...answer.head, ...shown.flatMap((item) => item.render())];
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
      command: command.name,
      ok: answer.ok,
      blocks,
      total: answer.total ?? answer.items.length,
      results: shown.flatMap((item) => (item.id ? [{ id: item.id, score: item.score ?? 0 }] : [])),
    };
  }

  return {
    commands,
    ask(text, options = {}) {
      const input = parseInput(text);
      const notes = input.truncated ? [paragraph(`Lệnh dài quá ${formatNumber(MAX_INPUT_LENGTH)} ký tự nên chỉ phần đầu được xét.`)] : [];
      const pageSize = Math.max(1, Math.min(options.pageSize ?? DEFAULT_PAGE_SIZE, 50));
      if (input.command === null) {
        if (!input.args) return reply({ command: help.name, args: "", pageSize }, 1, notes);
        return reply({ command: timCommand.name, args: input.args, pageSize }, 1, notes);
      }
      const command = byName.get(input.command);
      if (!command) {
        const names = commands.map((known) => `/${known.name}`).join(" ");
        return {
          command: "unknown",
          ok: false,
          blocks: [...notes, paragraph(`Không có lệnh /${input.command}. Các lệnh: ${names}. Gõ /trogiup để xem hướng dẫn.`)],
          total: 0,
          results: [],
        };
      }
      return reply({ command: command.name, args: input.args, pageSize }, 1, notes);
    },
    page(token) {
      const resolved = tokens.resolve(token);
      if (!resolved) {
        return { command: "page", ok: false, blocks: [paragraph("Trang kết quả này đã cũ. Hãy gõ lại lệnh.")], total: 0, results: [] };
      }
      return reply(resolved.request, resolved.page);
    },
  };
}
