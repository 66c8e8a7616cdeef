import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockKitProblems, messageTexts } from "./block-kit-validator.ts";
import { startSubscribedSlack, type SlackHarness, type SubscribedSlack } from "./harness.ts";
import { TEST_SIGNING_SECRET, postSigned, slashCommandBody } from "./signed-request.ts";

let subscribed: SubscribedSlack;
let h: SlackHarness;

beforeAll(async () => {
  subscribed = await startSubscribedSlack();
  h = subscribed.h;
});

afterAll(async () => {
  await subscribed?.close();
});

async function slash(command: string, text: string, name: string, channel: { id: string; name: string }) {
  const body = slashCommandBody({ command, text, responseUrl: h.stub.responseUrl(name), channelId: channel.id, channelName: channel.name });
  expect((await postSigned(h.url, TEST_SIGNING_SECRET, body)).status).toBe(200);
  const [response] = await h.stub.waitForResponses(name, 1);
  return response?.body ?? {};
}

describe("managing commands", () => {
  it("returns the change announced in the channel after a successful managing command", async () => {
    const before = h.stub.callsTo("chat.postMessage").length;
    const answer = await slash("/theodoi", "Quảng Ninh", "m1", { id: "C0TEAM", name: "tin-tuc" });
    expect(answer.response_type).toBe("ephemeral");
    const [announced] = (await h.stub.waitForCalls("chat.postMessage", before + 1)).slice(before);
    expect(announced?.args.channel).toBe("C0TEAM");
    expect(blockKitProblems(announced?.args)).toEqual([]);
    expect(messageTexts(announced?.args)[0]).toBe("an.nguyen vừa dùng /theodoi:");
    expect(messageTexts(announced?.args).join("\n")).toContain("Quảng Ninh");
  });

  it("returns the announcement naming the managing command when it came through /diemtin", async () => {
    const before = h.stub.callsTo("chat.postMessage").length;
    await slash("/diemtin", "theodoi Lạng Sơn", "m5", { id: "C0TEAM", name: "tin-tuc" });
    const [announced] = (await h.stub.waitForCalls("chat.postMessage", before + 1)).slice(before);
    expect(messageTexts(announced?.args)[0]).toBe("an.nguyen vừa dùng /theodoi:");
  });

  it.each([
    ["/giobantin", "07:30", "m6", "07:30"],
    ["/huytheodoi", "Quảng Ninh", "m7", "Quảng Ninh"],
  ])("returns the change announced in the channel after %s %s", async (command, text, name, expected) => {
    const before = h.stub.callsTo("chat.postMessage").length;
    await slash(command, text, name, { id: "C0TEAM", name: "tin-tuc" });
    const [announced] = (await h.stub.waitForCalls("chat.postMessage", before + 1)).slice(before);
    expect(announced?.args.channel).toBe("C0TEAM");
    expect(messageTexts(announced?.args)[0]).toBe(`an.nguyen vừa dùng ${command}:`);
    expect(messageTexts(announced?.args).join("\n")).toContain(expected);
    expect(blockKitProblems(announced?.args)).toEqual([]);
  });

  it("returns no announcement for a failed managing command or one in a direct message", async () => {
    const before = h.stub.callsTo("chat.postMessage").length;
    await slash("/theodoi", "", "m2", { id: "C0TEAM", name: "tin-tuc" });
    await slash("/theodoi", "Lạng Sơn", "m3", { id: "D0DIRECT", name: "directmessage" });
    await slash("/moi", "", "m4", { id: "C0TEAM", name: "tin-tuc" });
    expect(h.stub.callsTo("chat.postMessage")).toHaveLength(before);
  });
});
