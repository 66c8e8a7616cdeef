/** `/nguon [them|xoa <url>]`: lists the feeds with their state; admins add or remove one. */
import { isAdmin } from "../../live/is-admin.ts";
import { redactUrl } from "../../live/redact-url.ts";
import type { Block, Span } from "../../reply/blocks.ts";
import { foldText } from "../../text/index.ts";
import { formatNumber, VIETNAM_OFFSET_MS } from "../../format/index.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { Command } from "../command.ts";
import type { FeedRecord } from "../../store/feed-store.ts";

/** A feed time shown in Vietnam time ("07:05 27/01/2026"), "chưa lấy" when never fetched. */
function vietnamTime(iso: string | null): string {
  if (!iso) return "chưa lấy";
  const at = new Date(Date.parse(iso) + VIETNAM_OFFSET_MS).toISOString();
  return `${at.slice(11, 16)} ${at.slice(8, 10)}/${at.slice(5, 7)}/${at.slice(0, 4)}`;
}

const STATUS_LABELS: Readonly<Record<string, string>> = {
  new: "chưa lấy",
  ok: "tốt",
  "not-modified": "tốt (không đổi)",
  error: "lỗi",
};

function feedBlock(feed: FeedRecord): Block {
  const spans: Span[] = [
    { text: feed.label ? `${feed.label} ` : "", mark: "strong" },
    { text: redactUrl(feed.url), mark: "code" },
    {
      text: ` — lấy lúc ${vietnamTime(feed.lastFetchAt)}, ${STATUS_LABELS[feed.status] ?? feed.status}, ${formatNumber(feed.itemCount)} bài` +
        (feed.failures > 1 ? `, lỗi ${feed.failures} lần liền` : ""),
    },
  ];
  if (feed.lastError) spans.push({ text: ` — lỗi gần nhất: ${feed.lastError}`, mark: "muted" });
  return { kind: "paragraph", spans: spans.filter((span) => span.text) };
}

const USAGE = "Cách dùng: /nguon (danh sách), /nguon them <url> [tên], /nguon xoa <url>.";

/** `/nguon`: the feeds (admins only): their state; `them <url>` adds one, `xoa <url>` removes one. */
export const nguonCommand: Command = {
  name: "nguon",
  aliases: ["feeds"],
  params: "[them|xoa <url>]",
  summary: "Quản lý nguồn tin RSS/Atom (chỉ quản trị viên)",
  example: "/nguon them https://vnexpress.net/rss/thoi-su.rss VnExpress",
  run(args, deps, chat): Answer {
    const feeds = deps.feeds;
    if (!feeds) return messageAnswer(false, paragraph("Bot chưa bật nguồn tin trực tuyến."));
    if (!isAdmin(feeds.adminIds, chat)) return messageAnswer(false, paragraph("Lệnh này chỉ dành cho quản trị viên."));
    const [verb = "", url = "", ...label] = args.trim().split(/\s+/u);
    const action = foldText(verb.toLowerCase());
    if (!action) {
      const list = feeds.list();
      if (list.length === 0) return messageAnswer(true, paragraph(`Chưa có nguồn nào. ${USAGE}`));
      return messageAnswer(true, { kind: "heading", text: `Nguồn tin (${formatNumber(list.length)})` }, ...list.map(feedBlock));
    }
    if ((action === "them" || action === "xoa") && !url) return messageAnswer(false, paragraph(USAGE));
    if (action === "them") {
      const result = feeds.add(url, label.join(" ") || null);
      if (result.ok) return messageAnswer(true, paragraph(`Đã thêm nguồn ${redactUrl(result.url)}; bot sẽ lấy tin ngay.`));
      return messageAnswer(false, paragraph(result.reason === "exists" ? `Nguồn ${redactUrl(url)} đã có trong danh sách.` : `“${redactUrl(url)}” không phải địa chỉ http(s) hợp lệ.`));
    }
    if (action === "xoa") {
      return feeds.remove(url)
        ? messageAnswer(true, paragraph(`Đã xóa nguồn ${redactUrl(url)}; các bài đã lấy vẫn được giữ.`))
        : messageAnswer(false, paragraph(`Không có nguồn ${redactUrl(url)} trong danh sách.`));
    }
    return messageAnswer(false, paragraph(USAGE));
  },
};
