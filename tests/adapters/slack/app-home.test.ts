import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOME_TEXT } from "../../../adapters/slack/app-home.ts";
import { renderReply } from "../../../adapters/slack/render.ts";
import type { ChatContext, Core, SubscriptionStore } from "../../../src/index.ts";
import { blockKitProblems, messageTexts } from "./block-kit-validator.ts";
import { startSubscribedSlack, type SlackHarness, type SubscribedSlack } from "./harness.ts";
import { TEST_SIGNING_SECRET, buttonActionBody, eventBody, homeButtonBody, postSigned, slashCommandBody } from "./signed-request.ts";

const TEAM_CHANNEL = { id: "C0HOME", name: "tin-tuc" } as const;
const TARGET = { platform: "slack" as const, chatId: TEAM_CHANNEL.id, threadId: null };

let subscribed: SubscribedSlack;
let store: SubscriptionStore;
let core: Core;
let h: SlackHarness;

beforeAll(async () => {
  subscribed = await startSubscribedSlack();
  ({ h, store, core } = subscribed);
});

afterAll(async () => {
  await subscribed?.close();
});

async function postEvent(event: Record<string, unknown>): Promise<void> {
  const response = await postSigned(h.url, TEST_SIGNING_SECRET, eventBody(event), { headers: { "content-type": "application/json" } });
  expect(response.status).toBe(200);
}

async function subscribe(text: string, name: string): Promise<void> {
  const body = slashCommandBody({ command: "/theodoi", text, responseUrl: h.stub.responseUrl(name), channelId: TEAM_CHANNEL.id, channelName: TEAM_CHANNEL.name });
  expect((await postSigned(h.url, TEST_SIGNING_SECRET, body)).status).toBe(200);
  await h.stub.waitForResponses(name, 1);
}

function memberOf(...channels: { id: string; name: string }[]): void {
  h.stub.script("users.conversations", { body: { ok: true, channels, response_metadata: { next_cursor: "" } } });
}

interface ViewButton {
  readonly action_id: string;
  readonly value: string;
  readonly text: { readonly text: string };
}

function buttonsOf(view: unknown): ViewButton[] {
  const blocks = (view as { blocks: { type: string; elements?: ViewButton[] }[] }).blocks;
  return blocks.flatMap((block) => (block.type === "actions" ? (block.elements ?? []) : []));
}

async function openHome(): Promise<{ blocks: unknown[] }> {
  const before = h.stub.callsTo("views.publish").length;
  await postEvent({ type: "app_home_opened", user: "U0USER", channel: "D0HOME", tab: "home" });
  const [call] = (await h.stub.waitForCalls("views.publish", before + 1)).slice(before);
  expect(call?.args.user_id).toBe("U0USER");
  return call?.args.view as { blocks: unknown[] };
}

describe("Slack App Home", () => {
  it("returns the user's channels that follow something, with Hủy and digest-time buttons, the next digest and valid blocks", async () => {
    await subscribe("Quảng Ninh", "home-sub");
    memberOf(TEAM_CHANNEL, { id: "C0QUIET", name: "chung" });
    const view = await openHome();
    const texts = messageTexts(view);
    expect(texts).toContain(`#${TEAM_CHANNEL.name}`);
    expect(texts).not.toContain("#chung");
    expect(texts.join("\n")).toContain("Điểm tin gửi lúc 07:00");
    expect(texts.join("\n")).toContain("Xem trước điểm tin");
    const labels = buttonsOf(view).map((button) => button.text.text);
    expect(labels).toContain("Hủy Quảng Ninh");
    expect(labels).toContain("✓ 07:00");
    expect(blockKitProblems({ text: "home", blocks: view.blocks })).toEqual([]);
    expect(h.stub.callsTo("users.conversations").at(-1)?.args).toMatchObject({ user: "U0USER", types: "public_channel,private_channel" });
  });

  it("removes a subscription from the Home tab, announces it in the channel and publishes the tab again", async () => {
    await subscribe("giá vàng", "home-sub-2");
    memberOf(TEAM_CHANNEL);
    const cancel = buttonsOf(await openHome()).find((button) => button.text.text === "Hủy giá vàng");
    expect(cancel).toBeDefined();
    memberOf(TEAM_CHANNEL);
    memberOf(TEAM_CHANNEL);
    const publishes = h.stub.callsTo("views.publish").length;
    const posts = h.stub.callsTo("chat.postMessage").length;
    expect((await postSigned(h.url, TEST_SIGNING_SECRET, homeButtonBody({ actionId: cancel?.action_id as string, value: cancel?.value as string }))).status).toBe(200);
    const [published] = (await h.stub.waitForCalls("views.publish", publishes + 1)).slice(publishes);
    expect(messageTexts(published?.args.view).join("\n")).toContain("Đã bỏ theo dõi từ khóa “giá vàng”");
    expect((await store.subscriptionsOf(TARGET)).map((item) => item.value)).not.toContain("gia vang");
    const [announced] = (await h.stub.waitForCalls("chat.postMessage", posts + 1)).slice(posts);
    expect(announced?.args.channel).toBe(TEAM_CHANNEL.id);
    expect(messageTexts(announced?.args)[0]).toContain("từ tab Home");
  });

  it("changes nothing when the user pressing a Home button is no longer in the channel", async () => {
    await subscribe("Lạng Sơn", "home-sub-3");
    memberOf(TEAM_CHANNEL);
    const cancel = buttonsOf(await openHome()).find((button) => button.text.text === "Hủy Lạng Sơn");
    memberOf({ id: "C0QUIET", name: "chung" });
    memberOf({ id: "C0QUIET", name: "chung" });
    const publishes = h.stub.callsTo("views.publish").length;
    await postSigned(h.url, TEST_SIGNING_SECRET, homeButtonBody({ actionId: cancel?.action_id as string, value: cancel?.value as string }));
    const [published] = (await h.stub.waitForCalls("views.publish", publishes + 1)).slice(publishes);
    expect(messageTexts(published?.args.view)).toContain(HOME_TEXT.notMember);
    expect((await store.subscriptionsOf(TARGET)).map((item) => item.value)).toContain("lang-son");
  });
});

