/** `/giobantin HH:MM [zone]`: sets the chat's daily digest time and time zone. */
import { commandSpan, paragraphOf } from "../../reply/command-span.ts";
import { chatTarget } from "../../subscriptions/chat-target.ts";
import { describeTime } from "../../subscriptions/describe.ts";
import { isTimeZone } from "../../format/time-zone.ts";
import { parseDigestTime } from "../../subscriptions/local-time.ts";
import { keywordKey } from "../../subscriptions/subject.ts";
import { effectiveSettings } from "../../subscriptions/subscription-service.ts";
import type { ChatSettings } from "../../store/index.ts";
import { messageAnswer, paragraph, type Answer } from "../answer.ts";
import type { Command } from "../command.ts";
import { digestTimeButtons, noStoreAnswer, notAllowedAnswer } from "../subscription-answers.ts";

const VIETNAM = new Set(["vn", "vietnam", "viet nam", "gio vn", "asia/saigon"]);
const ON = new Set(["bat", "co", "on"]);
const OFF = new Set(["tat", "khong", "off"]);

/** Reads `/giobantin` arguments into a settings change, or a usage message. */
function readPatch(args: string): Partial<ChatSettings> | string {
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
export const giobantinCommand: Command = {
  name: "giobantin",
  aliases: ["digesttime"],
  params: "<HH:MM> [múi giờ]",
  summary: "Đặt giờ gửi điểm tin hằng ngày (mặc định giờ Việt Nam)",
  example: "/giobantin 06:30",
  manages: true,
  async run(args, deps, chat): Promise<Answer> {
    const service = deps.subscriptions;
    if (!service) return noStoreAnswer();
    const { store, defaults, clock } = service;
    const target = chatTarget(chat);
    if (!args.trim()) {
      const settings = effectiveSettings(await store.settingsOf(target), defaults);
      return messageAnswer(
        true,
        paragraphOf(`Điểm tin gửi lúc ${describeTime(settings)} mỗi ngày. Đổi giờ: `, commandSpan(giobantinCommand.example), " [múi giờ, ví dụ Asia/Tokyo]."),
        digestTimeButtons(settings.digestTime),
      );
    }
    if (!chat.canManage) return notAllowedAnswer();
    const patch = readPatch(args);
    if (typeof patch === "string") return messageAnswer(false, paragraph(patch));
    await store.updateSettings(target, patch, clock.now().getTime());
    const settings = effectiveSettings(await store.settingsOf(target), defaults);
    if (patch.sendEmpty !== undefined) {
      return messageAnswer(true, paragraph(patch.sendEmpty ? "Điểm tin sẽ gửi cả khi không có tin mới (“Không có tin mới”)." : "Ngày không có tin mới sẽ không gửi điểm tin."));
    }
    const empty = (await store.subscriptionsOf(target)).length === 0;
    const note = empty ? [" Kênh này chưa theo dõi gì: gõ /theodoi <tỉnh hoặc từ khóa>, ví dụ ", commandSpan("/theodoi Quảng Ninh"), "."] : [];
    return messageAnswer(true, paragraphOf(`Đã đặt giờ gửi điểm tin: ${describeTime(settings)} mỗi ngày.`, ...note));
  },
};
