import { afterEach, describe, expect, it } from "vitest";
import { blockKitProblems, messageTexts } from "../adapters/slack/block-kit-validator.ts";
import { startSlackHarness, type SlackHarness } from "../adapters/slack/harness.ts";
import { TEST_SIGNING_SECRET, postSigned, slashCommandBody } from "../adapters/slack/signed-request.ts";
import { createHarness, type Harness } from "./fixtures.ts";

const CHANNEL = { id: "C0TINTUC", name: "tin-tuc" } as const;

let running: SlackHarness | null = null;
let answers = 0;

afterEach(async () => {
  await running?.close();
  running = null;
});

async function start(): Promise<{ h: SlackHarness; harness: Harness }> {
  const harness = createHarness({ at: "2026-11-23T05:00:00Z" });
  running = await startSlackHarness(harness.core);
  return { h: running, harness };
}

/** What one signed slash command produced: the ephemeral answer and the channel announcement, if any. */
interface Outcome {
  readonly answer: Record<string, unknown>;
  readonly announced: Record<string, unknown> | null;
}

/**
 * Posts a signed slash command as `user` and waits for its response_url answer and, when
 * `announces`, for the announcement the handler posts after answering. When not, it waits a
 * moment and checks that none came.
 */
async function slash(
  h: SlackHarness,
  command: string,
  text: string,
  user: { id: string; name: string },
  announces: boolean,
  channel: { id: string; name: string } = CHANNEL,
): Promise<Outcome> {
  const name = `r${++answers}`;
  const before = h.stub.callsTo("chat.postMessage").length;
  const form = new URLSearchParams(slashCommandBody({ command, text, responseUrl: h.stub.responseUrl(name), channelId: channel.id, channelName: channel.name, userId: user.id }));
  form.set("user_name", user.name);
  const response = await postSigned(h.url, TEST_SIGNING_SECRET, form.toString());
  expect(response.status).toBe(200);
  const [answer] = await h.stub.waitForResponses(name, 1);
  if (announces) await h.stub.waitForCalls("chat.postMessage", before + 1);
  else await new Promise((resolve) => setTimeout(resolve, 150));
  const posts = h.stub.callsTo("chat.postMessage").slice(before);
  expect(posts).toHaveLength(announces ? 1 : 0);
  return { answer: answer?.body ?? {}, announced: posts[0]?.args ?? null };
}

function textOfMessage(message: Record<string, unknown> | null): string {
  return messageTexts(message).join("\n");
}

const AN = { id: "U0AN", name: "an.nguyen" };
const BINH = { id: "U0BINH", name: "binh.tran" };

describe("subscriptions through the Slack adapter (signed slash commands, stub Web API)", () => {
  it("returns each change announced in the channel, made by any member, and stores it", async () => {
    const { h, harness } = await start();
    const target = { platform: "slack" as const, chatId: CHANNEL.id, threadId: null };

    const followed = await slash(h, "/theodoi", "Quảng Ninh", AN, true);
    expect(followed.answer.response_type).toBe("ephemeral");
    expect(textOfMessage(followed.answer)).toContain("tỉnh Quảng Ninh");
    expect(followed.announced?.channel).toBe(CHANNEL.id);
    expect(blockKitProblems(followed.announced)).toEqual([]);
    expect(messageTexts(followed.announced)[0]).toBe("an.nguyen vừa dùng /theodoi:");
    expect(textOfMessage(followed.announced)).toContain("thêm tỉnh Quảng Ninh");

    const keyword = await slash(h, "/theodoi", "giá vàng -thể thao", BINH, true);
    expect(messageTexts(keyword.announced)[0]).toBe("binh.tran vừa dùng /theodoi:");
    expect(textOfMessage(keyword.announced)).toContain("từ khóa “giá vàng” (trừ “thể thao”)");
    expect(await harness.store.subscriptionsOf(target)).toMatchObject([
      { kind: "province", value: "quang-ninh", addedBy: AN.id, addedByName: AN.name },
      { kind: "keyword", value: "gia vang", excludes: ["thể thao"], addedBy: BINH.id, addedByName: BINH.name },
    ]);

    const listed = await slash(h, "/dangtheodoi", "", BINH, false);
    expect(listed.announced).toBeNull();
    expect(textOfMessage(listed.answer)).toContain("1. tỉnh Quảng Ninh");
    expect(textOfMessage(listed.answer)).toContain("2. từ khóa “giá vàng” (trừ “thể thao”)");

    const time = await slash(h, "/giobantin", "06:30", BINH, true);
    expect(messageTexts(time.announced)[0]).toBe("binh.tran vừa dùng /giobantin:");
    expect(textOfMessage(time.announced)).toContain("06:30 (giờ Việt Nam)");
    expect(await harness.store.settingsOf(target)).toMatchObject({ digestTime: "06:30" });

    const one = await slash(h, "/huytheodoi", "Quảng Ninh", BINH, true);
    expect(messageTexts(one.announced)[0]).toBe("binh.tran vừa dùng /huytheodoi:");
    expect(textOfMessage(one.announced)).toContain("bỏ theo dõi tỉnh Quảng Ninh");
    expect((await harness.store.subscriptionsOf(target)).map((item) => item.value)).toEqual(["gia vang"]);

    const all = await slash(h, "/diemtin", "huytheodoi tatca", AN, true);
    expect(messageTexts(all.announced)[0]).toBe("an.nguyen vừa dùng /huytheodoi:");
    expect(textOfMessage(all.announced)).toContain("Đã bỏ 1 mục theo dõi");
    expect(await harness.store.targets()).toEqual([]);
  });

  it("returns no announcement when a change fails or is made in a direct message", async () => {
    const { h, harness } = await start();
    expect((await slash(h, "/huytheodoi", "Quảng Ninh", AN, false)).announced).toBeNull();
    expect((await slash(h, "/giobantin", "25:00", AN, false)).announced).toBeNull();
    const direct = await slash(h, "/theodoi", "Lạng Sơn", AN, false, { id: "D0AN", name: "directmessage" });
    expect(direct.announced).toBeNull();
    expect(textOfMessage(direct.answer)).toContain("tỉnh Lạng Sơn");
    expect((await harness.store.targets()).map((item) => item.target)).toEqual([{ platform: "slack", chatId: "D0AN", threadId: null }]);
    expect(h.stub.callsTo("chat.postMessage")).toHaveLength(0);
  });
});
