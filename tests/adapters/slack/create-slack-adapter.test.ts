import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { slackChatContext } from "../../../adapters/slack/chat-context.ts";
import { SHARE_LABEL, renderReply } from "../../../adapters/slack/render.ts";
import type { Core } from "../../../src/index.ts";
import { blockKitProblems, messageTexts } from "./block-kit-validator.ts";
import { loadSeedCore, startSlackHarness, type SlackHarness } from "./harness.ts";
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET, buttonActionBody, nextTriggerId, postSigned, slashCommandBody } from "./signed-request.ts";
import type { StubResponse } from "./stub-web-api.ts";

let core: Core;
let h: SlackHarness;
let names = 0;

beforeAll(async () => {
  core = loadSeedCore();
  h = await startSlackHarness(core);
});

afterAll(async () => {
  await h?.close();
});

/** A fresh response_url name, so each request's answers are told apart. */
function responseName(): string {
  names += 1;
  return `r${names}`;
}

/** Posts a signed slash command; asserts the 200 ack; returns the response_url name. */
async function slash(command: string, text: string, extra: { triggerId?: string; channelId?: string; name?: string; headers?: Record<string, string> } = {}) {
  const name = extra.name ?? responseName();
  const body = slashCommandBody({ command, text, responseUrl: h.stub.responseUrl(name), triggerId: extra.triggerId, channelId: extra.channelId });
  const response = await postSigned(h.url, TEST_SIGNING_SECRET, body, { headers: extra.headers });
  expect(response.status).toBe(200);
  return name;
}

async function answerOf(command: string, text: string): Promise<StubResponse["body"]> {
  const name = await slash(command, text);
  const [response] = await h.stub.waitForResponses(name, 1);
  return (response as StubResponse).body;
}

function buttons(body: Record<string, unknown>): { action_id: string; value: string }[] {
  const blocks = (body.blocks ?? []) as { type: string; elements?: unknown[]; accessory?: unknown }[];
  return blocks.flatMap((block) => [...(block.accessory ? [block.accessory] : []), ...(block.type === "actions" ? (block.elements ?? []) : [])]) as {
    action_id: string;
    value: string;
  }[];
}

function withoutShare(texts: string[]): string[] {
  return texts.filter((text) => text !== SHARE_LABEL);
}

async function click(actionId: string, value: string, options: { ephemeral?: boolean } = {}): Promise<string> {
  const name = responseName();
  const response = await postSigned(h.url, TEST_SIGNING_SECRET, buttonActionBody({ actionId, value, responseUrl: h.stub.responseUrl(name), ephemeral: options.ephemeral }));
  expect(response.status).toBe(200);
  return name;
}

