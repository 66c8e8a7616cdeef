/** `/huytheodoi <số|mục|tatca>`: removes one of the chat's subscriptions, or all of them. */
import { describeSubscription } from "../../subscriptions/describe.ts";
import { keywordKey } from "../../subscriptions/subject.ts";
import type { UnfollowSelector } from "../../subscriptions/subscription-results.ts";
import type { Subscription } from "../../store/index.ts";
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { SubscriptionCommand } from "../command.ts";
import { unsubscribeButtons, whoDid } from "../subscription-answers.ts";

const ALL = new Set(["tatca", "tat ca", "all", "het", "tat"]);

function numbered(list: readonly Subscription[]): string {
  return list.map((subscription, index) => `${index + 1}. ${describeSubscription(subscription)}`).join("; ");
}

/** Reads what `/huytheodoi` was given: `#id` (a button), nothing, `tatca`, a number or words. */
function readSelector(typed: string): UnfollowSelector {
  const byId = /^#(\d{1,12})$/.exec(typed);
  if (byId) return { by: "id", id: Number(byId[1]) };
  if (!typed) return { by: "nothing" };
  if (ALL.has(keywordKey(typed))) return { by: "all" };
  if (/^\d+$/.test(typed)) return { by: "position", position: Number(typed) };
  return { by: "words", typed };
}

/** `/huytheodoi <tỉnh, từ khóa, số thứ tự | tatca>`: unsubscribes the chat from one topic or all. */
export const huytheodoiCommand: SubscriptionCommand = {
  name: "huytheodoi",
  aliases: ["unfollow", "unsubscribe"],
  params: "<tỉnh, từ khóa, số | tatca>",
  summary: "Bỏ theo dõi một mục (hoặc tatca để bỏ hết)",
  example: "/huytheodoi Quảng Ninh",
  needs: "subscriptions",
  manages: true,
  async run(args, deps, chat): Promise<Answer> {
    const typed = args.trim();
    const result = await deps.subscriptions.unfollow(chat, readSelector(typed));
    switch (result.kind) {
      case "nothing-to-remove": {
        // NOTE: a "Hủy" button pressed twice, or on an old list, lands here.
        const { list } = result;
        const gone = result.alreadyRemoved ? "Mục này đã được bỏ theo dõi trước đó. " : "";
        const rest = list.length === 0 ? "Kênh này chưa theo dõi gì." : `Đang theo dõi: ${numbered(list)}.`;
        const start = list.length === 0 ? [" Gõ ", commandSpan("/theodoi Quảng Ninh"), " để bắt đầu."] : [];
        return messageAnswer(false, paragraphOf(`${gone}${rest}`, ...start));
      }
      case "no-selection":
        return messageAnswer(
          false,
          paragraph(`Cách dùng: ${huytheodoiCommand.example}, /huytheodoi <số> hoặc /huytheodoi tatca. Đang theo dõi: ${numbered(result.list)}.`),
          unsubscribeButtons(result.list),
        );
      case "removed-all":
        return messageAnswer(true, paragraph(`Đã bỏ ${result.count} mục theo dõi. Kênh này sẽ không nhận điểm tin nữa.`));
      case "not-found":
        return messageAnswer(false, paragraph(`Kênh này không theo dõi “${typed}”. Đang theo dõi: ${numbered(result.list)}. Gõ /huytheodoi <số> để bỏ một mục.`));
      case "removed": {
        const { rest } = result;
        const tail = rest.length > 0 ? `Còn theo dõi: ${rest.map(describeSubscription).join("; ")}.` : "Kênh này không còn theo dõi gì và sẽ không nhận điểm tin nữa.";
        return messageAnswer(true, paragraph(`${whoDid(chat)} bỏ theo dõi ${describeSubscription(result.subscription)}.`), paragraph(tail));
      }
    }
  },
};
