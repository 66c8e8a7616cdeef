/** `/dangtheodoi`: lists the chat's subscriptions, its digest time and its status, with buttons to change them. */
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import { chatTarget } from "../../subscriptions/chat-target.ts";
import { describeStatus, describeSubscription, describeTime } from "../../subscriptions/describe.ts";
import { effectiveSettings } from "../../subscriptions/subscription-service.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { Command } from "../command.ts";
import { digestTimeButtons, noStoreAnswer, unsubscribeButtons } from "../subscription-answers.ts";

/** `/dangtheodoi`: the chat's subscriptions with a "Hủy" button each, the digest time with buttons to change it, the status. */
export const dangtheodoiCommand: Command = {
  name: "dangtheodoi",
  aliases: ["following", "subscriptions"],
  params: "",
  summary: "Các mục đang theo dõi, giờ gửi điểm tin và trạng thái",
  example: "/dangtheodoi",
  async run(_args, deps, chat): Promise<Answer> {
    const service = deps.subscriptions;
    if (!service) return noStoreAnswer();
    const { store, defaults } = service;
    const target = chatTarget(chat);
    const list = await store.subscriptionsOf(target);
    const settings = effectiveSettings(await store.settingsOf(target), defaults);
    if (list.length === 0) {
      return messageAnswer(
        true,
        paragraphOf("Kênh này chưa theo dõi gì. Gõ ", commandSpan("/theodoi Quảng Ninh"), " hoặc ", commandSpan("/theodoi giá vàng"), " để bắt đầu."),
      );
    }
    return messageAnswer(
      true,
      { kind: "heading", text: `Đang theo dõi (${list.length})` },
      ...list.map((subscription, index) => paragraph(`${index + 1}. ${describeSubscription(subscription)}`)),
      unsubscribeButtons(list),
      paragraph(`Điểm tin gửi lúc ${describeTime(settings)} mỗi ngày; ${settings.sendEmpty ? "cả khi không có tin mới" : "không gửi khi không có tin mới"}.`),
      digestTimeButtons(settings.digestTime),
      paragraph(`Trạng thái: ${describeStatus(await store.statusOf(target))}.`),
      paragraphOf("Giờ khác: ", commandSpan("/giobantin 06:30"), " · Bỏ một mục: /huytheodoi <số> · Xem trước: ", commandSpan("/diemtin")),
    );
  },
};