describe("slash commands over HTTP", () => {
  it("returns 200 at once and posts an ephemeral Block Kit answer with a share button to the response_url", async () => {
    const body = await answerOf("/tinh", "Quảng Ninh");
    expect(body).toMatchObject({ response_type: "ephemeral" });
    expect(blockKitProblems(body)).toEqual([]);
    expect(messageTexts(body)[0]).toContain("Quảng Ninh");
    expect(buttons(body).map((button) => button.action_id)).toContain("diemtin_share");
    expect(buttons(body).filter((button) => button.action_id.startsWith("diemtin_read_")).length).toBeGreaterThan(0);
  });

  it("returns an answer for every core command registered as a slash command", async () => {
    const names = core.commands.map((command) => `/${command.name}`);
    const bodies = await Promise.all(names.map((name) => answerOf(name, "")));
    for (const body of bodies) expect(blockKitProblems(body)).toEqual([]);
    expect(bodies.map((body) => body.text)).not.toContain(undefined);
  });

  it.each([
    ["tinh Quảng Ninh", "/tinh", "Quảng Ninh"],
    ["/moi", "/moi", ""],
    ["Quảng Ninh", "/tim", "Quảng Ninh"],
    ["trogiup", "/trogiup", ""],
  ])("returns for /diemtin %j the answer of %s %s", async (text, command, args) => {
    const umbrella = await answerOf("/diemtin", text);
    const direct = await answerOf(command, args);
    expect(messageTexts(umbrella)).toEqual(messageTexts(direct));
  });

  it("returns the core's /diemtin answer (the digest preview) for /diemtin alone", async () => {
    const body = await answerOf("/diemtin", "");
    const chat = slackChatContext({ channelId: "C0CHANNEL", channelName: "tin-tuc", userId: "U0USER", userName: "an.nguyen" });
    expect(body.text).toBe(renderReply(await core.ask("/diemtin", { chat })).text);
  });

  it("returns the core's unknown-command answer for a slash command the core does not have", async () => {
    const body = await answerOf("/khongco", "x");
    expect(String(body.text)).toContain("Không có lệnh /khongco");
  });

  it("returns valid Block Kit with no user-typed mention or link for a battery of hostile inputs over HTTP", async () => {
    const inputs = ["<!channel>", "<@U123>", "<http://x|y>", "&", "*bold*", "x".repeat(10_000), "🇻🇳😀 Quảng Ninh", "Quảng Ninh".normalize("NFD")];
    const bodies = await Promise.all(inputs.flatMap((input) => [answerOf("/tim", input), answerOf("/tinh", input), answerOf("/diemtin", input)]));
    for (const body of bodies) expect(blockKitProblems(body, { allowedLinks: [] })).toEqual([]);
    expect(bodies.some((body) => messageTexts(body).join("\n").includes("&lt;!channel&gt;"))).toBe(true);
  });

  it("returns a Vietnamese answer for text Slack sent HTML-encoded", async () => {
    const body = await answerOf("/tim", "&lt;!channel&gt; &amp;");
    expect(messageTexts(body).join("\n")).toContain("&lt;!channel&gt; &amp;");
    expect(blockKitProblems(body)).toEqual([]);
  });
});

