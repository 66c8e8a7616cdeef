import { Api, Context } from "grammy";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canManageChat, chatContextOf } from "../../../adapters/telegram/chat-context.ts";
import { startFakeBotApi, type FakeBotApi, type UpdateInput } from "./fake-bot-api.ts";
import { inlineQuery, textMessage, USER } from "./updates.ts";

let fake: FakeBotApi;

beforeAll(async () => {
  fake = await startFakeBotApi();
});

afterAll(async () => {
  await fake.close();
});

function contextOf(update: UpdateInput): Context {
  return new Context({ ...update, update_id: 1 } as Update, new Api(fake.token, { apiRoot: fake.apiRoot }), fake.botInfo);
}

describe("chatContextOf", () => {
  it("returns the group, its forum topic and the user for a topic message", () => {
    expect(chatContextOf(contextOf(textMessage("/moi", { chatId: -1001, threadId: 12 })))).toEqual({
      platform: "telegram",
      chatId: "-1001",
      threadId: "12",
      userId: String(USER.id),
      userName: "Lan Nguyễn",
      chatKind: "group",
      canManage: false,
    });
  });

  it("returns a private chat that may manage itself", () => {
    expect(chatContextOf(contextOf(textMessage("/moi")))).toMatchObject({ chatId: String(USER.id), threadId: null, chatKind: "private", canManage: true });
  });

  it("returns the user's own id as the chat of an inline query", () => {
    expect(chatContextOf(contextOf(inlineQuery("x")))).toMatchObject({ chatId: String(USER.id), chatKind: "private" });
  });
});

describe("canManageChat", () => {
  it.each([
    ["creator", true],
    ["administrator", true],
    ["member", false],
    ["restricted", false],
  ] as const)("returns %s → %s in a group, asking getChatMember", async (status, expected) => {
    fake.setChatMember(-2001, 501, status);
    fake.clearCalls();
    expect(await canManageChat(contextOf(textMessage("/dangky", { chatId: -2001, userId: 501 })))).toBe(expected);
    expect(fake.callsOf("getChatMember").map((call) => call.payload)).toEqual([{ chat_id: -2001, user_id: 501 }]);
  });

  it("returns true in a private chat without asking", async () => {
    fake.clearCalls();
    expect(await canManageChat(contextOf(textMessage("/dangky")))).toBe(true);
    expect(fake.callsOf("getChatMember")).toHaveLength(0);
  });
});
