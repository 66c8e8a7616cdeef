import { describe, expect, it } from "vitest";
import { decodeCallback, DONE_TEXT, MAX_CALLBACK_DATA_BYTES } from "../../../adapters/telegram/index.ts";
import { useSubscribedTelegram, type TelegramHarness } from "./harness.ts";
import { callbackQuery, textMessage, USER } from "./updates.ts";

const GROUP = -2001;

const start = useSubscribedTelegram();

interface Button {
  readonly text: string;
  readonly callback_data: string;
}

/** Sends a text update and returns the first message the bot sent back. */
async function say(h: TelegramHarness, text: string, options: Parameters<typeof textMessage>[1] = {}) {
  const before = h.fake.callsOf("sendMessage").length;
  h.fake.pushUpdate(textMessage(text, options));
  const calls = await h.fake.waitForCalls("sendMessage", before + 1);
  const payload = calls[before]?.payload ?? {};
  const buttons = ((payload.reply_markup?.inline_keyboard ?? []) as Button[][]).flat();
  return { text: String(payload.text ?? ""), buttons, chatId: payload.chat_id as number };
}

/** Presses a button and returns the toast and the message edit that followed (if any). */
async function press(h: TelegramHarness, data: string, options: Parameters<typeof callbackQuery>[1] = {}) {
  const answers = h.fake.callsOf("answerCallbackQuery").length;
  const edits = h.fake.callsOf("editMessageText").length;
  h.fake.pushUpdate(callbackQuery(data, options));
  const answered = await h.fake.waitForCalls("answerCallbackQuery", answers + 1);
  const toast = String(answered[answers]?.payload.text ?? "");
  return { toast, edits: () => h.fake.callsOf("editMessageText").slice(edits) };
}

function buttonFor(buttons: readonly Button[], label: string | RegExp): Button {
  const found = buttons.find((button) => (typeof label === "string" ? button.text === label : label.test(button.text)));
  if (!found) throw new Error(`no button ${String(label)} in ${buttons.map((button) => button.text).join(", ")}`);
  return found;
}

describe("command references as deep links (fake Bot API)", () => {
  it("returns suggested provinces as t.me links carrying their argument, and the link's /start runs that command", async () => {
    const { h, harness } = await start();
    const answer = await say(h, "/tinh Quang");
    expect(answer.text).toContain('<a href="https://t.me/DiemTinBot?start=tinh_Quang-Ninh"><b>Quảng Ninh</b></a>');
    const opened = await say(h, "/start tinh_Quang-Ninh");
    const direct = await say(h, "/tinh Quang Ninh");
    expect(opened.text).toBe(direct.text);
    expect(opened.text).toContain("Quảng Ninh");
    expect(await harness.store.targets()).toEqual([]);
  });

  it("returns command examples with punctuation as encoded deep links that open exactly that line", async () => {
    const { h } = await start();
    const help = await say(h, "/trogiup");
    const link = /<a href="https:\/\/t\.me\/DiemTinBot\?start=(l-[A-Za-z0-9_-]+)"><b>\/vanban 24-CT\/TW<\/b><\/a>/.exec(help.text);
    expect(link?.[1]?.length).toBeLessThanOrEqual(64);
    const opened = await say(h, `/start ${link?.[1]}`);
    expect(opened.text).toBe((await say(h, "/vanban 24-CT/TW")).text);
  });

  it("returns commands that change a group as plain code in the group, reading commands as links", async () => {
    const { h } = await start();
    const help = await say(h, "/trogiup", { chatId: GROUP });
    expect(help.text).toContain("<code>/theodoi Quảng Ninh -thể thao</code>");
    expect(help.text).toContain('<a href="https://t.me/DiemTinBot?start=tinh_Quang-Ninh"><b>/tinh Quảng Ninh</b></a>');
  });
});

