/** `/dangtheodoi`: lists the chat's subscriptions, its digest time and its status, with buttons to change them. */
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import { describeStatus, describeSubscription, describeTime } from "../../subscriptions/describe.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { SubscriptionCommand } from "../command.ts";
import { digestTimeButtons, unsubscribeButtons } from "../subscription-answers.ts";

/** `/dangtheodoi`: the chat's subscriptions with a "Hủy" button each, the digest time with buttons to change it, the status. */
export const dangtheodoiCommand: SubscriptionCommand = {
  name: "dangtheodoi",
  aliases: ["following", "subscriptions"],
  params: "",
  summary: "Các mục đang theo dõi, giờ gửi điểm tin và trạng thái",
  example: "/dangtheodoi",
  needs: "subscriptions",
  async run(_args, deps, chat): Promise<Answer> {
    const { subscriptions: list, settings, status } = await deps.subscriptions.overview(chat);
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
      paragraph(`Trạng thái: ${describeStatus(status)}.`),
      paragraphOf("Giờ khác: ", commandSpan("/giobantin 06:30"), " · Bỏ một mục: /huytheodoi <số> · Xem trước: ", commandSpan("/diemtin")),
    );
  },
};
