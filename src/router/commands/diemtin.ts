/** `/diemtin`: shows now what the chat's next digest would contain. */
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import { composeForTarget } from "../../digest/compose-for-target.ts";
import { nextDigestDate } from "../../digest/next-digest.ts";
import { formatDay } from "../../format/index.ts";
import { chatTarget } from "../../subscriptions/chat-target.ts";
import { describeTime } from "../../subscriptions/describe.ts";
import { effectiveSettings } from "../../subscriptions/subscription-service.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { Command } from "../command.ts";
import { noStoreAnswer } from "../subscription-answers.ts";

/** `/diemtin`: what the chat's next digest would contain, shown now. */
export const diemtinCommand: Command = {
  name: "diemtin",
  aliases: ["digest", "xemtruoc"],
  params: "",
  summary: "Xem trước điểm tin kế tiếp của kênh này",
  example: "/diemtin",
  async run(_args, deps, chat): Promise<Answer> {
    const service = deps.subscriptions;
    if (!service) return noStoreAnswer();
    const { store, defaults, clock, eventOf } = service;
    const target = chatTarget(chat);
    const subscriptions = await store.subscriptionsOf(target);
    if (subscriptions.length === 0) {
      return messageAnswer(false, paragraphOf("Kênh này chưa theo dõi gì. Gõ ", commandSpan("/theodoi Quảng Ninh"), " hoặc ", commandSpan("/theodoi giá vàng"), " để nhận điểm tin."));
    }
    const settings = effectiveSettings(await store.settingsOf(target), defaults);
    const now = clock.now();
    const firstSubscribedAt = Math.min(...subscriptions.map((item) => item.createdAt));
    const date = await nextDigestDate(now, settings, firstSubscribedAt, (day) => store.deliveryOn(target, day));
    const when = paragraph(`Xem trước điểm tin gửi lúc ${describeTime(settings)} ngày ${formatDay(date)}:`);
    const content = await composeForTarget(target, { store, deps, eventOf, windowEnd: now.getTime(), localDate: date });
    if (!content) {
      const since = (await store.lastWindowEnd(target)) === null ? "kể từ khi bắt đầu theo dõi" : "kể từ điểm tin trước";
      return messageAnswer(true, when, paragraph(`Chưa có tin mới ${since}.`));
    }
    return { ok: true, head: [when, ...content.reply.blocks], items: [], total: content.articleIds.length };
  },
};
