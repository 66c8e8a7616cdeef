import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { APOLOGY_TEXT, FORGED_CALLBACK_TEXT, MAX_MESSAGE_LENGTH, renderReply as renderPlain, type RenderLinks } from "../../../adapters/telegram/index.ts";
import { createFixedClock, createSilentLogger, loadCore, type Core, type Reply } from "../../../src/index.ts";
import { createRecordingLogger, SEEDS_DIR } from "../../fixtures/seeds.ts";
import type { ApiCall } from "./fake-bot-api.ts";
import { telegramHtmlProblems } from "./telegram-html.ts";
import { createRecordingChatStatus, startTelegramHarness, WEBHOOK, type TelegramHarness } from "./harness.ts";
import { callbackQuery, inlineQuery, myChatMember, textMessage, USER } from "./updates.ts";

let core: Core;
let harness: TelegramHarness | null = null;

beforeAll(() => {
  core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
});

afterEach(async () => {
  await harness?.stop();
  harness = null;
});

async function start(options: Parameters<typeof startTelegramHarness>[1] = {}): Promise<TelegramHarness> {
  harness = await startTelegramHarness(core, options);
  return harness;
}

/** The chat's rendering, as the adapter links commands in it: all in private chats, only those that change nothing in groups. */
function linksOf(chatId: number): RenderLinks {
  return { botUsername: "DiemTinBot", linkable: (line) => chatId > 0 || !core.commandFor(line)?.manages };
}

function renderReply(reply: Reply, chatId: number = USER.id) {
  return renderPlain(reply, MAX_MESSAGE_LENGTH, linksOf(chatId));
}

/** The exact sendMessage payload the adapter should produce for a reply (one-message replies). */
function expectedPayload(chatId: number, reply: Reply, extra: Record<string, unknown> = {}) {
  const [message] = renderReply(reply, chatId);
  if (!message) throw new Error("empty reply");
  return {
    chat_id: chatId,
    text: message.html,
    parse_mode: "HTML",
    ...(message.disablePreview ? { link_preview_options: { is_disabled: true } } : {}),
    ...(message.keyboard ? { reply_markup: { inline_keyboard: message.keyboard } } : {}),
    ...extra,
  };
}

/** Pushes `update` and waits until `count` successful sendMessage calls arrived in total. */
async function sendAndWait(h: TelegramHarness, update: Parameters<TelegramHarness["fake"]["pushUpdate"]>[0], count: number): Promise<ApiCall[]> {
  h.fake.pushUpdate(update);
  return h.fake.waitForCalls("sendMessage", count, { succeeded: true });
}

describe("createTelegramAdapter: start", () => {
  it("registers the command menu for private chats and groups, and deletes any webhook, when polling starts", async () => {
    const h = await start();
    expect(h.fake.callsOf("getMe")).toHaveLength(1);
    expect(h.fake.callsOf("deleteWebhook")).toHaveLength(1);
    const menus = h.fake.callsOf("setMyCommands").map((call) => call.payload);
    expect(menus.map((menu) => menu.scope)).toEqual([{ type: "all_private_chats" }, { type: "all_group_chats" }]);
    const names = (menus[0]?.commands as { command: string }[]).map((item) => item.command);
    expect(names).toEqual(["start", ...core.commands.map((command) => command.name), "help", "kenh"]);
    expect((menus[1]?.commands as { command: string }[]).map((item) => item.command)).toEqual(["start", ...core.commands.map((command) => command.name), "help"]);
    expect(menus[0]?.commands).toContainEqual({ command: "tinh", description: "Tin về một tỉnh, thành (tên cũ trước 1/7/2025 cũng được)" });
    await h.fake.waitForCalls("getUpdates", 1);
    expect(h.fake.callsOf("getUpdates")[0]?.payload).toMatchObject({ timeout: 10, allowed_updates: ["message", "channel_post", "callback_query", "inline_query", "my_chat_member"] });
  });
});

