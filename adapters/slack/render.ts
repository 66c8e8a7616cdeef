import type { types } from "@slack/bolt";
import { pagerLabel, type ActionsBlock, type ArticleCardBlock, type Block, type FileBlock, type PagerBlock, type Reply, type Span } from "../../src/index.ts";
import { ACTION_PAGE_NEXT, ACTION_PAGE_PREV, ACTION_READ_PREFIX, ACTION_RUN_PREFIX, ACTION_SHARE, runValue } from "./action-ids.ts";
import { MAX_ACTIONS_ELEMENTS, MAX_BLOCKS, MAX_BUTTON_VALUE, MAX_CONTEXT_TEXT, MAX_FALLBACK_TEXT, MAX_HEADER_TEXT, MAX_SECTION_TEXT } from "./limits.ts";
import { escapeMrkdwn, splitSpans, spansToMrkdwn } from "./mrkdwn.ts";

/** A Block Kit block the renderer writes. */
export type SlackBlock = types.KnownBlock;

/** One Slack message: Block Kit blocks and the plain-text fallback (`text`). */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: SlackBlock[];
}

/** Options of the renderer. */
export interface RenderOptions {
  /** Stored reply id the "Chia sẻ vào kênh" button posts; no share button when null or absent. */
  readonly shareId?: string | null;
  /** A plain-text line shown first in small print ("Do An chia sẻ"); escaped like any text. */
  readonly note?: string | null;
  /** The channel command buttons act on when pressed outside it (the App Home); null in the channel itself. */
  readonly channel?: string | null;
}

/** A rendered block and the reply block it came from (for the fallback text). */
interface Part {
  readonly block: SlackBlock;
  readonly source: Block;
}

/** Label of the share button. */
export const SHARE_LABEL = "Chia sẻ vào kênh";
/** Label of the read buttons. */
export const READ_LABEL = "Đọc";
const PREV_LABEL = "‹ Trang trước";
const NEXT_LABEL = "Trang sau ›";
// NOTE: escaping can make text up to 5 times longer (`&` → `&amp;`), so a note this long always fits a context element.
const MAX_NOTE = Math.floor(MAX_CONTEXT_TEXT / 5) - 1;
const TRIMMED_NOTE = "Câu trả lời quá dài cho một tin nhắn Slack nên đã được rút gọn. Hãy thu hẹp câu hỏi.";

function button(text: string, actionId: string, value: string): types.Button {
  return { type: "button", text: { type: "plain_text", text, emoji: true }, action_id: actionId, value };
}

function mrkdwn(text: string): types.MrkdwnElement {
  // NOTE: verbatim stops Slack from turning bare URLs, #channels and @here into links or mentions.
  return { type: "mrkdwn", text, verbatim: true };
}

function sections(spans: readonly Span[], source: Block): Part[] {
  return splitSpans(spans, MAX_SECTION_TEXT).map((run) => ({ block: { type: "section", text: mrkdwn(spansToMrkdwn(run)) }, source }));
}

function cardSpans(card: ArticleCardBlock): Span[] {
  const meta = [`#${card.handle}`, card.dateLabel, card.source, card.provinces.join(", ")].filter(Boolean).join(" · ");
  const title: Span = card.url ? { text: card.title, mark: "strong", href: card.url } : { text: card.title, mark: "strong" };
  return [title, { text: "\n" }, { text: meta, mark: "muted" }, ...(card.snippet.length > 0 ? [{ text: "\n" }, ...card.snippet] : [])];
}

function cardParts(card: ArticleCardBlock, index: number): Part[] {
  const parts = sections(cardSpans(card), card);
  const first = parts[0];
  if (!first) return [];
  const accessory = button(READ_LABEL, `${ACTION_READ_PREFIX}${index}`, String(card.handle));
  parts[0] = { ...first, block: { ...(first.block as types.SectionBlock), accessory } };
  return parts;
}

function actionParts(block: ActionsBlock, index: number, channel: string | null): Part[] {
  const elements = block.buttons.slice(0, MAX_ACTIONS_ELEMENTS).flatMap((item, position): types.Button[] => {
    const value = runValue({ line: item.command, refresh: block.refresh, channel });
    if (!value) return [];
    // NOTE: action ids are unique per view; the Home tab shows several channels' panels.
    const made = button(item.label, `${ACTION_RUN_PREFIX}${index}_${position}${channel ? `_${channel}` : ""}`, value);
    return [item.style === "danger" ? { ...made, style: "danger" } : item.style === "selected" ? { ...made, style: "primary" } : made];
  });
  return elements.length > 0 ? [{ block: { type: "actions", elements }, source: block }] : [];
}

// NOTE: room for the code fence and for escaping inside a section's 3,000 characters.
const SNIPPET_CHUNK = 2400;

/** A file as a snippet: its name, then its text in code blocks of whole lines. */
function snippetParts(block: FileBlock): Part[] {
  const chunks: string[] = [];
  let current = "";
  for (const line of block.text.split("\n")) {
    const piece = line.length > SNIPPET_CHUNK ? line.slice(0, SNIPPET_CHUNK) : line;
    if (current && current.length + piece.length + 1 > SNIPPET_CHUNK) {
      chunks.push(current);
      current = "";
    }
    current = current ? `${current}\n${piece}` : piece;
  }
  if (current) chunks.push(current);
  const title: Part = { block: { type: "section", text: mrkdwn(`*${escapeMrkdwn(block.name)}*`) }, source: block };
  return [title, ...chunks.map((chunk): Part => ({ block: { type: "section", text: mrkdwn(`\`\`\`${escapeMrkdwn(chunk)}\`\`\``) }, source: block }))];
}

