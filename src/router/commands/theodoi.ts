/** `/theodoi <tỉnh hoặc từ khóa>`: subscribes the chat to a province or keywords and shows the latest matches. */
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import { compareNewestFirst } from "../../model/compare-articles.ts";
import type { Block } from "../../reply/blocks.ts";
import { describeSubscription, describeTime } from "../../subscriptions/describe.ts";
import { matchSubscription } from "../../subscriptions/match-subscription.ts";
import { parseSubject } from "../../subscriptions/subject.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { SubscriptionCommand } from "../command.ts";
import { articleCard, leadSnippet } from "../../reply/cards.ts";
import { whoDid } from "../subscription-answers.ts";

// NOTE: how many latest matching articles the confirmation shows, once.
const SAMPLE_SIZE = 3;

/** `/theodoi <tỉnh hoặc từ khóa> [-từ loại trừ]`: subscribes the chat (or forum topic) to a digest topic. */
export const theodoiCommand: SubscriptionCommand = {
  name: "theodoi",
  aliases: ["follow", "subscribe"],
  params: "<tỉnh hoặc từ khóa>",
  summary: "Nhận điểm tin hằng ngày về một tỉnh hoặc từ khóa; thêm -từ để loại trừ",
  example: "/theodoi Quảng Ninh -thể thao",
  needs: "subscriptions",
  manages: true,
  async run(args, deps, chat): Promise<Answer> {
    const subject = parseSubject(args);
    if (subject.kind === "empty") {
      return messageAnswer(false, paragraphOf("Cách dùng: /theodoi <tỉnh hoặc từ khóa>, ví dụ ", commandSpan(theodoiCommand.example)));
    }
    if (subject.kind === "ambiguous") {
      const names = subject.options.flatMap((province, index) => [index > 0 ? ", " : "", commandSpan(`/theodoi ${province.name}`, province.name)]);
      return messageAnswer(
        false,
        paragraphOf(`“${subject.typed}” có thể thuộc: `, ...names, ". Hãy gõ rõ tên tỉnh, hoặc đặt trong ngoặc kép để theo dõi như từ khóa: ", commandSpan(`/theodoi "${subject.typed}"`)),
      );
    }
    const { kind, subscription, settings, all } = await deps.subscriptions.follow(chat, subject);
    const created = kind === "followed";
    const head: Block[] = [{ kind: "heading", text: created ? "Đã theo dõi" : "Đã cập nhật theo dõi" }];
    if (subject.via) head.push(paragraph(subject.via));
    head.push(paragraph(`${whoDid(chat)} ${created ? "thêm" : "cập nhật"} ${describeSubscription(subscription)}. Điểm tin gửi lúc ${describeTime(settings)} mỗi ngày.`));
    head.push(paragraph(`Đang theo dõi (${all.length}): ${all.map(describeSubscription).join("; ")}.`));
    const latest = matchSubscription(subscription, deps, () => true).sort(compareNewestFirst).slice(0, SAMPLE_SIZE);
    if (latest.length === 0) {
      head.push(paragraph("Chưa có bài nào khớp; bài mới sẽ có trong điểm tin."));
      return messageAnswer(true, ...head);
    }
    head.push({ kind: "heading", text: `${latest.length} bài mới nhất` });
    const items = latest.map((article) => ({ id: article.id, score: 0, render: () => [articleCard(article, leadSnippet(article))] }));
    return { ok: true, head, items, pageSize: SAMPLE_SIZE };
  },
};
