import { describe, expect, it } from "vitest";
import { CHANNEL_MESSAGES } from "../../../adapters/telegram/index.ts";
import { addArticles, fastDigest, QUANG_NINH_SEED } from "../../digest/fixtures.ts";
import { useSubscribedTelegram, type TelegramHarness } from "./harness.ts";
import { callbackQuery, channelPost, textMessage, USER } from "./updates.ts";

const CHANNEL = { id: -1009876543210, username: "tinquangninh", title: "Tin Quảng Ninh" } as const;
const TARGET = { platform: "telegram" as const, chatId: String(CHANNEL.id), threadId: null };
const BOT_ID = 123456789;

const startBot = useSubscribedTelegram({ seen: true });

async function start() {
  const started = await startBot();
  started.h.fake.addChannel(CHANNEL);
  return started;
}

function admins(h: TelegramHarness, bot: "administrator" | "member", user: "creator" | "administrator" | "member"): void {
  h.fake.setChatMember(CHANNEL.id, BOT_ID, bot);
  h.fake.setChatMember(CHANNEL.id, USER.id, user);
}

async function say(h: TelegramHarness, text: string) {
  const before = h.fake.callsOf("sendMessage").length;
  h.fake.pushUpdate(textMessage(text));
  const calls = await h.fake.waitForCalls("sendMessage", before + 1);
  const payload = calls[before]?.payload ?? {};
  return { text: String(payload.text ?? ""), buttons: ((payload.reply_markup?.inline_keyboard ?? []) as { text: string; callback_data: string }[][]).flat() };
}

describe("Telegram channels (fake Bot API)", () => {
  it.each([
    ["the bot is not an administrator", "member", "creator", CHANNEL_MESSAGES.botNotAdmin(CHANNEL.title)],
    ["the user is not an administrator", "administrator", "member", CHANNEL_MESSAGES.userNotAdmin(CHANNEL.title)],
  ] as const)("refuses /kenh when %s, checked with getChatMember", async (_case, bot, user, message) => {
    const { h, harness } = await start();
    admins(h, bot, user);
    expect((await say(h, `/kenh @${CHANNEL.username}`)).text).toBe(message);
    expect(h.fake.callsOf("getChatMember").map((call) => call.payload.user_id)).toContain(BOT_ID);
    expect(await harness.store.targets()).toEqual([]);
  });

  it("answers /kenh for an unknown channel and /kenh outside a private chat with one line", async () => {
    const { h } = await start();
    expect((await say(h, "/kenh @khongcokenhnay")).text).toBe(CHANNEL_MESSAGES.notFound("@khongcokenhnay"));
    const before = h.fake.callsOf("sendMessage").length;
    h.fake.pushUpdate(textMessage(`/kenh @${CHANNEL.username}`, { chatId: -2001 }));
    const [call] = (await h.fake.waitForCalls("sendMessage", before + 1)).slice(before);
    expect(call?.payload.text).toBe(CHANNEL_MESSAGES.privateOnly.replace(/</g, "&lt;"));
  });

  it("links a channel for its admin, subscribes it from the private chat, and removes with its Hủy button", async () => {
    const { h, harness } = await start();
    admins(h, "administrator", "administrator");
    const linked = await say(h, `/kenh @${CHANNEL.username}`);
    expect(linked.text).toContain(`Kênh “${CHANNEL.title}” đã liên kết`);

    const added = await say(h, `/kenh ${CHANNEL.id} theodoi Quảng Ninh`);
    expect(added.text).toContain("Quảng Ninh");
    expect((await harness.store.subscriptionsOf(TARGET)).map((item) => item.value)).toEqual(["quang-ninh"]);
    expect(await harness.store.subscriptionsOf({ platform: "telegram", chatId: String(USER.id), threadId: null })).toEqual([]);

    const panel = await say(h, `/kenh @${CHANNEL.username}`);
    const cancel = panel.buttons.find((button) => button.text === "Hủy Quảng Ninh");
    const [subscription] = await harness.store.subscriptionsOf(TARGET);
    expect(cancel?.callback_data).toBe(`d:/kenh ${CHANNEL.id} huytheodoi #${subscription?.id}`);
    h.fake.pushUpdate(callbackQuery(cancel?.callback_data as string, { messageId: 1700 }));
    const [answer] = await h.fake.waitForCalls("answerCallbackQuery", 1);
    expect(String(answer?.payload.text)).toContain("Lan Nguyễn đã bỏ theo dõi tỉnh Quảng Ninh");
    expect(await harness.store.subscriptionsOf(TARGET)).toEqual([]);
    const [edit] = await h.fake.waitForCalls("editMessageText", 1);
    expect(edit?.payload).toMatchObject({ chat_id: USER.id, message_id: 1700 });
    expect(String(edit?.payload.text)).toContain(`Kênh “${CHANNEL.title}”`);
  });

  it("answers commands posted in the channel there and sends the channel's digest once", async () => {
    const { h, harness } = await start();
    h.fake.pushUpdate(channelPost("/theodoi Quảng Ninh", CHANNEL));
    const [confirmation] = await h.fake.waitForCalls("sendMessage", 1);
    expect(confirmation?.payload.chat_id).toBe(CHANNEL.id);
    expect((await harness.store.subscriptionsOf(TARGET)).map((item) => item.value)).toEqual(["quang-ninh"]);
    h.fake.pushUpdate(channelPost("một bài đăng bình thường", CHANNEL));

    harness.clock.advance(60_000);
    addArticles(harness.core, QUANG_NINH_SEED, ["qn-fresh"]);
    const digest = fastDigest(harness, h.adapter.outgoing);
    await digest.recordArticles(harness.core.articles);
    harness.clock.set("2026-11-24T00:05:00Z");
    const before = h.fake.callsOf("sendMessage").length;
    expect(await digest.runOnce()).toMatchObject({ sent: 1 });
    expect(await digest.runOnce()).toMatchObject({ sent: 0 });
    const posted = h.fake.callsOf("sendMessage").slice(before);
    expect(posted.length).toBeGreaterThanOrEqual(1);
    expect(posted.every((call) => call.payload.chat_id === CHANNEL.id)).toBe(true);
    expect(String(posted[0]?.payload.text)).toContain("Điểm tin ngày 24/11/2026");
  });
});