describe("createTelegramAdapter: messages", () => {
  it("answers a command in a private chat with the rendered reply and Đọc buttons", async () => {
    const h = await start();
    const [call] = await sendAndWait(h, textMessage("/tinh Quảng Ninh"), 1);
    const reply = await core.ask("/tinh Quảng Ninh");
    expect(call?.payload).toEqual(expectedPayload(USER.id, reply));
    expect(call?.payload.text).toContain("<b>[2]</b>");
    expect(call?.payload.reply_markup.inline_keyboard[0][0]).toEqual({ text: expect.stringMatching(/^Đọc \d+$/), callback_data: expect.stringMatching(/^b:\d+$/) });
  });

  it("answers /tinh@ThisBot in a group and ignores another bot's command, plain text and unknown commands there", async () => {
    const h = await start();
    h.fake.pushUpdate(textMessage("/tinh@OtherBot Quảng Ninh", { chatId: -1001 }));
    h.fake.pushUpdate(textMessage("quảng ninh", { chatId: -1001 }));
    h.fake.pushUpdate(textMessage("/khongco", { chatId: -1001 }));
    const calls = await sendAndWait(h, textMessage("/tinh@DiemTinBot Quảng Ninh", { chatId: -1001 }), 1);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.payload).toEqual(expectedPayload(-1001, await core.ask("/tinh Quảng Ninh")));
  });

  it("answers an unaddressed known command in a group, in its forum topic", async () => {
    const h = await start();
    const [call] = await sendAndWait(h, textMessage("/moi", { chatId: -1002, threadId: 7 }), 1);
    expect(call?.payload).toEqual(expectedPayload(-1002, await core.ask("/moi"), { message_thread_id: 7 }));
  });

  it("answers an unknown command addressed to this bot in a group", async () => {
    const h = await start();
    const [call] = await sendAndWait(h, textMessage("/khongco@DiemTinBot", { chatId: -1003 }), 1);
    expect(call?.payload.text).toContain("Không có lệnh /khongco");
  });

  it("searches plain text in a private chat", async () => {
    const h = await start();
    const [call] = await sendAndWait(h, textMessage("quảng ninh"), 1);
    expect(call?.payload).toEqual(expectedPayload(USER.id, await core.ask("quảng ninh")));
  });

  it("opens a /start deep link as the command it names", async () => {
    const h = await start();
    const calls = await sendAndWait(h, textMessage("/start tinh_quang-ninh"), 1);
    expect(calls[0]?.payload).toEqual(expectedPayload(USER.id, await core.ask("/tinh quang ninh")));
    const help = await sendAndWait(h, textMessage("/start"), 2);
    expect(help[1]?.payload).toEqual(expectedPayload(USER.id, await core.ask("/trogiup")));
    const malformed = await sendAndWait(h, textMessage("/start ../../etc"), 3);
    expect(malformed[2]?.payload.text).toBe(help[1]?.payload.text);
  });
});