describe("Slack /dangtheodoi buttons in the channel", () => {
  it("removes a subscription with its Hủy button and shows the panel again in place, the outcome on top", async () => {
    await subscribe("Cao Bằng", "panel-sub");
    const body = slashCommandBody({ command: "/dangtheodoi", text: "", responseUrl: h.stub.responseUrl("panel"), channelId: TEAM_CHANNEL.id, channelName: TEAM_CHANNEL.name });
    await postSigned(h.url, TEST_SIGNING_SECRET, body);
    const [panel] = await h.stub.waitForResponses("panel", 1);
    const cancel = buttonsOf(panel?.body).find((button) => button.text.text === "Hủy Cao Bằng");
    expect(JSON.parse(cancel?.value ?? "{}")).toMatchObject({ r: "/dangtheodoi", c: null });
    const press = buttonActionBody({ actionId: cancel?.action_id as string, value: cancel?.value as string, responseUrl: h.stub.responseUrl("panel-press"), channelId: TEAM_CHANNEL.id });
    await postSigned(h.url, TEST_SIGNING_SECRET, press);
    const [pressed] = await h.stub.waitForResponses("panel-press", 1);
    expect(pressed?.body.replace_original).toBe(true);
    expect(messageTexts(pressed?.body)[0]).toContain("Đã bỏ theo dõi tỉnh Cao Bằng");
    expect(buttonsOf(pressed?.body).map((button) => button.text.text)).not.toContain("Hủy Cao Bằng");
    expect((await store.subscriptionsOf(TARGET)).map((item) => item.value)).not.toContain("cao-bang");
  });
});

describe("Slack direct messages and mentions", () => {
  const chatOf = (channelId: string, chatKind: ChatContext["chatKind"]): ChatContext => ({
    platform: "slack",
    chatId: channelId,
    threadId: null,
    userId: "U0USER",
    userName: null,
    chatKind,
    canManage: true,
  });

  it("answers a direct message like plain text in a private chat: a search, or a command without its slash", async () => {
    const before = h.stub.callsTo("chat.postMessage").length;
    await postEvent({ type: "message", channel_type: "im", channel: "D0DM", user: "U0USER", text: "quảng ninh", ts: "1700000100.000100" });
    await postEvent({ type: "message", channel_type: "im", channel: "D0DM", bot_id: "B0BOT", text: "echo", ts: "1700000100.000101" });
    await postEvent({ type: "message", channel_type: "im", channel: "D0DM", user: "U0USER", text: "tinh Lạng Sơn", ts: "1700000100.000102" });
    await h.stub.waitForCalls("chat.postMessage", before + 2);
    await postEvent({ type: "message", channel_type: "im", channel: "D0DM", user: "U0USER", text: "/moi 1", ts: "1700000100.000103" });
    const calls = (await h.stub.waitForCalls("chat.postMessage", before + 3)).slice(before);
    expect(calls).toHaveLength(3);
    expect(calls.map((call) => call.args.channel)).toEqual(["D0DM", "D0DM", "D0DM"]);
    const expected = await Promise.all(["quảng ninh", "/tinh Lạng Sơn"].map(async (line) => renderReply(await core.ask(line, { chat: chatOf("D0DM", "private") })).text));
    expect(calls.slice(0, 2).map((call) => call.args.text).sort()).toEqual(expected.sort());
    expect(calls[2]?.args.text).toBe(renderReply(await core.ask("/moi 1", { chat: chatOf("D0DM", "private") })).text);
  });

  it("answers a mention in the mentioned message's thread, without the mention in the query", async () => {
    const before = h.stub.callsTo("chat.postMessage").length;
    await postEvent({ type: "app_mention", channel: TEAM_CHANNEL.id, user: "U0USER", text: "<@U0BOT> tăng trưởng GRDP", ts: "1700000200.000001" });
    const [call] = (await h.stub.waitForCalls("chat.postMessage", before + 1)).slice(before);
    expect(call?.args).toMatchObject({ channel: TEAM_CHANNEL.id, thread_ts: "1700000200.000001" });
    expect(call?.args.text).toBe(renderReply(await core.ask("tăng trưởng GRDP", { chat: chatOf(TEAM_CHANNEL.id, "channel") })).text);
  });
});
