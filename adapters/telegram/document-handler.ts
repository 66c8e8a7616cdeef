import type { Context } from "grammy";
import type { Core, Logger } from "../../src/index.ts";
import { addressOf, chatContextOf } from "./chat-context.ts";
import type { ReplySender } from "./reply-sender.ts";

/** Largest document the bot downloads (an OPML list of a thousand feeds is about 200 KB). */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 30_000;
const OPML_FILE = /\.(opml|xml)$/i;

/** Short messages of the document handler. */
export const DOCUMENT_MESSAGES = {
  tooLarge: "Tệp quá lớn (tối đa 1 MB).",
  unreadable: "Không tải được tệp này từ Telegram. Hãy gửi lại sau.",
} as const;

/** Where the Bot API serves a file: `<root>/file/bot<token>/<path>`. NOTE: the URL holds the token; never log it. */
function fileUrl(apiRoot: string, token: string, path: string): string {
  return `${apiRoot.replace(/\/+$/, "")}/file/bot${token}/${path.split("/").map(encodeURIComponent).join("/")}`;
}

/** Downloads a file's text, at most `MAX_DOCUMENT_BYTES`, within a deadline; null when it fails. */
async function download(url: string): Promise<string | null> {
  const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok || !response.body) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > MAX_DOCUMENT_BYTES) return null;
    chunks.push(chunk);
  }
  return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
}

/**
 * Creates the handler of documents sent to the bot: an `.opml` (or `.xml`) file is downloaded
 * through the Bot API's file endpoint and handed to the core, which imports its feeds for
 * admins. In groups other documents are ignored; in private chats they get a one-line answer.
 */
export function createDocumentHandler(core: Core, sender: ReplySender, deps: { readonly apiRoot: string; readonly token: string; readonly logger: Logger }) {
  return async (ctx: Context): Promise<"answered" | "ignored"> => {
    const document = ctx.message?.document;
    if (!document) return "ignored";
    const chat = chatContextOf(ctx);
    const name = document.file_name ?? "";
    const isOpml = OPML_FILE.test(name) || document.mime_type === "text/x-opml";
    if (!isOpml && chat.chatKind !== "private") return "ignored";
    const answer = async (text: string) =>
      sender.send(addressOf(chat), { command: "nguon", ok: false, blocks: [{ kind: "paragraph", spans: [{ text }] }], total: 0, results: [] });
    if (!isOpml) {
      await sender.send(addressOf(chat), await core.attach({ name, text: "" }, { chat }));
      return "answered";
    }
    if ((document.file_size ?? 0) > MAX_DOCUMENT_BYTES) {
      await answer(DOCUMENT_MESSAGES.tooLarge);
      return "answered";
    }
    const file = await ctx.api.getFile(document.file_id);
    let text: string | null = null;
    try {
      text = file.file_path ? await download(fileUrl(deps.apiRoot, deps.token, file.file_path)) : null;
    } catch (error) {
      deps.logger.warn({ chatId: chat.chatId, err: error instanceof Error ? error.name : String(error) }, "telegram: document download failed");
    }
    if (text === null) {
      await answer(DOCUMENT_MESSAGES.unreadable);
      return "answered";
    }
    await sender.send(addressOf(chat), await core.attach({ name: OPML_FILE.test(name) ? name : `${name}.opml`, text }, { chat }));
    return "answered";
  };
}
