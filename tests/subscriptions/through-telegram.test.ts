import { describe, expect, it } from "vitest";
import { useSubscribedTelegram, type TelegramHarness } from "../adapters/telegram/harness.ts";
import { textMessage, USER } from "../adapters/telegram/updates.ts";

const GROUP = -2001;
const FORUM = -3001;

const start = useSubscribedTelegram();

/** Sends a text update and returns the first message the bot sent back (text and topic). */
async function say(h: TelegramHarness, text: string, options: Parameters<typeof textMessage>[1] = {}) {
  const before = h.fake.callsOf("sendMessage").length;
  h.fake.pushUpdate(textMessage(text, options));
  const calls = await h.fake.waitForCalls("sendMessage", before + 1);
  const call = calls[before];
  return { text: String(call?.payload.text ?? ""), threadId: call?.payload.message_thread_id as number | undefined, chatId: call?.payload.chat_id as number };
}

function values(list: readonly { value: string }[]): string[] {
  return list.map((item) => item.value);
}

describe("subscriptions through the Telegram adapter (fake Bot API)", () => {
  it("returns a polite refusal to group members and lets administrators subscribe and unsubscribe", async () => {
    const { h, harness } = await start();
    const target = { platform: "telegram" as const, chatId: String(GROUP), threadId: null };

    expect((await say(h, "/theodoi Quảng Ninh", { chatId: GROUP })).text).toContain("chỉ quản trị viên");
    expect(h.fake.callsOf("getChatMember").map((call) => call.payload)).toEqual([{ chat_id: GROUP, user_id: USER.id }]);
    expect(await harness.store.subscriptionsOf(target)).toEqual([]);

    h.fake.setChatMember(GROUP, USER.id, "administrator");
    const added = await say(h, "/theodoi Hạ Long -thể thao", { chatId: GROUP });
    expect(added.text).toContain("Hạ Long");
    expect(added.text).toContain("Lan Nguyễn đã thêm tỉnh Quảng Ninh (trừ “thể thao”)");
    expect(await say(h, "/theodoi giá vàng", { chatId: GROUP })).toMatchObject({ chatId: GROUP });
    expect(await harness.store.subscriptionsOf(target)).toMatchObject([
      { kind: "province", value: "quang-ninh", typed: "Hạ Long", excludes: ["thể thao"], addedBy: String(USER.id), addedByName: "Lan Nguyễn" },
      { kind: "keyword", value: "gia vang" },
    ]);

    h.fake.setChatMember(GROUP, USER.id, "member");
    expect((await say(h, "/huytheodoi tatca", { chatId: GROUP })).text).toContain("chỉ quản trị viên");
    expect((await say(h, "/giobantin 06:30", { chatId: GROUP })).text).toContain("chỉ quản trị viên");
    const listed = await say(h, "/dangtheodoi", { chatId: GROUP });
    expect(listed.text).toContain("1. tỉnh Quảng Ninh (trừ “thể thao”)");
    expect(listed.text).toContain("2. từ khóa “giá vàng”");
    expect(listed.text).toContain("07:00 (giờ Việt Nam)");
    expect(values(await harness.store.subscriptionsOf(target))).toEqual(["quang-ninh", "gia vang"]);
    expect(await harness.store.settingsOf(target)).toMatchObject({ digestTime: null });

    h.fake.setChatMember(GROUP, USER.id, "creator");
    expect((await say(h, "/giobantin 06:30", { chatId: GROUP })).text).toContain("06:30 (giờ Việt Nam)");
    expect((await say(h, "/huytheodoi 1", { chatId: GROUP })).text).toContain("Lan Nguyễn đã bỏ theo dõi tỉnh Quảng Ninh");
    expect(values(await harness.store.subscriptionsOf(target))).toEqual(["gia vang"]);
    expect((await say(h, "/huytheodoi tatca", { chatId: GROUP })).text).toContain("Đã bỏ 1 mục theo dõi");
    expect(await harness.store.targets()).toEqual([]);
    expect(await harness.store.settingsOf(target)).toMatchObject({ digestTime: "06:30" });
  });

  it("returns answers without asking getChatMember when the chat is private", async () => {
    const { h, harness } = await start();
    expect((await say(h, "/theodoi Lạng Sơn")).text).toContain("tỉnh Lạng Sơn");
    expect((await say(h, "/huytheodoi Lạng Sơn")).text).toContain("Đã bỏ theo dõi tỉnh Lạng Sơn");
    expect(h.fake.callsOf("getChatMember")).toHaveLength(0);
    expect(await harness.store.targets()).toEqual([]);
  });

  it("returns each forum topic's own subscriptions, answered in that topic, when subscribing in topics", async () => {
    const { h, harness } = await start();
    h.fake.setChatMember(FORUM, USER.id, "administrator");
    expect(await say(h, "/theodoi Quảng Ninh", { chatId: FORUM, threadId: 7 })).toMatchObject({ chatId: FORUM, threadId: 7 });
    expect(await say(h, "/theodoi Lạng Sơn", { chatId: FORUM, threadId: 9 })).toMatchObject({ chatId: FORUM, threadId: 9 });
    expect((await harness.store.targets()).map((item) => item.target)).toEqual([
      { platform: "telegram", chatId: String(FORUM), threadId: "7" },
      { platform: "telegram", chatId: String(FORUM), threadId: "9" },
    ]);
    const seven = await say(h, "/dangtheodoi", { chatId: FORUM, threadId: 7 });
    expect(seven.threadId).toBe(7);
    expect(seven.text).toContain("tỉnh Quảng Ninh");
    expect(seven.text).not.toContain("Lạng Sơn");
    expect((await say(h, "/huytheodoi tatca", { chatId: FORUM, threadId: 9 })).threadId).toBe(9);
    expect((await harness.store.targets()).map((item) => item.target.threadId)).toEqual(["7"]);
  });
});
