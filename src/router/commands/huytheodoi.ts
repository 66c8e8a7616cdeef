/** `/huytheodoi <số|mục|tatca>`: removes one of the chat's subscriptions, or all of them. */
import { chatTarget } from "../../subscriptions/chat-target.ts";
import { describeSubscription } from "../../subscriptions/describe.ts";
import { keywordKey, parseSubject } from "../../subscriptions/subject.ts";
import type { Subscription } from "../../store/index.ts";
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { Command } from "../command.ts";
import { noStoreAnswer, notAllowedAnswer, unsubscribeButtons } from "../subscription-answers.ts";

const ALL = new Set(["tatca", "tat ca", "all", "het", "tat"]);

function numbered(list: readonly Subscription[]): string {
  return list.map((subscription, index) => `${index + 1}. ${describeSubscription(subscription)}`).join("; ");
}

/** `/huytheodoi <tỉnh, từ khóa, số thứ tự | tatca>`: unsubscribes the chat from one topic or all. */
export const huytheodoiCommand: Command = {
  name: "huytheodoi",
  aliases: ["unfollow", "unsubscribe"],
  params: "<tỉnh, từ khóa, số | tatca>",
  summary: "Bỏ theo dõi một mục (hoặc tatca để bỏ hết)",
  example: "/huytheodoi Quảng Ninh",
  manages: true,
  async run(args, deps, chat): Promise<Answer> {
    const service = deps.subscriptions;
    if (!service) return noStoreAnswer();
    if (!chat.canManage) return notAllowedAnswer();
    const { store } = service;
    const target = chatTarget(chat);
    const list = await store.subscriptionsOf(target);
    const typed = args.trim();
    const byId = /^#(\d{1,12})$/.exec(typed);
    if (list.length === 0 || (byId && !list.some((item) => item.id === Number(byId[1])))) {
      // NOTE: a "Hủy" button pressed twice, or on an old list, lands here.
      const gone = byId ? "Mục này đã được bỏ theo dõi trước đó. " : "";
      const rest = list.length === 0 ? "Kênh này chưa theo dõi gì." : `Đang theo dõi: ${numbered(list)}.`;
      const start = list.length === 0 ? [" Gõ ", commandSpan("/theodoi Quảng Ninh"), " để bắt đầu."] : [];
      return messageAnswer(false, paragraphOf(`${gone}${rest}`, ...start));
    }
    if (!typed) {
      return messageAnswer(
        false,
        paragraph(`Cách dùng: ${huytheodoiCommand.example}, /huytheodoi <số> hoặc /huytheodoi tatca. Đang theo dõi: ${numbered(list)}.`),
        unsubscribeButtons(list),
      );
    }
    if (ALL.has(keywordKey(typed))) {
      const removed = await store.unsubscribeAll(target);
      return messageAnswer(true, paragraph(`Đã bỏ ${removed} mục theo dõi. Kênh này sẽ không nhận điểm tin nữa.`));
    }
    let found: Subscription | undefined;
    if (byId) {
      found = list.find((item) => item.id === Number(byId[1]));
    } else if (/^\d+$/.test(typed)) {
      found = list[Number(typed) - 1];
    } else {
      const subject = parseSubject(typed);
      if (subject.kind === "province" || subject.kind === "keyword") {
        found = list.find((item) => item.kind === subject.kind && item.value === subject.value);
        found ??= list.find((item) => item.kind === "keyword" && item.value === keywordKey(typed));
      }
    }
    if (!found) {
      return messageAnswer(false, paragraph(`Kênh này không theo dõi “${typed}”. Đang theo dõi: ${numbered(list)}. Gõ /huytheodoi <số> để bỏ một mục.`));
    }
    await store.unsubscribe(target, found.id);
    const rest = list.filter((item) => item.id !== found.id);
    const tail = rest.length > 0 ? `Còn theo dõi: ${rest.map(describeSubscription).join("; ")}.` : "Kênh này không còn theo dõi gì và sẽ không nhận điểm tin nữa.";
    // NOTE: Telegram groups learn who changed what here; the Slack adapter announces it itself.
    const who = chat.platform === "telegram" && chat.chatKind !== "private" && chat.userName ? `${chat.userName} đã` : "Đã";
    return messageAnswer(true, paragraph(`${who} bỏ theo dõi ${describeSubscription(found)}.`), paragraph(tail));
  },
};