function blockParts(block: Block, index: number, channel: string | null = null): Part[] {
  switch (block.kind) {
    case "heading": {
      const text = block.text.trim();
      if (!text) return [];
      if (text.length <= MAX_HEADER_TEXT) return [{ block: { type: "header", text: { type: "plain_text", text, emoji: true } }, source: block }];
      return sections([{ text, mark: "strong" }], block);
    }
    case "paragraph":
      return sections(block.spans, block);
    case "article":
      return cardParts(block, index);
    case "pager":
      return [];
    case "actions":
      return actionParts(block, index, channel);
    case "file":
      return snippetParts(block);
  }
}

/** The closing blocks: the page line and one actions block with paging and share buttons. */
function footerParts(reply: Reply, options: RenderOptions): Part[] {
  const pager = reply.blocks.find((block): block is PagerBlock => block.kind === "pager");
  const parts: Part[] = [];
  const buttons: types.Button[] = [];
  if (pager) {
    const text = escapeMrkdwn(pagerLabel(pager)).slice(0, MAX_CONTEXT_TEXT);
    parts.push({ block: { type: "context", elements: [mrkdwn(text)] }, source: pager });
    if (pager.prev && pager.prev.length <= MAX_BUTTON_VALUE) buttons.push(button(PREV_LABEL, ACTION_PAGE_PREV, pager.prev));
    if (pager.next && pager.next.length <= MAX_BUTTON_VALUE) buttons.push(button(NEXT_LABEL, ACTION_PAGE_NEXT, pager.next));
  }
  if (options.shareId) buttons.push(button(SHARE_LABEL, ACTION_SHARE, options.shareId));
  if (buttons.length > 0) parts.push({ block: { type: "actions", elements: buttons }, source: pager ?? { kind: "paragraph", spans: [] } });
  return parts;
}

function plainText(block: Block): string {
  switch (block.kind) {
    case "heading":
      return block.text;
    case "paragraph":
      return block.spans.map((span) => span.text).join("");
    case "article":
      return `#${block.handle} ${block.title} (${block.dateLabel})`;
    case "pager":
      return pagerLabel(block);
    case "actions":
      return "";
    case "file":
      return block.name;
  }
}

/** The plain-text fallback of reply blocks: escaped, without links or marks, at most `MAX_FALLBACK_TEXT`, cut at a word. */
export function fallbackText(blocks: readonly Block[]): string {
  const text = escapeMrkdwn(blocks.map(plainText).filter((line) => line.trim()).join("\n")) || "diemtin";
  if (text.length <= MAX_FALLBACK_TEXT) return text;
  // NOTE: the cut never ends inside an entity (`&amp;`) or a surrogate pair.
  const cut = text.slice(0, MAX_FALLBACK_TEXT - 1).replace(/&[a-z]{0,3}$/, "").replace(/[\ud800-\udbff]$/, "");
  const space = cut.search(/\s\S*$/);
  return `${(space > MAX_FALLBACK_TEXT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function contentParts(reply: Reply, options: RenderOptions): Part[] {
  const parts = reply.blocks.flatMap((block, index) => blockParts(block, index, options.channel ?? null));
  const note = options.note?.trim();
  if (!note) return parts;
  const source: Block = { kind: "paragraph", spans: [{ text: note }] };
  const text = escapeMrkdwn(note.length > MAX_NOTE ? `${note.slice(0, MAX_NOTE)}…` : note);
  return [{ block: { type: "context", elements: [mrkdwn(text)] }, source }, ...parts];
}

function message(parts: readonly Part[]): SlackMessage {
  const sources = [...new Set(parts.map((part) => part.source))];
  return { text: fallbackText(sources), blocks: parts.map((part) => part.block) };
}

/**
 * Renders a reply as one Slack message: at most `MAX_BLOCKS` blocks (an overlong reply is cut
 * with a note), sections of at most `MAX_SECTION_TEXT` characters, user text escaped.
 */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage {
  const footer = footerParts(reply, options);
  let content = contentParts(reply, options);
  const room = MAX_BLOCKS - footer.length;
  if (content.length > room) {
    const note: Block = { kind: "paragraph", spans: [{ text: TRIMMED_NOTE, mark: "muted" }] };
    content = [...content.slice(0, room - 1), ...sections(note.spans, note)];
  }
  return message([...content, ...footer]);
}

/**
 * Renders a reply as one or more Slack messages of at most `MAX_BLOCKS` blocks each, nothing
 * cut (outgoing posts); the paging and share buttons are on the last message.
 */
export function renderReplyMessages(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  const parts = [...contentParts(reply, options), ...footerParts(reply, options)];
  const messages: SlackMessage[] = [];
  for (let start = 0; start < parts.length; start += MAX_BLOCKS) messages.push(message(parts.slice(start, start + MAX_BLOCKS)));
  return messages.length > 0 ? messages : [message([])];
}

/** A one-paragraph message (notices, apologies): escaped, split into sections if long. */
export function renderNotice(text: string): SlackMessage {
  const block: Block = { kind: "paragraph", spans: [{ text }] };
  return message(sections(block.spans, block).slice(0, MAX_BLOCKS));
}

/** The plain text of a reply, for logs and announcements (not escaped). */
export function replyText(reply: Reply): string {
  return reply.blocks.map(plainText).filter((line) => line.trim()).join("\n");
}
