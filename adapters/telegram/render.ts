import { PANEL_COMMAND, pagerLabel, type ActionsBlock, type ArticleCardBlock, type Block, type Reply, type Span } from "../../src/index.ts";
import { encodeCallback } from "./callback-data.ts";
import { deepLinkUrl } from "./deep-link.ts";
import { escapeAttribute, escapeHtml, isLinkTarget } from "./html.ts";

// NOTE: Telegram's limit is 4,096 characters (UTF-16 units) of message text after entity
// parsing; the renderer keeps the HTML source itself under it, which is always safe.
/** Longest message the renderer produces, in UTF-16 units of HTML. */
export const MAX_MESSAGE_LENGTH = 4096;

/** One inline keyboard button (callback buttons only). */
export interface InlineButton {
  readonly text: string;
  readonly callback_data: string;
}

/** One Telegram message ready to send with `parse_mode: "HTML"`. */
export interface TelegramMessage {
  readonly html: string;
  /** Whether link previews are turned off (lists of articles). */
  readonly disablePreview: boolean;
  /** Rows of buttons, only ever on the last message of a reply; null when none. */
  readonly keyboard: readonly (readonly InlineButton[])[] | null;
}

/** How command references become links: the bot's username, and which lines may be linked. */
export interface RenderLinks {
  /** The bot's username for t.me deep links; no links when null. */
  readonly botUsername: string | null;
  /** Whether a command line may become a deep link (not commands that change a group from a private chat). */
  readonly linkable: (line: string) => boolean;
}

const NO_LINKS: RenderLinks = { botUsername: null, linkable: () => false };

/** A run of text with the markup around it; the text is escaped when it is written. */
interface Piece {
  readonly open: string;
  readonly text: string;
  readonly close: string;
}

const BLOCK_SEPARATOR = "\n\n";
const READ_BUTTONS_PER_ROW = 5;
// NOTE: a split part shorter than this is not worth starting on the current message.
const MIN_PART = 32;

function plain(text: string): Piece {
  return { open: "", text, close: "" };
}

function commandLink(span: Span, links: RenderLinks): string | null {
  if (!span.command || !links.botUsername || !links.linkable(span.command)) return null;
  return deepLinkUrl(links.botUsername, span.command);
}

function spanPiece(span: Span, links: RenderLinks): Piece {
  // NOTE: a command shown as a deep link is not <code>: a link's text may not be code, and
  // plain "/bai 2" would become Telegram's own command link, which drops the argument.
  const link = span.href && isLinkTarget(span.href) ? span.href : commandLink(span, links);
  const tag = span.mark === "code" ? (link ? "b" : "code") : span.mark === "muted" ? "i" : span.mark ? "b" : null;
  let open = tag ? `<${tag}>` : "";
  let close = tag ? `</${tag}>` : "";
  if (link) {
    open = `<a href="${escapeAttribute(link)}">${open}`;
    close = `${close}</a>`;
  }
  return { open, text: span.text, close };
}

function cardPieces(card: ArticleCardBlock, links: RenderLinks = NO_LINKS): Piece[] {
  const title = card.url && isLinkTarget(card.url)
    ? { open: `<a href="${escapeAttribute(card.url)}"><b>`, text: card.title, close: "</b></a>" }
    : { open: "<b>", text: card.title, close: "</b>" };
  const meta = [card.dateLabel, card.source, card.provinces.join(", ")].filter(Boolean).join(" · ");
  const pieces: Piece[] = [{ open: "<b>", text: `[${card.handle}]`, close: "</b>" }, plain(" "), title, plain("\n"), { open: "<i>", text: meta, close: "</i>" }];
  if (card.snippet.length > 0) pieces.push(plain("\n"), ...card.snippet.map((span) => spanPiece(span, links)));
  return pieces;
}

function blockPieces(block: Block, links: RenderLinks): Piece[] {
  switch (block.kind) {
    case "heading":
      return [{ open: "<b>", text: block.text, close: "</b>" }];
    case "paragraph":
      return block.spans.map((span) => spanPiece(span, links));
    case "article":
      return cardPieces(block, links);
    case "pager":
      return [{ open: "<i>", text: pagerLabel(block), close: "</i>" }];
    case "actions":
    case "file":
      return [];
  }
}

function piecesHtml(pieces: readonly Piece[]): string {
  return pieces.map((piece) => (piece.text ? piece.open + escapeHtml(piece.text) + piece.close : "")).join("");
}

/** The longest prefix of `text` whose escaped form fits in `room`, cut at a space when one is near. */
function cutText(text: string, room: number): string {
  let used = 0;
  let end = 0;
  for (const char of text) {
    const size = char === "&" ? 5 : char === "<" || char === ">" ? 4 : char.length;
    if (used + size > room) break;
    used += size;
    end += char.length;
  }
  if (end >= text.length) return text;
  let space = end - 1;
  while (space > 0 && !/\s/u.test(text[space] as string)) space -= 1;
  if (space > end / 2) return text.slice(0, space + 1);
  // NOTE: never separate a combining mark (NFD text) from its base letter.
  while (end > 1 && /\p{M}/u.test(text[end] ?? "")) end -= 1;
  return text.slice(0, Math.max(end, 1));
}

