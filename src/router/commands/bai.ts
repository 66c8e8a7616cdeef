/** `/bai <số>`: shows one article in full, paged when long, by its handle or file id. */
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import type { Article } from "../../model/article.ts";
import type { Block, Span } from "../../reply/blocks.ts";
import { formatLongDay } from "../../format/index.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { Command, CommandDeps } from "../command.ts";
import { chunkParagraphs } from "../chunk-paragraphs.ts";
import { provinceNames } from "../../reply/cards.ts";

// NOTE: characters of article text per page; under Slack's 3,000 per section and well under
// Telegram's 4,096 per message once markup is added.
export const ARTICLE_PAGE_CHARS = 2500;

function findArticle(args: string, { corpus }: CommandDeps): Article | undefined {
  const handle = /^#?(\d{1,7})$/.exec(args);
  return handle ? corpus.byHandle(Number(handle[1])) : corpus.byId(args);
}

function metaLine(article: Article): Span[] {
  const parts = [formatLongDay(article.date), article.source, article.author ? `Tác giả: ${article.author}` : null];
  const spans: Span[] = [{ text: parts.filter(Boolean).join(" · "), mark: "muted" }];
  const provinces = provinceNames(article.provinces.primary);
  if (provinces.length > 0) spans.push({ text: ` · ${provinces.join(", ")}`, mark: "muted" });
  return spans;
}

/** `/bai <số>`: one article in full, paged when long. */
export const baiCommand: Command = {
  name: "bai",
  aliases: ["doc", "read"],
  params: "<số bài>",
  summary: "Đọc toàn văn một bài",
  example: "/bai 2",
  run(args, deps): Answer {
    if (!args) return messageAnswer(false, paragraphOf("Cách dùng: /bai <số bài>, ví dụ ", commandSpan(baiCommand.example), ". Số bài có trong mỗi kết quả."));
    const article = findArticle(args, deps);
    if (!article) return messageAnswer(false, paragraphOf(`Không có bài “${args}”. Gõ `, commandSpan("/moi"), " để xem các bài mới."));
    const head: Block[] = [{ kind: "heading", text: article.title }, { kind: "paragraph", spans: metaLine(article) }];
    const body = [article.lead, ...article.paragraphs].filter(Boolean);
    const pages = chunkParagraphs(body, ARTICLE_PAGE_CHARS);
    const items = pages.map((page, index) => ({
      render: (): Block[] => {
        const blocks: Block[] = page.map((text) => paragraph(text));
        if (index === pages.length - 1 && article.url) {
          blocks.push({ kind: "paragraph", spans: [{ text: "Nguồn: " }, { text: article.url, href: article.url }] });
        }
        return blocks;
      },
    }));
    return { ok: true, head, items, pageSize: 1, total: 1 };
  },
};
