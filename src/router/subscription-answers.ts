import { messageAnswer, paragraph, type Answer } from "./answer.ts";

/** The answer where subscriptions are not available (no store, e.g. the CLI). */
export function noStoreAnswer(): Answer {
  return messageAnswer(false, paragraph("Theo dõi tin và điểm tin hằng ngày chỉ dùng được trên Telegram và Slack."));
}

/** The polite refusal for group members who are not administrators. */
export function notAllowedAnswer(): Answer {
  return messageAnswer(false, paragraph("Xin lỗi, trong nhóm này chỉ quản trị viên mới được thay đổi mục theo dõi và giờ gửi điểm tin."));
}
