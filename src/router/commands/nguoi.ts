/** `/nguoi <họ tên>`: lists the articles naming a person, with the title held in each. */
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import { makeSnippet } from "../../reply/snippet.ts";
import { indexTerms } from "../../text/index.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { Command } from "../command.ts";
import { personKey } from "../../corpus/corpus-index.ts";
import { articleCard } from "../../reply/cards.ts";

// NOTE: how many candidate names /nguoi lists when a partial name matches several people.
const MAX_CANDIDATES = 8;
// NOTE: UTF-16 units of a card's snippet, the title held included.
const SNIPPET_CHARS = 200;

/** `/nguoi <tên>`: articles naming a person, with the title held in each. */
export const nguoiCommand: Command = {
  name: "nguoi",
  aliases: ["nhanvat"],
  params: "<họ tên>",
  summary: "Bài nhắc tới một người, kèm chức danh trong từng bài",
  example: "/nguoi Tô Lâm",
  run(args, { corpus }): Answer {
    const key = personKey(args);
    if (key.length < 2) return messageAnswer(false, paragraphOf("Cách dùng: /nguoi <họ tên>, ví dụ ", commandSpan(nguoiCommand.example), "."));
    const exact = corpus.people.get(key);
    const candidates = exact
      ? [exact]
      : [...corpus.people.entries()].filter(([name]) => name.endsWith(` ${key}`) || name.startsWith(`${key} `) || name.includes(` ${key} `)).map(([, entry]) => entry);
    if (candidates.length === 0) return messageAnswer(false, paragraph(`Không có bài nào nhắc tới “${args}”. Hãy gõ đủ họ tên, ví dụ ${nguoiCommand.example}.`));
    if (candidates.length > 1) {
      const names = candidates.sort((a, b) => b.mentions.length - a.mentions.length).slice(0, MAX_CANDIDATES).map((entry) => entry.name);
      return messageAnswer(false, paragraph(`Có ${candidates.length} người khớp “${args}”: ${names.join(", ")}. Hãy gõ đủ họ tên.`));
    }
    const person = candidates[0] as NonNullable<typeof exact>;
    const titles = [...new Set(person.mentions.map((mention) => mention.person.title).filter((title): title is string => title !== null))];
    const head = [
      { kind: "heading" as const, text: person.name },
      paragraph(`Được nhắc trong ${person.mentions.length} bài.${titles.length > 0 ? ` Chức danh: ${titles.join("; ")}.` : ""}`),
    ];
    const terms = indexTerms(person.name);
    // NOTE: each card shows the sentence naming the person, led by the title they held in that
    // article unless the sentence already says it.
    const items = person.mentions.map(({ article, person: mention }) => ({
      id: article.id,
      score: 1,
      render: () => {
        const held = mention.title ? `${mention.title}: ` : "";
        const sentence = makeSnippet(article, terms, SNIPPET_CHARS - held.length);
        const shown = sentence.map((span) => span.text).join("").toLowerCase();
        const lead = mention.title && !shown.includes(mention.title.toLowerCase()) ? [{ text: held, mark: "strong" as const }] : [];
        return [articleCard(article, [...lead, ...sentence])];
      },
    }));
    return { ok: true, head, items };
  },
};
