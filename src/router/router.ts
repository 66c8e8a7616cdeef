import { commandSpan, paragraphOf } from "../reply/command-span.ts";
import type { Block, Reply } from "../reply/blocks.ts";
import { messageAnswer, paragraph, type Answer } from "./answer.ts";
import { nguonCommand, opmlImportCommand } from "./commands/nguon.ts";
import { type Command, type CommandDeps } from "./command.ts";
import { COMMANDS } from "./command-list.ts";
import { createHelpCommand } from "./commands/help.ts";
import { timCommand } from "./commands/tim.ts";
import { MAX_INPUT_LENGTH, parseInput } from "./input.ts";
import { createPageTokens, type PageRequest } from "./paging.ts";
import { pageOf } from "./page-of.ts";
import { runCommand } from "./run-command.ts";
import { formatNumber } from "../format/index.ts";
import { CONSOLE_CHAT, type ChatContext } from "../model/chat.ts";

/** Articles per page of a list answer. */
export const DEFAULT_PAGE_SIZE = 5;

/** Per-call options of `Router.ask`. */
export interface AskOptions {
  /** Articles per page (1–50); `DEFAULT_PAGE_SIZE` when absent. */
  readonly pageSize?: number;
  /** Who asked and where; `CONSOLE_CHAT` when absent. */
  readonly chat?: ChatContext;
}

/** Turns what users type into replies; platform-neutral. */
export interface Router {
  /** The commands, in help order. */
  readonly commands: readonly Command[];
  /** The command a typed line would run (by name or alias), null for plain text or unknown. */
  commandFor(text: string): Command | null;
  /** Answers one typed line; plain text (no slash) is a search. */
  ask(text: string, options?: AskOptions): Promise<Reply>;
  /** Answers a pager continuation token (stale or forged tokens get a short message). */
  page(token: string, options?: { readonly chat?: ChatContext }): Promise<Reply>;
  /** Answers a file a user sent: an OPML feed list (`.opml`, `.xml`) has its feeds added (admins only). */
  attach(file: AttachedFile, options?: { readonly chat?: ChatContext }): Promise<Reply>;
}

/** A text file a user sent to the bot. */
export interface AttachedFile {
  readonly name: string;
  readonly text: string;
}

const OPML_NAME = /\.(opml|xml)$/i;

/** Creates the router over the corpus and its search index. */
export function createRouter(deps: CommandDeps): Router {
  const help = createHelpCommand(() => commands);
  const commands: readonly Command[] = [...COMMANDS, help];
  const byName = new Map<string, Command>();
  for (const command of commands) for (const name of [command.name, ...command.aliases]) byName.set(name, command);
  const tokens = createPageTokens();

  async function reply(request: PageRequest, page: number, chat: ChatContext, notes: readonly Block[] = []): Promise<Reply> {
    const command = byName.get(request.command) as Command;
    const answer: Answer = await runCommand(command, request.args, deps, chat);
    return pageOf(command.name, answer, { request, page, tokens, notes });
  }

  return {
    commands,
    commandFor(text) {
      const input = parseInput(text);
      return input.command === null ? null : (byName.get(input.command) ?? null);
    },
    async ask(text, options = {}) {
      const chat = options.chat ?? CONSOLE_CHAT;
      const input = parseInput(text);
      const notes = input.truncated ? [paragraph(`Lệnh dài quá ${formatNumber(MAX_INPUT_LENGTH)} ký tự nên chỉ phần đầu được xét.`)] : [];
      const pageSize = Math.max(1, Math.min(options.pageSize ?? DEFAULT_PAGE_SIZE, 50));
      if (input.command === null) {
        if (!input.args) return reply({ command: help.name, args: "", pageSize }, 1, chat, notes);
        return reply({ command: timCommand.name, args: input.args, pageSize }, 1, chat, notes);
      }
      const command = byName.get(input.command);
      if (!command) {
        const names = commands.flatMap((known, index) => [index > 0 ? " " : "", commandSpan(`/${known.name}`)]);
        return {
          command: "unknown",
          ok: false,
          blocks: [...notes, paragraphOf(`Không có lệnh /${input.command}. Các lệnh: `, ...names, ". Gõ ", commandSpan("/trogiup"), " để xem hướng dẫn.")],
          total: 0,
          results: [],
        };
      }
      return reply({ command: command.name, args: input.args, pageSize }, 1, chat, notes);
    },
    async attach(file, options = {}) {
      const chat = options.chat ?? CONSOLE_CHAT;
      const answer = OPML_NAME.test(file.name)
        ? await runCommand(opmlImportCommand, file.text, deps, chat)
        : messageAnswer(false, paragraph("Bot chỉ nhận tệp OPML (.opml): danh sách nguồn tin để nhập."));
      return { command: nguonCommand.name, ok: answer.ok, blocks: answer.head, total: 0, results: [] };
    },
    async page(token, options = {}) {
      const resolved = tokens.resolve(token);
      if (!resolved) {
        return { command: "page", ok: false, blocks: [paragraph("Trang kết quả này đã cũ. Hãy gõ lại lệnh.")], total: 0, results: [] };
      }
      return reply(resolved.request, resolved.page, options.chat ?? CONSOLE_CHAT);
    },
  };
}
