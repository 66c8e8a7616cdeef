import { describe, expect, it } from "vitest";
import { renderConsole } from "../../../adapters/console/render.ts";
import type { Reply } from "../../../src/index.ts";

const reply: Reply = {
  command: "tim",
  ok: true,
  total: 7,
  results: [{ id: "a", score: 1 }],
  blocks: [
    { kind: "heading", text: "Kết quả cho “<b>GRDP</b>”" },
    { kind: "paragraph", spans: [{ text: "Số liệu: ", mark: "strong" }, { text: "GRDP 11,89%" }] },
    {
      kind: "article",
      id: "a",
      handle: 2,
      title: "Quảng Ninh & GRDP",
      date: "2026-01-27",
      dateLabel: "27/1/2026",
      source: "TTXVN",
      url: null,
      provinces: ["Quảng Ninh"],
      snippet: [{ text: "tốc độ " }, { text: "tăng trưởng", mark: "match" }, { text: " GRDP" }],
    },
    { kind: "pager", page: 1, pages: 2, total: 7, prev: null, next: "k:2" },
  ],
};

describe("renderConsole", () => {
  it("returns plain text with every block, markup characters untouched", () => {
    expect(renderConsole(reply, { pagerHint: "Gõ n." })).toBe(
      [
        "== Kết quả cho “<b>GRDP</b>” ==",
        "Số liệu: GRDP 11,89%",
        "[2] Quảng Ninh & GRDP\n    27/1/2026 · TTXVN · Quảng Ninh\n    tốc độ tăng trưởng GRDP",
        "Trang 1/2 · 7 kết quả. Gõ n.",
      ].join("\n\n"),
    );
  });

  it("returns no ANSI codes unless asked", () => {
    expect(renderConsole(reply)).not.toMatch(/\u001b/);
    expect(renderConsole(reply, { ansi: true })).toContain("\u001b[1m\u001b[4mtăng trưởng\u001b[0m");
  });
});