describe("createTelegramAdapter: buttons", () => {
  it("turns the page by editing the message in place and answers the callback", async () => {
    const h = await start();
    const [first] = await sendAndWait(h, textMessage("/bai 1"), 1);
    const keyboard = first?.payload.reply_markup.inline_keyboard as { text: string; callback_data: string }[][];
    const next = keyboard.flat().find((button) => button.text === "Trang 2 ›");
    expect(next?.callback_data).toMatch(/^p:[\w-]{12}:2$/);
    h.fake.pushUpdate(callbackQuery(next?.callback_data as string, { messageId: 1000 }));
    const [edit] = await h.fake.waitForCalls("editMessageText", 1);
    const page2 = await core.page((next?.callback_data as string).slice(2));
    const [message] = renderReply(page2);
    expect(edit?.payload).toEqual({
      chat_id: USER.id,
      message_id: 1000,
      text: message?.html,
      parse_mode: "HTML",
      reply_markup: { inline_keyboard: message?.keyboard },
    });
    const [answer] = await h.fake.waitForCalls("answerCallbackQuery", 1);
    expect(answer?.payload).toEqual({ callback_query_id: expect.any(String) });
  });

  it.each([
    ["sends the page as a new message when the old one cannot be edited", "Bad Request: message can't be edited", 1],
    ["sends nothing when the page is already shown", "Bad Request: message is not modified", 0],
  ])("%s", async (_, description, sent) => {
    const h = await start();
    const [first] = await sendAndWait(h, textMessage("/bai 1"), 1);
    const next = (first?.payload.reply_markup.inline_keyboard as { text: string; callback_data: string }[][]).flat().find((button) => button.text === "Trang 2 ›");
    h.fake.failNext("editMessageText", { error_code: 400, description });
    h.fake.pushUpdate(callbackQuery(next?.callback_data as string, { messageId: 1000 }));
    const [answer] = await h.fake.waitForCalls("answerCallbackQuery", 1);
    expect(answer?.payload).toEqual({ callback_query_id: expect.any(String) });
    const later = h.fake.callsOf("sendMessage").slice(1);
    expect(later).toHaveLength(sent);
    if (sent) expect(later[0]?.payload.text).toBe(renderReply(await core.page((next?.callback_data as string).slice(2)))[0]?.html);
  });

  it("sends the article for a Đọc button", async () => {
    const h = await start();
    h.fake.pushUpdate(callbackQuery("b:2"));
    const [call] = await h.fake.waitForCalls("sendMessage", 1);
    expect(call?.payload).toEqual(expectedPayload(USER.id, await core.ask("/bai 2")));
    expect(h.fake.callsOf("answerCallbackQuery")[0]?.payload).toEqual({ callback_query_id: expect.any(String) });
  });

  it.each([
    ["malformed data", "x:evil", FORGED_CALLBACK_TEXT],
    ["a province name", "p:Quảng Ninh", FORGED_CALLBACK_TEXT],
    ["a forged page token", "p:AAAAAAAAAAAA:2", "Trang kết quả này đã cũ. Hãy gõ lại lệnh."],
    ["an unknown article", "b:99999", expect.stringContaining("Không có bài")],
  ])("answers %s with a short message and sends nothing", async (_, data, text) => {
    const h = await start();
    h.fake.pushUpdate(callbackQuery(data));
    const [answer] = await h.fake.waitForCalls("answerCallbackQuery", 1);
    expect(answer?.payload).toEqual({ callback_query_id: expect.any(String), text });
    expect(h.fake.callsOf("sendMessage")).toHaveLength(0);
    expect(h.fake.callsOf("editMessageText")).toHaveLength(0);
  });
});

describe("createTelegramAdapter: inline mode", () => {
  it("answers an inline query with article results that send the card as HTML", async () => {
    const h = await start();
    h.fake.pushUpdate(inlineQuery("quang ninh"));
    const [call] = await h.fake.waitForCalls("answerInlineQuery", 1);
    const reply = await core.ask("quang ninh", { pageSize: 20 });
    const cards = reply.blocks.filter((block) => block.kind === "article");
    expect(call?.payload.results).toHaveLength(cards.length);
    expect(call?.payload.next_offset).toBe("");
    const first = call?.payload.results[0];
    const card = cards[0];
    if (card?.kind !== "article") throw new Error("no card");
    expect(first).toEqual({
      type: "article",
      id: String(card.handle),
      title: card.title,
      description: expect.stringContaining(card.dateLabel),
      ...(card.url ? { url: card.url } : {}),
      input_message_content: { message_text: expect.stringContaining(`<b>[${card.handle}]</b>`), parse_mode: "HTML" },
    });
  });

  it("pages inline results with next_offset, 20 at a time", async () => {
    const big = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
    big.update({ upsert: Array.from({ length: 25 }, (_, index) => ({ ...big.articles[index % 5]!, parsed: big.articles[index % 5]!, id: `copy-${index}`, file: `copy-${index}.txt` })) });
    harness = await startTelegramHarness(big);
    harness.fake.pushUpdate(inlineQuery(""));
    const [first] = await harness.fake.waitForCalls("answerInlineQuery", 1);
    expect(first?.payload.results).toHaveLength(20);
    expect(first?.payload.next_offset).toMatch(/^[\w-]{12}:2$/);
    harness.fake.pushUpdate(inlineQuery("", first?.payload.next_offset));
    const calls = await harness.fake.waitForCalls("answerInlineQuery", 2);
    expect(calls[1]?.payload.results).toHaveLength(10);
    expect(calls[1]?.payload.next_offset).toBe("");
  });
});

