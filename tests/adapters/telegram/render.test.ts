import { describe, expect, it } from "vitest";
import { MAX_MESSAGE_LENGTH, renderCard, renderReply } from "../../../adapters/telegram/render.ts";
import type { ArticleCardBlock, Block, Reply } from "../../../src/index.ts";
import { telegramHtmlProblems } from "./telegram-html.ts";

function reply(blocks: Block[]): Reply {
  return { command: "tim", ok: true, blocks, total: 0, results: [] };
}

const card: ArticleCardBlock = {
  kind: "article",
  id: "a",
  handle: 2,
  title: "Quảng Ninh & <GRDP>",
  date: "2026-01-27",
  dateLabel: "27 tháng 1, 2026",
  source: "TTXVN",
  url: "https://example.vn/a?x=1&y=\"2\"",
  provinces: ["Quảng Ninh"],
  snippet: [{ text: "tốc độ " }, { text: "tăng trưởng", mark: "match" }, { text: " a < b" }],
};

describe("renderReply", () => {
  it("returns command spans as deep links carrying their argument, and as plain code when links are off", () => {
    const spans = [{ text: "và 2 bài khác cùng sự kiện: " }, { text: "/bai 12", mark: "code" as const, command: "/bai 12" }];
    const linked = renderReply(reply([{ kind: "paragraph", spans }]), MAX_MESSAGE_LENGTH, { botUsername: "DiemTinBot", linkable: () => true });
    expect(linked[0]?.html).toBe('và 2 bài khác cùng sự kiện: <a href="https://t.me/DiemTinBot?start=bai_12"><b>/bai 12</b></a>');
    expect(telegramHtmlProblems(linked[0]?.html ?? "")).toEqual([]);
    expect(renderReply(reply([{ kind: "paragraph", spans }]))[0]?.html).toBe("và 2 bài khác cùng sự kiện: <code>/bai 12</code>");
  });

  it("returns action buttons as callback buttons, short labels three to a row, and drops one that does not fit 64 bytes", () => {
    const [message] = renderReply(
      reply([
        { kind: "actions", refresh: "/dangtheodoi", buttons: ["06:00", "07:00", "08:00", "12:00"].map((time) => ({ label: time, command: `/giobantin ${time}` })) },
        { kind: "actions", refresh: null, buttons: [{ label: "Dài", command: `/tim ${"ư".repeat(40)}` }, { label: "Tìm", command: "/tim giá vàng" }] },
      ]),
    );
    expect(message?.keyboard).toEqual([
      [
        { text: "06:00", callback_data: "d:/giobantin 06:00" },
        { text: "07:00", callback_data: "d:/giobantin 07:00" },
        { text: "08:00", callback_data: "d:/giobantin 08:00" },
      ],
      [{ text: "12:00", callback_data: "d:/giobantin 12:00" }],
      [{ text: "Tìm", callback_data: "r:/tim giá vàng" }],
    ]);
  });

  it("returns HTML with marks as Telegram tags and every text escaped", () => {
    const [message] = renderReply(
      reply([
        { kind: "heading", text: "Kết quả cho “<b>GRDP</b>”" },
        {
          kind: "paragraph",
          spans: [
            { text: "Số liệu: ", mark: "strong" },
            { text: "/tinh <tỉnh>", mark: "code" },
            { text: " cũ", mark: "muted" },
            { text: " nguồn", href: "https://x.vn/?a=1&b=2" },
            { text: " xấu", href: "javascript:alert(1)" },
          ],
        },
      ]),
    );
    expect(message).toEqual({
      html:
        "<b>Kết quả cho “&lt;b&gt;GRDP&lt;/b&gt;”</b>\n\n" +
        '<b>Số liệu: </b><code>/tinh &lt;tỉnh&gt;</code><i> cũ</i><a href="https://x.vn/?a=1&amp;b=2"> nguồn</a> xấu',
      disablePreview: false,
      keyboard: null,
    });
  });

  it("returns an article card with its handle, linked title, meta line and snippet, previews off, a Đọc button", () => {
    const [message] = renderReply(reply([card]));
    expect(message).toEqual({
      html:
        '<b>[2]</b> <a href="https://example.vn/a?x=1&amp;y=&quot;2&quot;"><b>Quảng Ninh &amp; &lt;GRDP&gt;</b></a>\n' +
        "<i>27 tháng 1, 2026 · TTXVN · Quảng Ninh</i>\n" +
        "tốc độ <b>tăng trưởng</b> a &lt; b",
      disablePreview: true,
      keyboard: [[{ text: "Đọc 2", callback_data: "b:2" }]],
    });
  });

  it("returns ‹ › page buttons carrying the pager tokens", () => {
    const [message] = renderReply(reply([card, { kind: "pager", page: 2, pages: 3, total: 12, prev: "AAAAAAAAAAAA:1", next: "AAAAAAAAAAAA:3" }]));
    expect(message?.html.endsWith("\n\n<i>Trang 2/3 · 12 kết quả</i>")).toBe(true);
    expect(message?.keyboard).toEqual([
      [{ text: "Đọc 2", callback_data: "b:2" }],
      [
        { text: "‹ Trang 1", callback_data: "p:AAAAAAAAAAAA:1" },
        { text: "Trang 3 ›", callback_data: "p:AAAAAAAAAAAA:3" },
      ],
    ]);
  });

  it("returns one Đọc button per card, five to a row", () => {
    const cards = Array.from({ length: 7 }, (_, index): ArticleCardBlock => ({ ...card, handle: index + 1 }));
    const [message] = renderReply(reply(cards));
    expect(message?.keyboard?.map((row) => row.map((button) => button.callback_data))).toEqual([["b:1", "b:2", "b:3", "b:4", "b:5"], ["b:6", "b:7"]]);
  });

  it("splits on block boundaries when the blocks do not fit one message, keyboard on the last", () => {
    const paragraph: Block = { kind: "paragraph", spans: [{ text: "chữ ".repeat(500).trim() }] };
    const messages = renderReply(reply([paragraph, paragraph, paragraph, { kind: "pager", page: 1, pages: 2, total: 2, prev: null, next: "AAAAAAAAAAAA:2" }]));
    expect(messages.map((message) => message.html.length <= MAX_MESSAGE_LENGTH)).toEqual([true, true]);
    expect(messages[0]?.html).toBe(`${"chữ ".repeat(500).trim()}\n\n${"chữ ".repeat(500).trim()}`);
    expect(messages.map((message) => message.keyboard !== null)).toEqual([false, true]);
  });

  it.each([
    ["words", "tăng trưởng ".repeat(1000)],
    ["one long word", "x".repeat(10_000)],
    ["escaped characters", "<&>".repeat(3000)],
    ["emoji", "😀".repeat(5000)],
    ["NFD text", "Qua\u0309ng Ninh ".normalize("NFD").repeat(900)],
  ])("splits an over-long block of %s into valid messages of at most 4096 units", (_, text) => {
    const messages = renderReply(reply([{ kind: "heading", text: "Tiêu đề" }, { kind: "paragraph", spans: [{ text, mark: "strong" }] }]));
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) {
      expect(message.html.length).toBeLessThanOrEqual(MAX_MESSAGE_LENGTH);
      expect(telegramHtmlProblems(message.html)).toEqual([]);
      expect(message.html).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    }
    const visible = messages.map((message) => message.html.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")).join("");
    expect(visible.replace(/\s+/g, "")).toBe(`Tiêu đề${text}`.replace(/\s+/g, ""));
  });

  it("cuts an over-long block at a word boundary", () => {
    const messages = renderReply(reply([{ kind: "paragraph", spans: [{ text: "một hai ba ".repeat(600) }] }]));
    expect(messages[0]?.html).toMatch(/(một|hai|ba) $/);
    expect(messages[1]?.html).toMatch(/^(một|hai|ba) /);
  });

  it("returns a short notice instead of an empty message when every block is blank", () => {
    expect(renderReply(reply([{ kind: "paragraph", spans: [{ text: "   " }] }])).map((message) => message.html)).toEqual(["Không có nội dung."]);
  });
});

describe("renderCard", () => {
  it("returns the card alone as valid HTML", () => {
    expect(telegramHtmlProblems(renderCard(card))).toEqual([]);
    expect(renderCard(card)).toBe(renderReply(reply([card]))[0]?.html);
  });
});
