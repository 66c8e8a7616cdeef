/** `/giobantin HH:MM [zone]`: sets the chat's daily digest time and time zone. */
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import { describeTime } from "../../subscriptions/describe.ts";
import { isTimeZone } from "../../format/time-zone.ts";
import { parseDigestTime } from "../../subscriptions/local-time.ts";
import { keywordKey } from "../../subscriptions/subject.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { SubscriptionCommand } from "../command.ts";
import { digestTimeButtons } from "../subscription-answers.ts";

const VIETNAM = new Set(["vn", "vietnam", "viet nam", "gio vn", "asia/saigon"]);
const ON = new Set(["bat", "co", "on"]);
const OFF = new Set(["tat", "khong", "off"]);

/** A settings change `/giobantin` asks for: the digest time (and zone: null for Vietnam's), or sending empty digests. */
type SettingsChange = { readonly sendEmpty: boolean } | { readonly digestTime: string; readonly timezone?: string | null };

/** Reads `/giobantin` arguments into a settings change, or a usage message. */
function readChange(args: string): SettingsChange | string {
  const words = args.trim().split(/\s+/u);
  const first = keywordKey(words[0] ?? "");
  if (first === "tinrong") {
    const value = keywordKey(words[1] ?? "");
    if (ON.has(value)) return { sendEmpty: true };
    if (OFF.has(value)) return { sendEmpty: false };
    return "Cách dùng: /giobantin tinrong bat (gửi cả khi không có tin mới) hoặc /giobantin tinrong tat.";
  }
  const time = parseDigestTime(words[0] ?? "");
  if (!time) return `Giờ “${words[0] ?? ""}” không hợp lệ; hãy viết HH:MM (00:00–23:59), ví dụ /giobantin 06:30.`;
  const zoneText = words.slice(1).join(" ");
  if (!zoneText) return { digestTime: time };
  if (VIETNAM.has(keywordKey(zoneText))) return { digestTime: time, timezone: null };
  if (!isTimeZone(zoneText)) return `Múi giờ “${zoneText}” không hợp lệ; hãy dùng tên IANA, ví dụ Asia/Tokyo hoặc Europe/Berlin.`;
  return { digestTime: time, timezone: zoneText };
}

/** `/giobantin HH:MM [múi giờ]`: the chat's digest time (Vietnam time unless another IANA zone is given). */
export const giobantinCommand: SubscriptionCommand = {
  name: "giobantin",
  aliases: ["digesttime"],
  params: "<HH:MM> [múi giờ]",
  summary: "Đặt giờ gửi điểm tin hằng ngày (mặc định giờ Việt Nam)",
  example: "/giobantin 06:30",
  needs: "subscriptions",
  manages: "with-args",
  async run(args, deps, chat): Promise<Answer> {
    const service = deps.subscriptions;
    if (!args.trim()) {
      const settings = await service.settings(chat);
      return messageAnswer(
        true,
        paragraphOf(`Điểm tin gửi lúc ${describeTime(settings)} mỗi ngày. Đổi giờ: `, commandSpan(giobantinCommand.example), " [múi giờ, ví dụ Asia/Tokyo]."),
        digestTimeButtons(settings.digestTime),
      );
    }
    const change = readChange(args);
    if (typeof change === "string") return messageAnswer(false, paragraph(change));
    if ("sendEmpty" in change) {
      await service.setSendEmpty(chat, change.sendEmpty);
      return messageAnswer(true, paragraph(change.sendEmpty ? "Điểm tin sẽ gửi cả khi không có tin mới (“Không có tin mới”)." : "Ngày không có tin mới sẽ không gửi điểm tin."));
    }
    const { settings, followsNothing } = await service.setDigestTime(chat, change.digestTime, change.timezone);
    const note = followsNothing ? [" Kênh này chưa theo dõi gì: gõ /theodoi <tỉnh hoặc từ khóa>, ví dụ ", commandSpan("/theodoi Quảng Ninh"), "."] : [];
    return messageAnswer(true, paragraphOf(`Đã đặt giờ gửi điểm tin: ${describeTime(settings)} mỗi ngày.`, ...note));
  },
};
