/** `/diemtin`: shows now what the chat's next digest would contain. */
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import { formatDay } from "../../format/index.ts";
import { describeTime } from "../../subscriptions/describe.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { SubscriptionCommand } from "../command.ts";

/** `/diemtin`: what the chat's next digest would contain, shown now. */
export const diemtinCommand: SubscriptionCommand = {
  name: "diemtin",
  aliases: ["digest", "xemtruoc"],
  params: "",
  summary: "Xem trước điểm tin kế tiếp của kênh này",
  example: "/diemtin",
  needs: "subscriptions",
  async run(_args, deps, chat): Promise<Answer> {
    const preview = await deps.subscriptions.preview(chat, deps);
    if (preview.kind === "nothing-followed") {
      return messageAnswer(false, paragraphOf("Kênh này chưa theo dõi gì. Gõ ", commandSpan("/theodoi Quảng Ninh"), " hoặc ", commandSpan("/theodoi giá vàng"), " để nhận điểm tin."));
    }
    const when = paragraph(`Xem trước điểm tin gửi lúc ${describeTime(preview.settings)} ngày ${formatDay(preview.date)}:`);
    if (preview.kind === "nothing-new") {
      const since = preview.sinceLastDigest ? "kể từ điểm tin trước" : "kể từ khi bắt đầu theo dõi";
      return messageAnswer(true, when, paragraph(`Chưa có tin mới ${since}.`));
    }
    const { content } = preview;
    return { ok: true, head: [when, ...content.reply.blocks], items: [], total: content.articleIds.length };
  },
};