describe("createTelegramAdapter: reliability", () => {
  it("delivers a message once when the Bot API answers 429 with retry_after 1 first", async () => {
    const h = await start();
    h.fake.failNext("sendMessage", { error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } });
    await sendAndWait(h, textMessage("/moi"), 1);
    const calls = h.fake.callsOf("sendMessage");
    expect(calls.map((call) => call.status)).toEqual([429, 200]);
    expect(calls[1]?.at).toBeGreaterThan((calls[0]?.at ?? 0) + 900);
    expect(calls[1]?.payload).toEqual(calls[0]?.payload);
  });

  it("keeps polling after getUpdates fails with a 5xx", async () => {
    const h = await start();
    await h.fake.waitForCalls("getUpdates", 1);
    h.fake.failNext("getUpdates", { error_code: 502, description: "Bad Gateway" });
    h.fake.pushUpdate(textMessage("/moi", { chatId: 602 }));
    h.fake.pushUpdate(textMessage("/moi", { chatId: 603 }));
    const calls = await h.fake.waitForCalls("sendMessage", 2, { timeoutMs: 30_000 });
    expect(calls.map((call) => call.payload.chat_id).sort()).toEqual([602, 603]);
    expect(h.fake.callsOf("getUpdates").some((call) => call.status === 502)).toBe(true);
  });

  it("marks a chat inactive on 403 and sends no apology there", async () => {
    const chatStatus = createRecordingChatStatus();
    const h = await start({ chatStatus });
    h.fake.failChat(77, { error_code: 403, description: "Forbidden: bot was blocked by the user" });
    h.fake.pushUpdate(textMessage("/moi", { chatId: 77 }));
    await vi.waitFor(() => expect(chatStatus.events).toHaveLength(1), { timeout: 15_000 });
    expect(chatStatus.events[0]).toEqual({ kind: "inactive", address: { platform: "telegram", chatId: "77", threadId: null }, reason: "Forbidden: bot was blocked by the user" });
    expect(h.fake.callsOf("sendMessage")).toHaveLength(1);
  });

  it("marks a chat inactive when the bot is kicked and active when it is added back", async () => {
    const chatStatus = createRecordingChatStatus();
    const h = await start({ chatStatus });
    h.fake.pushUpdate(myChatMember(-1005, "kicked"));
    h.fake.pushUpdate(myChatMember(-1005, "member", "left"));
    await vi.waitFor(() => expect(chatStatus.events).toHaveLength(2), { timeout: 15_000 });
    const address = { platform: "telegram", chatId: "-1005", threadId: null };
    expect(chatStatus.events).toEqual([{ kind: "inactive", address, reason: "kicked" }, { kind: "active", address }]);
  });

  it("apologises when a handler throws, logs chat and update ids without the token, and handles the next update", async () => {
    const logger = createRecordingLogger();
    const h = await start({ logger });
    h.fake.failNext("sendMessage", { error_code: 400, description: "Bad Request: can't parse entities" });
    const updateId = h.fake.pushUpdate(textMessage("/moi", { chatId: 88 }));
    const calls = await h.fake.waitForCalls("sendMessage", 2);
    expect(calls[1]?.payload).toEqual({ chat_id: 88, text: APOLOGY_TEXT, parse_mode: "HTML" });
    const next = await sendAndWait(h, textMessage("/moi", { chatId: 88 }), 2);
    expect(next[1]?.payload).toEqual(expectedPayload(88, await core.ask("/moi")));
    const failure = logger.entries.find((entry) => entry.msg === "telegram: update failed");
    expect(failure?.obj).toMatchObject({ chatId: 88, updateId, err: { type: "GrammyError", method: "sendMessage", code: 400 } });
    await vi.waitFor(() => expect(logger.entries.filter((entry) => entry.msg === "telegram: update").length).toBe(2), { timeout: 15_000 });
    expect(logger.entries.find((entry) => entry.msg === "telegram: update")?.obj).toMatchObject({ kind: "message", ms: expect.any(Number) });
    expect(JSON.stringify(logger.entries)).not.toContain(h.fake.token.split(":")[1]);
  });

  it("reports the outgoing result: message ids, inactive on 403, failed otherwise", async () => {
    const chatStatus = createRecordingChatStatus();
    const h = await start({ chatStatus });
    const reply = await core.ask("/moi");
    const sent = await h.adapter.outgoing.send({ platform: "telegram", chatId: "-1006", threadId: "9" }, reply);
    expect(sent).toEqual({ ok: true, messageIds: [expect.stringMatching(/^\d+$/)] });
    expect(h.fake.callsOf("sendMessage")[0]?.payload).toEqual(expectedPayload(-1006, reply, { message_thread_id: 9 }));
    h.fake.failChat(-1007, { error_code: 403, description: "Forbidden: bot was kicked from the supergroup chat" });
    const address = { platform: "telegram", chatId: "-1007", threadId: null } as const;
    expect(await h.adapter.outgoing.send(address, reply)).toEqual({ ok: false, reason: "inactive", detail: "Forbidden: bot was kicked from the supergroup chat" });
    expect(chatStatus.events).toEqual([{ kind: "inactive", address, reason: "Forbidden: bot was kicked from the supergroup chat" }]);
    h.fake.failNext("sendMessage", { error_code: 400, description: "Bad Request: message text is empty" });
    expect(await h.adapter.outgoing.send({ ...address, chatId: "-1008" }, reply)).toEqual({ ok: false, reason: "failed", detail: "Bad Request: message text is empty" });
  });

  it.each([
    { name: "handled", chatId: 611, text: "/moi", fail: null },
    { name: "ignored", chatId: -1611, text: "chào cả nhóm", fail: null },
    { name: "failed", chatId: 612, text: "/moi", fail: { error_code: 400, description: "Bad Request: can't parse entities" } },
    { name: "inactive", chatId: 613, text: "/moi", fail: { error_code: 403, description: "Forbidden: bot was blocked by the user" } },
  ])("logs and counts one $name outcome when the update's handling ends that way", async ({ name, chatId, text, fail }) => {
    const logger = createRecordingLogger();
    const counted: string[] = [];
    const h = await start({ logger, metrics: { update: (platform, kind, outcome) => counted.push(`${platform} ${kind} ${outcome}`) } });
    if (fail) h.fake.failChat(chatId, fail);
    h.fake.pushUpdate(textMessage(text, { chatId }));
    await vi.waitFor(() => expect(logger.entries.some((entry) => entry.msg === "telegram: update")).toBe(true), { timeout: 15_000 });
    const lines = logger.entries.filter((entry) => entry.msg === "telegram: update");
    expect(lines.map((entry) => entry.obj)).toEqual([expect.objectContaining({ kind: "message", chatId, outcome: name })]);
    expect(counted).toEqual([`telegram message ${name}`]);
  });

  it("stops only after the updates in flight are handled", async () => {
    const logger = createRecordingLogger();
    const h = await start({ logger });
    h.fake.delay("sendMessage", 300);
    h.fake.pushUpdate(textMessage("/moi", { chatId: 601 }));
    await h.fake.waitForCalls("sendMessage", 1);
    await h.adapter.stop();
    expect(logger.entries.filter((entry) => entry.msg === "telegram: update").map((entry) => entry.obj.outcome)).toEqual(["handled"]);
  });

  it("stops cleanly: the pending long poll is aborted and no update is fetched after stop", async () => {
    const h = await start();
    await h.fake.waitForCalls("getUpdates", 1);
    await h.adapter.stop();
    const polls = h.fake.callsOf("getUpdates").length;
    h.fake.pushUpdate(textMessage("/moi"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.fake.callsOf("getUpdates")).toHaveLength(polls);
    expect(h.fake.callsOf("sendMessage")).toHaveLength(0);
  });
});

