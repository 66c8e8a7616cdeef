import type { Context } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import type { ArticleCardBlock, Core } from "../../src/index.ts";
import { chatContextOf } from "./chat-context.ts";
import { isLinkTarget } from "./html.ts";
import { renderCard } from "./render.ts";

// NOTE: Telegram accepts at most 50 results per answer; the issue asks for 20.
/** Articles per inline answer. */
export const INLINE_PAGE_SIZE = 20;
const MAX_TITLE = 256;
const MAX_DESCRIPTION = 300;
// NOTE: seconds Telegram may cache an answer; the corpus changes a few times an hour.
const CACHE_SECONDS = 60;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The inline result of one article card: its title, date and snippet (and its URL when http(s)); it sends the card. */
export function inlineResult(card: ArticleCardBlock): InlineQueryResultArticle {
  const snippet = card.snippet.map((span) => span.text).join("");
  return {
    type: "article",
    id: String(card.handle),
    title: clip(card.title, MAX_TITLE) || `Bài ${card.handle}`,
    description: clip([card.dateLabel, snippet].filter(Boolean).join(" · "), MAX_DESCRIPTION),
    ...(card.url && isLinkTarget(card.url) ? { url: card.url } : {}),
    input_message_content: { message_text: renderCard(card), parse_mode: "HTML" },
  };
}

/**
 * Creates the inline query handler: `@ThisBot quang ninh` searches (an empty query shows the
 * newest articles), up to 20 results, further pages through `next_offset` (a pager token).
 */
export function createInlineHandler(core: Core) {
  return async (ctx: Context): Promise<void> => {
    const query = ctx.inlineQuery;
    if (!query) return;
    const chat = chatContextOf(ctx);
    const text = query.query.trim();
    const reply = query.offset
      ? await core.page(query.offset, { chat })
      : await core.ask(text || "/moi", { pageSize: INLINE_PAGE_SIZE, chat });
    const cards = reply.blocks.filter((block): block is ArticleCardBlock => block.kind === "article");
    const pager = reply.blocks.find((block) => block.kind === "pager");
    await ctx.answerInlineQuery(cards.map(inlineResult), { cache_time: CACHE_SECONDS, next_offset: pager?.next ?? "" });
  };
}
