/** `/tinhthanh`: lists the 34 provinces and cities with their article counts. */
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import { listProvinces } from "../../places/index.ts";
import type { Span } from "../../reply/blocks.ts";
import { paragraph, type Answer } from "../answer.ts";
import type { Command } from "../command.ts";

/** `/tinhthanh`: the 34 provinces and cities with their article counts. */
export const tinhthanhCommand: Command = {
  name: "tinhthanh",
  aliases: ["dstinh"],
  params: "",
  summary: "34 tỉnh, thành và số bài của mỗi nơi",
  example: "/tinhthanh",
  run(_args, { corpus }): Answer {
    const counts = listProvinces().map((province) => {
      const { primary, mentioned } = corpus.byProvince(province.id);
      return { province, primary: primary.length, mentioned: mentioned.length };
    });
    const withNews = counts.filter((row) => row.primary + row.mentioned > 0).sort((a, b) => b.primary - a.primary || b.mentioned - a.mentioned);
    const without = counts.filter((row) => row.primary + row.mentioned === 0);
    const lines: Span[] = withNews.flatMap((row, index) => [
      { text: index === 0 ? "" : "\n" },
      { text: row.province.name, mark: "strong" as const, command: `/tinh ${row.province.name}` },
      { text: `: ${row.primary} bài${row.mentioned > 0 ? `, ${row.mentioned} bài nhắc tới` : ""}` },
    ]);
    const head = [
      { kind: "heading" as const, text: "Tỉnh, thành (từ 1/7/2025)" },
      ...(lines.length > 0 ? [{ kind: "paragraph" as const, spans: lines.filter((span) => span.text !== "") }] : []),
      ...(without.length > 0 ? [paragraph(`Chưa có bài: ${without.map((row) => row.province.name).join(", ")}.`)] : []),
      paragraphOf("Xem tin một nơi: /tinh <tên>, ví dụ ", commandSpan("/tinh Quảng Ninh")),
    ];
    return { ok: true, head, items: [], total: 0 };
  },
};