describe("createTelegramAdapter: webhook mode", () => {
  async function post(port: number, body: unknown, secret: string | null, path = "/telegram"): Promise<number> {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(secret === null ? {} : { "X-Telegram-Bot-Api-Secret-Token": secret }) },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    return response.status;
  }

  it("sets the webhook with its secret and handles only requests that carry it", async () => {
    const h = await start({ webhook: true });
    expect(h.fake.callsOf("setWebhook")[0]?.payload).toEqual({
      url: WEBHOOK.url,
      secret_token: WEBHOOK.secret,
      allowed_updates: ["message", "channel_post", "callback_query", "inline_query", "my_chat_member"],
    });
    expect(h.fake.callsOf("getUpdates")).toHaveLength(0);
    const port = h.adapter.webhookPort as number;
    expect(await post(port, { update_id: 1, ...textMessage("/moi", { chatId: 501 }) }, "wrong-secret")).toBe(401);
    expect(await post(port, { update_id: 2, ...textMessage("/moi", { chatId: 502 }) }, null)).toBe(401);
    expect(await post(port, { update_id: 3, ...textMessage("/moi", { chatId: 503 }) }, WEBHOOK.secret, "/other")).toBe(404);
    expect(h.fake.callsOf("sendMessage")).toHaveLength(0);
    expect(await post(port, { update_id: 4, ...textMessage("/moi", { chatId: 504 }) }, WEBHOOK.secret)).toBe(200);
    expect(h.fake.callsOf("sendMessage").map((call) => call.payload.chat_id)).toEqual([504]);
  });

  it("answers a body over 1 MB with 413 without handling it, even with the right secret", async () => {
    const logger = createRecordingLogger();
    const h = await start({ webhook: true, logger });
    const port = h.adapter.webhookPort as number;
    const huge = { update_id: 10, ...textMessage(`/tim ${"a".repeat(1_100_000)}`, { chatId: 510 }) };
    expect(await post(port, huge, WEBHOOK.secret)).toBe(413);
    expect(await post(port, { update_id: 11, ...textMessage("/moi", { chatId: 511 }) }, WEBHOOK.secret)).toBe(200);
    expect(h.fake.callsOf("sendMessage").map((call) => call.payload.chat_id)).toEqual([511]);
    expect(logger.entries.map((entry) => entry.msg)).toContain("telegram: webhook request refused");
  });

  it("handles an update delivered twice once", async () => {
    const h = await start({ webhook: true });
    const port = h.adapter.webhookPort as number;
    const update = { update_id: 20, ...textMessage("/moi", { chatId: 520 }) };
    expect(await post(port, update, WEBHOOK.secret)).toBe(200);
    expect(await post(port, update, WEBHOOK.secret)).toBe(200);
    expect(await post(port, { update_id: 21, ...textMessage("/moi", { chatId: 521 }) }, WEBHOOK.secret)).toBe(200);
    expect(h.fake.callsOf("sendMessage").map((call) => call.payload.chat_id)).toEqual([520, 521]);
  });
});

