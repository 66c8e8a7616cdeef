/** `/moi [n]`: lists the newest articles. */
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { Command } from "../command.ts";
import { articleCard, leadSnippet } from "../../reply/cards.ts";

// NOTE: the most /moi lists, whatever n the user asks for.
const MAX_NEWEST = 100;

/** `/moi [n]`: the newest articles. */
export const moiCommand: Command = {
  name: "moi",
  aliases: ["moinhat", "new"],
  params: "[số bài]",
  summary: "Các bài mới nhất",
  example: "/moi 10",
  run(args, { corpus }): Answer {
    const count = args ? Number(args) : MAX_NEWEST;
    if (!Number.isInteger(count) || count < 1) {
      return messageAnswer(false, paragraph(`Cách dùng: /moi [số bài], ví dụ ${moiCommand.example} (từ 1 đến ${MAX_NEWEST}).`));
    }
    const newest = corpus.newest.slice(0, Math.min(count, MAX_NEWEST));
    if (newest.length === 0) return messageAnswer(false, paragraph("Chưa có bài nào trong kho tin."));
    const items = newest.map((article) => ({ id: article.id, score: 0, render: () => [articleCard(article, leadSnippet(article))] }));
    return { ok: true, head: [{ kind: "heading", text: "Tin mới nhất" }], items, total: corpus.articles.length };
  },
};
