/** `/nguon [them|xoa <url>|xuat]`: lists the feeds with their state; admins add or remove one, or take the list as OPML. */
import { redactUrl } from "../../live/redact-url.ts";
import type { Block, Span } from "../../reply/blocks.ts";
import { foldText } from "../../text/index.ts";
import { formatNumber, formatVietnamTime } from "../../format/index.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { FeedCommand } from "../command.ts";
import type { FeedsService } from "../../live/feeds-service.ts";
import { MAX_OPML_FEEDS, readOpmlFeeds, type OpmlFeeds } from "../../live/opml.ts";
import type { FeedRecord } from "../../store/feed-store.ts";

/** A feed time shown in Vietnam time ("07:05 27/01/2026"), "chưa lấy" when never fetched. */
function vietnamTime(iso: string | null): string {
  if (!iso) return "chưa lấy";
  return formatVietnamTime(Date.parse(iso), "HH:mm dd/MM/yyyy");
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

const USAGE = "Cách dùng: /nguon (danh sách), /nguon them <url> [tên], /nguon xoa <url>, /nguon xuat (tệp OPML); gửi một tệp .opml cho bot để nhập nguồn.";
/** The name of the OPML file `/nguon xuat` returns. */
export const OPML_FILE_NAME = "diemtin-nguon.opml";

/** The answer to an OPML feed list a user sent: its feeds added, with what was skipped and why. */
function importOpml(text: string, feeds: FeedsService): Answer {
  let read: OpmlFeeds;
  try {
    read = readOpmlFeeds(text);
  } catch {
    return messageAnswer(false, paragraph("Tệp này không phải OPML (danh sách nguồn tin của các trình đọc RSS)."));
  }
  let added = 0;
  let existing = 0;
  for (const feed of read.feeds) {
    const result = feeds.add(feed.url, feed.label);
    if (result.ok) added += 1;
    else if (result.reason === "exists") existing += 1;
  }
  const invalid = read.invalid + (read.feeds.length - added - existing);
  const parts = [`Đã nhập ${formatNumber(added)} nguồn mới từ tệp OPML`];
  if (existing > 0) parts.push(`${formatNumber(existing)} nguồn đã có`);
  if (invalid > 0) parts.push(`${formatNumber(invalid)} địa chỉ không hợp lệ bị bỏ qua`);
  if (read.skipped > 0) parts.push(`${formatNumber(read.skipped)} nguồn vượt giới hạn ${formatNumber(MAX_OPML_FEEDS)} bị bỏ qua`);
  return messageAnswer(read.feeds.length > 0, paragraph(`${parts.join("; ")}.${added > 0 ? " Bot sẽ lấy tin ngay." : ""}`));
}

/** `/nguon`: the feeds (admins only): their state; `them <url>` adds one, `xoa <url>` removes one, `xuat` returns them as an OPML file. */
export const nguonCommand: FeedCommand = {
  name: "nguon",
  aliases: ["feeds"],
  params: "[them|xoa <url>|xuat]",
  summary: "Quản lý nguồn tin RSS/Atom (chỉ quản trị viên)",
  example: "/nguon them https://vnexpress.net/rss/thoi-su.rss VnExpress",
  needs: "feeds",
  adminsOnly: true,
  run(args, deps): Answer {
    const { feeds } = deps;
    const [verb = "", url = "", ...label] = args.trim().split(/\s+/u);
    const action = foldText(verb.toLowerCase());
    if (!action) {
      const list = feeds.list();
      if (list.length === 0) return messageAnswer(true, paragraph(`Chưa có nguồn nào. ${USAGE}`));
      return messageAnswer(true, { kind: "heading", text: `Nguồn tin (${formatNumber(list.length)})` }, ...list.map(feedBlock));
    }
    if (action === "xuat" || action === "export") {
      const { count, opml } = feeds.exportOpml();
      return messageAnswer(
        true,
        paragraph(`${formatNumber(count)} nguồn tin trong tệp OPML ${OPML_FILE_NAME}; trình đọc RSS nào cũng nhập được.`),
        { kind: "file", name: OPML_FILE_NAME, mimeType: "text/x-opml", text: opml },
      );
    }
    if (action === "nhap" || action === "import") {
      return messageAnswer(false, paragraph("Để nhập nguồn, gửi tệp .opml cho bot (Telegram: chat riêng; CLI: diemtin feeds import <tệp>)."));
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

/** A feed list sent as an OPML file: its feeds added (admins only); not typed, so not in the command list. */
export const opmlImportCommand: FeedCommand = {
  ...nguonCommand,
  aliases: [],
  params: "<tệp .opml>",
  summary: "Nhập nguồn tin từ tệp OPML (chỉ quản trị viên)",
  run: (text, deps) => importOpml(text, deps.feeds),
};
