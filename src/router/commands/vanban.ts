/** `/vanban <số hiệu>`: lists the articles citing a document. */
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import type { Article } from "../../model/article.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { Command } from "../command.ts";
import { documentKey } from "../../corpus/corpus-index.ts";
import { articleCard } from "../../reply/cards.ts";

// NOTE: words people type before a code ("Nghị quyết số 24-CT/TW"); only the code is kept.
const CODE = /\d+[\p{L}\p{N}\-/.Đđ]*/u;

/** `/vanban <số hiệu>`: articles citing a document. */
export const vanbanCommand: Command = {
  name: "vanban",
  aliases: ["vb"],
  params: "<số hiệu>",
  summary: "Bài dẫn một văn bản (nghị quyết, chỉ thị, kết luận…)",
  example: "/vanban 24-CT/TW",
  run(args, { corpus }): Answer {
    const typed = CODE.exec(args)?.[0];
    if (!typed) return messageAnswer(false, paragraphOf("Cách dùng: /vanban <số hiệu>, ví dụ ", commandSpan(vanbanCommand.example), "."));
    const key = documentKey(typed);
    const exact = corpus.documents.get(key);
    const matches = exact ? [exact] : [...corpus.documents.entries()].filter(([code]) => code.startsWith(key)).map(([, entry]) => entry);
    if (matches.length === 0) return messageAnswer(false, paragraph(`Không có bài nào dẫn văn bản “${typed}”.`));
    const articles = [...new Set(matches.flatMap((entry) => entry.articles))];
    const codes = matches.map((entry) => entry.code).join(", ");
    const head = [{ kind: "heading" as const, text: `Văn bản ${codes}` }, paragraph(`${articles.length} bài dẫn văn bản này.`)];
    const items = articles.map((article: Article) => ({
      id: article.id,
      score: 1,
      render: () => [articleCard(article, [{ text: "Dẫn " }, { text: matches.filter((m) => m.articles.includes(article)).map((m) => m.code).join(", "), mark: "code" }])],
    }));
    return { ok: true, head, items };
  },
};
