import { createInterface } from "node:readline";
import type { Core, Logger, PagerBlock, Reply } from "../../src/index.ts";
import type { PromptLog } from "./prompt-log.ts";
import { renderConsole } from "./render.ts";

/** Where the console bot reads and writes. */
export interface ConsoleIO {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** A terminal: show a prompt and colours. */
  readonly interactive: boolean;
  /** Where log lines are shown above the prompt (interactive only); the file holds the full log. */
  readonly log?: { readonly promptLog: PromptLog; readonly file: string };
}

const NEXT = new Set(["n", ">", "tiep", "tiếp", "sau"]);
const PREV = new Set(["p", "<", "truoc", "trước"]);
const QUIT = new Set(["/thoat", "/quit", "/exit", "thoat", "exit", "quit"]);
const PAGER_HINT = "Gõ n để xem trang sau, p để xem trang trước.";
const NO_LIST = "Chưa có danh sách nào đang mở để lật trang. Gõ một lệnh trước, ví dụ /moi hoặc /tinh Quảng Ninh.";
const ONE_PAGE = "Danh sách này chỉ có một trang.";
const LAST_PAGE = "Đây đã là trang cuối.";
const FIRST_PAGE = "Đây đã là trang đầu.";

function note(text: string): Reply {
  return { command: "page", ok: false, blocks: [{ kind: "paragraph", spans: [{ text }] }], total: 0, results: [] };
}

/** The console bot: one command per line, one answer each; ends at end of input or /thoat. */
export function createConsoleAdapter(core: Core, io: ConsoleIO, logger: Logger) {
  let pager: PagerBlock | null = null;
  let listOpen = false;

  async function answer(line: string): Promise<Reply | null> {
    const text = line.trim();
    if (!text) return null;
    const lower = text.toLowerCase();
    const next = NEXT.has(lower);
    if (next || PREV.has(lower)) {
      if (!pager) return note(listOpen ? ONE_PAGE : NO_LIST);
      const token = next ? pager.next : pager.prev;
      return token ? core.page(token) : note(next ? LAST_PAGE : FIRST_PAGE);
    }
    return core.ask(text);
  }

  async function handle(line: string): Promise<void> {
    let reply: Reply | null;
    try {
      reply = await answer(line);
    } catch (error) {
      logger.error({ err: error, input: line.slice(0, 200) }, "console: command failed");
      io.output.write("Xin lỗi, đã có lỗi khi xử lý lệnh này. Hãy thử lại.\n\n");
      return;
    }
    if (!reply) return;
    // NOTE: a note about paging keeps the list open, so `p` still works after `n` on the last page.
    if (reply.command !== "page" || reply.ok) {
      pager = (reply.blocks.find((block) => block.kind === "pager") as PagerBlock | undefined) ?? null;
      listOpen = pager !== null || reply.results.length > 0;
    }
    io.output.write(`${renderConsole(reply, { ansi: io.interactive, pagerHint: PAGER_HINT })}\n\n`);
  }

  return {
    /** Runs until the input ends; resolves when done. */
    async run(): Promise<void> {
      const lines = createInterface({ input: io.input, output: io.interactive ? io.output : undefined, terminal: io.interactive });
      const detach = io.interactive && io.log ? io.log.promptLog.attach(lines, io.output) : null;
      if (io.interactive) {
        io.output.write(`diemtin: ${core.articles.length} bài. Gõ /trogiup để xem các lệnh, /thoat để thoát.\n`);
        if (io.log) io.output.write(`Nhật ký ghi vào ${io.log.file}.\n`);
        lines.setPrompt("> ");
        lines.prompt();
      }
      // NOTE: lines are answered strictly in order, one at a time.
      for await (const line of lines) {
        if (QUIT.has(line.trim().toLowerCase())) break;
        await handle(line);
        if (io.interactive) lines.prompt();
      }
      detach?.();
      lines.close();
    },
  };
}