describe("/dangtheodoi buttons (fake Bot API)", () => {
  it("returns a Hủy button per subscription and digest times, all within the 64-byte callback limit", async () => {
    const { h, harness } = await start();
    await say(h, "/theodoi Quảng Ninh");
    await say(h, "/theodoi giá vàng");
    const panel = await say(h, "/dangtheodoi");
    const ids = (await harness.store.subscriptionsOf({ platform: "telegram", chatId: String(USER.id), threadId: null })).map((item) => item.id);
    expect(panel.buttons.map((button) => button.text)).toEqual(["Hủy Quảng Ninh", "Hủy giá vàng", "06:00", "06:30", "✓ 07:00", "08:00", "12:00", "18:00"]);
    expect(panel.buttons.slice(0, 2).map((button) => button.callback_data)).toEqual(ids.map((id) => `d:/huytheodoi #${id}`));
    for (const button of panel.buttons) {
      expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(MAX_CALLBACK_DATA_BYTES);
      expect(decodeCallback(button.callback_data)).not.toBeNull();
    }
  });

  it("removes the subscription when Hủy is tapped, shows the panel again, and answers a second tap politely", async () => {
    const { h, harness } = await start();
    const target = { platform: "telegram" as const, chatId: String(USER.id), threadId: null };
    await say(h, "/theodoi Quảng Ninh");
    await say(h, "/theodoi giá vàng");
    const panel = await say(h, "/dangtheodoi");
    const cancel = buttonFor(panel.buttons, "Hủy Quảng Ninh");

    const first = await press(h, cancel.callback_data, { messageId: 1500 });
    expect(first.toast).toContain("Đã bỏ theo dõi tỉnh Quảng Ninh");
    expect((await harness.store.subscriptionsOf(target)).map((item) => item.value)).toEqual(["gia vang"]);
    const [edit] = await h.fake.waitForCalls("editMessageText", 1);
    expect(edit?.payload).toMatchObject({ chat_id: USER.id, message_id: 1500 });
    expect(String(edit?.payload.text)).not.toContain("Quảng Ninh");
    expect(String(edit?.payload.text)).toContain("giá vàng");

    const again = await press(h, cancel.callback_data, { messageId: 1500 });
    expect(again.toast).toContain("Mục này đã được bỏ theo dõi trước đó");
    expect(await harness.store.subscriptionsOf(target)).toHaveLength(1);
  });

  it("sets the digest time when a time button is tapped and marks it in the panel", async () => {
    const { h, harness } = await start();
    await say(h, "/theodoi Quảng Ninh");
    const panel = await say(h, "/dangtheodoi");
    const pressed = await press(h, buttonFor(panel.buttons, "06:30").callback_data);
    expect(pressed.toast).toContain("Đã đặt giờ gửi điểm tin: 06:30");
    expect((await harness.store.settingsOf({ platform: "telegram", chatId: String(USER.id), threadId: null })).digestTime).toBe("06:30");
    const [edit] = await h.fake.waitForCalls("editMessageText", 1);
    const keyboard = (edit?.payload.reply_markup.inline_keyboard as Button[][]).flat();
    expect(keyboard.map((button) => button.text)).toContain("✓ 06:30");
  });

  it("refuses a group member's tap with a toast and changes nothing", async () => {
    const { h, harness } = await start();
    const target = { platform: "telegram" as const, chatId: String(GROUP), threadId: null };
    h.fake.setChatMember(GROUP, USER.id, "administrator");
    await say(h, "/theodoi Quảng Ninh", { chatId: GROUP });
    const panel = await say(h, "/dangtheodoi", { chatId: GROUP });
    h.fake.setChatMember(GROUP, USER.id, "member");
    const pressed = await press(h, buttonFor(panel.buttons, /^Hủy/).callback_data, { chatId: GROUP });
    expect(pressed.toast).toContain("chỉ quản trị viên");
    expect(await harness.store.subscriptionsOf(target)).toHaveLength(1);
  });

  it("answers a forged run button with a toast and runs nothing", async () => {
    const { h } = await start();
    const pressed = await press(h, "d:huytheodoi tatca");
    expect(pressed.toast).toMatch(/không còn dùng được/);
    expect(pressed.toast).not.toBe(DONE_TEXT);
  });
});