/** Splits an over-long block into parts of at most `limit` units, each with balanced tags. */
function splitPieces(pieces: readonly Piece[], limit: number): string[] {
  const parts: string[] = [];
  let current = "";
  for (const piece of pieces) {
    let rest = piece.text;
    const overhead = piece.open.length + piece.close.length;
    const markup = overhead < limit / 2 ? piece : plain(piece.text);
    while (rest) {
      const room = limit - current.length - (markup.open.length + markup.close.length);
      if (room < Math.min(MIN_PART, escapeHtml(rest).length) && current) {
        parts.push(current);
        current = "";
        continue;
      }
      const taken = cutText(rest, room);
      current += markup.open + escapeHtml(taken) + markup.close;
      rest = rest.slice(taken.length);
      if (rest) {
        parts.push(current);
        current = "";
        rest = rest.trimStart();
      }
    }
  }
  if (current) parts.push(current);
  return parts;
}

function isBlank(html: string): boolean {
  return html.replace(/<[^>]*>/g, "").trim() === "";
}

// NOTE: short labels (times) go three to a row, longer ones (Hủy Quảng Ninh) two.
const SHORT_LABEL = 8;

function actionRows(block: ActionsBlock): InlineButton[][] {
  const then = block.refresh === PANEL_COMMAND ? "panel" : "answer";
  const buttons = block.buttons.flatMap((button): InlineButton[] => {
    const data = encodeCallback({ kind: "run", line: button.command, then });
    return data ? [{ text: button.label, callback_data: data }] : [];
  });
  const perRow = buttons.every((button) => button.text.length <= SHORT_LABEL) ? 3 : 2;
  const rows: InlineButton[][] = [];
  for (let index = 0; index < buttons.length; index += perRow) rows.push(buttons.slice(index, index + perRow));
  return rows;
}

function keyboardOf(reply: Reply): InlineButton[][] {
  const rows: InlineButton[][] = reply.blocks.flatMap((block) => (block.kind === "actions" ? actionRows(block) : []));
  const reads = reply.blocks.flatMap((block): InlineButton[] => {
    if (block.kind !== "article") return [];
    const data = encodeCallback({ kind: "read", handle: block.handle });
    return data ? [{ text: `Đọc ${block.handle}`, callback_data: data }] : [];
  });
  for (let index = 0; index < reads.length; index += READ_BUTTONS_PER_ROW) rows.push(reads.slice(index, index + READ_BUTTONS_PER_ROW));
  const pager = reply.blocks.find((block) => block.kind === "pager");
  if (pager) {
    const row: InlineButton[] = [];
    const prev = pager.prev ? encodeCallback({ kind: "page", token: pager.prev }) : null;
    const next = pager.next ? encodeCallback({ kind: "page", token: pager.next }) : null;
    if (prev) row.push({ text: `‹ Trang ${pager.page - 1}`, callback_data: prev });
    if (next) row.push({ text: `Trang ${pager.page + 1} ›`, callback_data: next });
    if (row.length > 0) rows.push(row);
  }
  return rows;
}

/**
 * Renders a core reply as Telegram HTML messages: blocks are packed into messages of at most
 * `limit` units, an over-long block is split at a word boundary, command references become
 * t.me deep links carrying their arguments (`links`), the keyboard (action buttons, one "Đọc"
 * button per article, ‹ › pages) goes on the last message.
 */
export function renderReply(reply: Reply, limit: number = MAX_MESSAGE_LENGTH, links: RenderLinks = NO_LINKS): TelegramMessage[] {
  const texts: string[] = [];
  let current = "";
  for (const block of reply.blocks) {
    const pieces = blockPieces(block, links);
    const html = piecesHtml(pieces);
    if (isBlank(html)) continue;
    const joined = current ? current + BLOCK_SEPARATOR + html : html;
    if (joined.length <= limit) {
      current = joined;
      continue;
    }
    if (current) texts.push(current);
    current = "";
    if (html.length <= limit) {
      current = html;
      continue;
    }
    const parts = splitPieces(pieces, limit);
    texts.push(...parts.slice(0, -1));
    current = parts.at(-1) ?? "";
  }
  if (current) texts.push(current);
  const kept = texts.filter((text) => !isBlank(text));
  if (kept.length === 0) kept.push(escapeHtml("Không có nội dung."));
  const disablePreview = reply.blocks.some((block) => block.kind === "article");
  const keyboard = keyboardOf(reply);
  return kept.map((html, index) => ({
    html,
    disablePreview,
    keyboard: index === kept.length - 1 && keyboard.length > 0 ? keyboard : null,
  }));
}

/** Renders one article card alone, as the message an inline query result sends. */
export function renderCard(card: ArticleCardBlock): string {
  const html = piecesHtml(cardPieces(card));
  return html.length <= MAX_MESSAGE_LENGTH ? html : (splitPieces(cardPieces(card), MAX_MESSAGE_LENGTH)[0] ?? "");
}
