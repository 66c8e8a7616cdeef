/** `/moi [n]`: lists the newest articles. */
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import { formatNumber } from "../../format/index.ts";
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
    const count = args ? Number(args) : Number.POSITIVE_INFINITY;
    if (count !== Number.POSITIVE_INFINITY && (!Number.isInteger(count) || count < 1)) {
      return messageAnswer(false, paragraphOf("Cách dùng: /moi [số bài], ví dụ ", commandSpan(moiCommand.example), ` (từ 1 đến ${MAX_NEWEST}).`));
    }
    const newest = corpus.newest.slice(0, Math.min(count, MAX_NEWEST));
    if (newest.length === 0) return messageAnswer(false, paragraph("Chưa có bài nào trong kho tin."));
    const items = newest.map((article) => ({ id: article.id, score: 0, render: () => [articleCard(article, leadSnippet(article))] }));
    const head = [{ kind: "heading", text: "Tin mới nhất" } as const];
    if (count > MAX_NEWEST && corpus.articles.length > MAX_NEWEST) {
      // NOTE: the total shown under the list is what can be paged; the archive size is said here.
      return { ok: true, head: [...head, paragraph(`${formatNumber(newest.length)} bài mới nhất trong ${formatNumber(corpus.articles.length)} bài; bài cũ hơn: /tim hoặc /tinh.`)], items };
    }
    return { ok: true, head, items };
  },
};
