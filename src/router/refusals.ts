import { messageAnswer, paragraph, type Answer } from "./answer.ts";

/** The answer where subscriptions are not available (no store, e.g. the CLI). */
export function noStoreAnswer(): Answer {
  return messageAnswer(false, paragraph("Theo dõi tin và điểm tin hằng ngày chỉ dùng được trên Telegram và Slack."));
}

/** The polite refusal for group members who are not administrators. */
export function notAllowedAnswer(): Answer {
  return messageAnswer(false, paragraph("Xin lỗi, trong nhóm này chỉ quản trị viên mới được thay đổi mục theo dõi và giờ gửi điểm tin."));
}

/** The answer where the live corpus (and so feed administration) is off. */
export function noFeedsAnswer(): Answer {
  return messageAnswer(false, paragraph("Bot chưa bật nguồn tin trực tuyến."));
}

/** The refusal for users who are not the bot's admins (`ADMIN_IDS`). */
export function notAdminAnswer(): Answer {
  return messageAnswer(false, paragraph("Lệnh này chỉ dành cho quản trị viên."));
}