describe("createTelegramAdapter: hostile input", () => {
  const HOSTILE = [
    "<script>alert(1)</script>",
    "&amp; &lt; &#x3c; &",
    "a < b > c",
    "Hà Nội 🇻🇳👩‍👩‍👧 😀",
    "مرحبا بالعالم עברית",
    "Qua\u0309ng Ninh tie\u0302\u0301n phong".normalize("NFD"),
    "x".repeat(10_000),
    "tăng trưởng ".repeat(900),
    "",
    "     ",
    '"><a href="javascript:alert(1)">x</a>',
  ];

  it("sends only valid Telegram HTML of at most 4096 units, whatever the input", async () => {
    const logger = createRecordingLogger();
    const h = await start({ logger });
    const handled = () => logger.entries.filter((entry) => entry.msg === "telegram: update").length;
    let expected = 0;
    for (const input of HOSTILE) {
      for (const line of [input, `/tim ${input}`, `/tinh ${input}`, `/bai ${input}`, `/nguoi ${input}`, `/vanban ${input}`]) {
        if (!line.trim()) continue;
        h.fake.pushUpdate(textMessage(line, { chatId: 900 }));
        expected += 1;
      }
      h.fake.pushUpdate(textMessage(`/tim@DiemTinBot ${input}`, { chatId: -900 }));
      expected += 1;
    }
    await vi.waitFor(() => expect(handled()).toBe(expected), { timeout: 15_000 });
    expect(h.fake.callsOf("sendMessage").length).toBeGreaterThanOrEqual(expected);
    for (const call of h.fake.callsOf("sendMessage")) {
      const text = call.payload.text as string;
      expect(telegramHtmlProblems(text), text.slice(0, 200)).toEqual([]);
      expect(text.length).toBeLessThanOrEqual(4096);
      expect(text).not.toContain("<script");
    }
    for (const input of HOSTILE.slice(0, 6)) h.fake.pushUpdate(inlineQuery(input));
    const answers = await h.fake.waitForCalls("answerInlineQuery", 6);
    for (const answer of answers) {
      for (const result of answer.payload.results as { input_message_content: { message_text: string } }[]) {
        expect(telegramHtmlProblems(result.input_message_content.message_text)).toEqual([]);
      }
    }
  });
});
