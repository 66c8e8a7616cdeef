import type { ActionsBlock } from "../reply/blocks.ts";
import type { ChatContext } from "../model/chat.ts";
import type { Subscription } from "../store/index.ts";

/** The command line a panel's buttons leave the chat on: the subscriptions and the digest time. */
export const PANEL_COMMAND = "/dangtheodoi";

/** Digest times offered as buttons; the chat's own time is added when it is not among them. */
export const DIGEST_TIME_CHOICES: readonly string[] = ["06:00", "06:30", "07:00", "08:00", "12:00", "18:00"];

// NOTE: a button label longer than this is cut with "…"; phones show about this much.
const MAX_LABEL = 28;

function shortLabel(text: string): string {
  return text.length <= MAX_LABEL ? text : `${text.slice(0, MAX_LABEL - 1).trimEnd()}…`;
}

/** The `/huytheodoi` line that removes one subscription by its stored id, whatever its place in the list. */
export function unsubscribeLine(subscription: Pick<Subscription, "id">): string {
  return `/huytheodoi #${subscription.id}`;
}

/** One "Hủy" button per subscription; pressing one removes it and shows the panel again. */
export function unsubscribeButtons(list: readonly Subscription[]): ActionsBlock {
  return {
    kind: "actions",
    buttons: list.map((subscription) => ({ label: shortLabel(`Hủy ${subscription.label}`), command: unsubscribeLine(subscription), style: "danger" as const })),
    refresh: PANEL_COMMAND,
  };
}

/** Buttons that set the digest time, the current one marked; pressing one shows the panel again. */
export function digestTimeButtons(current: string): ActionsBlock {
  const times = DIGEST_TIME_CHOICES.includes(current) ? DIGEST_TIME_CHOICES : [...DIGEST_TIME_CHOICES, current].sort();
  return {
    kind: "actions",
    buttons: times.map((time) => ({ label: time === current ? `✓ ${time}` : time, command: `/giobantin ${time}`, ...(time === current ? { style: "selected" as const } : {}) })),
    refresh: PANEL_COMMAND,
  };
}

/**
 * How a change is announced: "Lan đã" in Telegram groups, which learn who changed what here;
 * else "Đã" (the Slack adapter announces changes itself).
 */
export function whoDid(chat: ChatContext): string {
  return chat.platform === "telegram" && chat.chatKind !== "private" && chat.userName ? `${chat.userName} đã` : "Đã";
}