describe("buttons", () => {
  it("returns the same answer posted in the channel with chat.postMessage when share is clicked", async () => {
    const answer = await answerOf("/moi", "");
    const share = buttons(answer).find((button) => button.action_id === "diemtin_share");
    const before = h.stub.callsTo("chat.postMessage").length;
    await click("diemtin_share", share?.value ?? "");
    const calls = await h.stub.waitForCalls("chat.postMessage", before + 1);
    const posted = calls[before]?.args ?? {};
    expect(posted.channel).toBe("C0CHANNEL");
    expect(blockKitProblems(posted)).toEqual([]);
    expect(messageTexts(posted)).toEqual(["Do an.nguyen chia sẻ", ...withoutShare(messageTexts(answer))]);
    expect(buttons(posted).map((button) => button.action_id)).not.toContain("diemtin_share");
  });

  it("returns the shared answer through the response_url when the bot is not in the channel", async () => {
    const answer = await answerOf("/moi", "");
    const share = buttons(answer).find((button) => button.action_id === "diemtin_share");
    h.stub.script("chat.postMessage", { error: "not_in_channel" });
    const [response] = await h.stub.waitForResponses(await click("diemtin_share", share?.value ?? ""), 1);
    expect(response?.body).toMatchObject({ response_type: "in_channel", replace_original: false });
    expect(messageTexts(response?.body).slice(1)).toEqual(withoutShare(messageTexts(answer)));
  });

  it("returns the next page in place when the paging button is clicked", async () => {
    const answer = await answerOf("/bai", "1");
    const next = buttons(answer).find((button) => button.action_id === "diemtin_page_next");
    expect(next).toBeDefined();
    const [response] = await h.stub.waitForResponses(await click("diemtin_page_next", next?.value ?? ""), 1);
    expect(response?.body).toMatchObject({ replace_original: true });
    expect(blockKitProblems(response?.body)).toEqual([]);
    expect(messageTexts(response?.body)).toContain("Trang 2/2 · trang cuối");
    expect(buttons(response?.body ?? {}).map((button) => button.action_id)).toEqual(["diemtin_page_prev", "diemtin_share"]);
  });

  it("returns the article in place when Đọc is clicked", async () => {
    const answer = await answerOf("/moi", "");
    const read = buttons(answer).find((button) => button.action_id.startsWith("diemtin_read_"));
    const [response] = await h.stub.waitForResponses(await click(read?.action_id ?? "", read?.value ?? ""), 1);
    const article = core.corpus.byHandle(Number(read?.value));
    expect(response?.body).toMatchObject({ replace_original: true });
    expect(messageTexts(response?.body)[0]).toBe(article?.title);
  });

  it.each([
    ["diemtin_page_next", "../../etc/passwd <!channel>", "Nút này không dùng được nữa"],
    ["diemtin_page_next", "AAAAAAAAAAAA:2", "Trang kết quả này đã cũ"],
    ["diemtin_read_0", "abc", "Nút này không dùng được nữa"],
    ["diemtin_read_0", "999999", "Không có bài"],
    ["diemtin_share", "AAAAAAAAAAAAAAAA", "đã cũ nên không chia sẻ được"],
    ["diemtin_share", "<@U1>", "Nút này không dùng được nữa"],
    ["diemtin_unknown", "x", "Nút này không dùng được nữa"],
  ])("returns a short ephemeral message for %s with the stale or forged value %j", async (actionId, value, expected) => {
    const [response] = await h.stub.waitForResponses(await click(actionId, value), 1);
    expect(response?.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    expect(String(response?.body.text)).toContain(expected);
    expect(blockKitProblems(response?.body)).toEqual([]);
  });
});

describe("request verification", () => {
  const now = () => Math.floor(Date.now() / 1000);

  it.each([
    ["a wrong signature", { secret: "not-the-signing-secret-at-all-000" }],
    ["missing signature headers", { unsigned: true }],
    ["a timestamp older than 5 minutes", { timestamp: now() - 6 * 60 }],
  ])("returns 401 and runs no handler for %s", async (_, options) => {
    const name = responseName();
    const calls = h.stub.calls.length;
    const response = await postSigned(h.url, TEST_SIGNING_SECRET, slashCommandBody({ command: "/moi", text: "", responseUrl: h.stub.responseUrl(name) }), options);
    expect(response.status).toBe(401);
    await answerOf("/moi", "");
    expect(h.stub.responsesTo(name)).toEqual([]);
    expect(h.stub.calls.length).toBe(calls);
  });
});

describe("retried deliveries", () => {
  it("returns 200 to a retry but handles the command once", async () => {
    const triggerId = nextTriggerId();
    const name = responseName();
    await slash("/moi", "", { triggerId, name });
    await slash("/moi", "", { triggerId, name, headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } });
    // NOTE: the retry is acknowledged before it reaches the dedupe step, so wait for its log line.
    await vi.waitFor(
      () => expect(h.logger.entries.some((entry) => entry.msg === "slack: duplicate delivery ignored" && entry.obj.retryNum === 1)).toBe(true),
      { timeout: 20_000, interval: 20 },
    );
    await answerOf("/moi", "");
    await h.stub.waitForResponses(name, 1);
    expect(h.stub.responsesTo(name)).toHaveLength(1);
  });
});

describe("error boundary", () => {
  it("logs team, channel and command, sends a Vietnamese apology and keeps serving", async () => {
    const name = responseName();
    h.stub.scriptResponse(name, 500);
    await slash("/tinh", "Quảng Ninh", { name });
    const [apology] = await h.stub.waitForResponses(name, 1);
    expect(apology?.body).toMatchObject({ response_type: "ephemeral", text: "Xin lỗi, đã có lỗi khi xử lý yêu cầu này. Hãy thử lại sau." });
    const logged = h.logger.entries.find((entry) => entry.msg === "slack: request failed");
    expect(logged?.obj).toMatchObject({ team: "T0STUB", channel: "C0CHANNEL", command: "/tinh", user: "U0USER" });
    expect((await answerOf("/moi", "")).response_type).toBe("ephemeral");
  });

  it("returns logs free of the bot token and the signing secret", () => {
    const logs = JSON.stringify(h.logger.entries);
    expect(h.logger.entries.length).toBeGreaterThan(0);
    expect(logs).not.toContain(TEST_BOT_TOKEN);
    expect(logs).not.toContain(TEST_SIGNING_SECRET);
    expect(logs).not.toMatch(/xox[a-z]-/);
  });
});
