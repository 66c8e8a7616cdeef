import { describe, expect, it } from "vitest";
import { parseSubject, type FollowableSubject, type Unfollowed, type UnfollowSelector } from "../../src/subscriptions/index.ts";
import { chatOf, createHarness } from "./fixtures.ts";

const CHAT = chatOf();
const TARGET = { platform: "telegram", chatId: "100", threadId: null } as const;
const QUANG_NINH_SEED = "000_70cbb156967204ba";

function subject(text: string): FollowableSubject {
  const read = parseSubject(text);
  if (read.kind !== "province" && read.kind !== "keyword") throw new Error(`not followable: ${text}`);
  return read;
}

/** A harness whose chat follows Quảng Ninh, then the keyword "giá vàng". */
async function following() {
  const harness = createHarness();
  await harness.service.follow(CHAT, subject("Quảng Ninh"));
  await harness.service.follow(CHAT, subject("giá vàng"));
  return harness;
}

/** What an unfollow result shows in a line: its kind and the values it names. */
function summary(result: Unfollowed): string {
  switch (result.kind) {
    case "nothing-to-remove":
      return `${result.kind} ${result.alreadyRemoved} [${result.list.map((item) => item.value)}]`;
    case "no-selection":
    case "not-found":
      return `${result.kind} [${result.list.map((item) => item.value)}]`;
    case "removed-all":
      return `${result.kind} ${result.count}`;
    case "removed":
      return `${result.kind} ${result.subscription.value} [${result.rest.map((item) => item.value)}]`;
  }
}

describe("createSubscriptionService", () => {
  it("returns followed, then updated with the new excludes, and the whole list", async () => {
    const { service } = createHarness();
    const first = await service.follow(CHAT, subject("Quảng Ninh"));
    expect(first).toMatchObject({ kind: "followed", subscription: { value: "quang-ninh", addedBy: "7" }, settings: { digestTime: "07:00" } });
    const again = await service.follow(CHAT, subject("Quảng Ninh -thể thao"));
    expect(again).toMatchObject({ kind: "updated", subscription: { id: first.subscription.id, excludes: ["thể thao"] } });
    expect(again.all.map((item) => item.value)).toEqual(["quang-ninh"]);
  });

  it("returns the chat active again when it follows something while paused", async () => {
    const { service, store } = createHarness();
    await store.setStatus(TARGET, false, "Forbidden: bot was blocked by the user", 1);
    await service.follow(CHAT, subject("giá vàng"));
    expect((await service.overview(CHAT)).status).toMatchObject({ active: true, reason: null });
  });

  it("returns a Slack thread's subscriptions on its channel", async () => {
    const { service, store } = createHarness();
    const thread = chatOf({ platform: "slack", chatId: "C1", threadId: "1700000000.1", chatKind: "channel" });
    await service.follow(thread, subject("Lạng Sơn"));
    expect((await store.targets()).map((item) => item.target)).toEqual([{ platform: "slack", chatId: "C1", threadId: null }]);
    expect((await service.overview(chatOf({ platform: "slack", chatId: "C1", chatKind: "channel" }))).subscriptions).toHaveLength(1);
  });

  const unfollowCases: ReadonlyArray<readonly [string, UnfollowSelector, string]> = [
    ["nothing typed", { by: "nothing" }, "no-selection [quang-ninh,gia vang]"],
    ["an id no longer listed", { by: "id", id: 999 }, "nothing-to-remove true [quang-ninh,gia vang]"],
    ["the second place", { by: "position", position: 2 }, "removed gia vang [quang-ninh]"],
    ["a place past the end", { by: "position", position: 5 }, "not-found [quang-ninh,gia vang]"],
    ["another name of the province", { by: "words", typed: "Hạ Long" }, "removed quang-ninh [gia vang]"],
    ["the keyword in other case", { by: "words", typed: "Giá Vàng" }, "removed gia vang [quang-ninh]"],
    ["a province not followed", { by: "words", typed: "Hà Nội" }, "not-found [quang-ninh,gia vang]"],
    ["all", { by: "all" }, "removed-all 2"],
  ];
  it.each(unfollowCases)("returns what unfollowing %s did", async (_name, selector, expected) => {
    const { service } = await following();
    expect(summary(await service.unfollow(CHAT, selector))).toBe(expected);
  });

  it("returns the removed subscription by its stored id, and nothing-to-remove when pressed again", async () => {
    const { service } = await following();
    const [first] = (await service.overview(CHAT)).subscriptions;
    const id = first?.id ?? -1;
    expect(summary(await service.unfollow(CHAT, { by: "id", id }))).toBe("removed quang-ninh [gia vang]");
    expect(summary(await service.unfollow(CHAT, { by: "id", id }))).toBe("nothing-to-remove true [gia vang]");
  });

  it.each([
    ["all", { by: "all" }, "nothing-to-remove false []"],
    ["an id", { by: "id", id: 1 }, "nothing-to-remove true []"],
  ] as const)("returns nothing-to-remove when a chat following nothing unfollows %s", async (_name, selector, expected) => {
    const { service } = createHarness();
    expect(summary(await service.unfollow(CHAT, selector))).toBe(expected);
  });

  const timeCases: ReadonlyArray<readonly [string, string | null | undefined, string]> = [
    ["keeps the chat's zone when none is given", undefined, "Asia/Tokyo"],
    ["goes back to the default zone on null", null, "Asia/Ho_Chi_Minh"],
    ["takes a given zone", "Europe/Berlin", "Europe/Berlin"],
  ];
  it.each(timeCases)("returns the new digest time and %s", async (_name, timezone, zone) => {
    const { service } = createHarness();
    await service.setDigestTime(CHAT, "05:00", "Asia/Tokyo");
    const set = await service.setDigestTime(CHAT, "06:30", timezone);
    expect(set).toEqual({ settings: { digestTime: "06:30", timezone: zone, sendEmpty: false }, followsNothing: true });
    expect(await service.settings(CHAT)).toEqual(set.settings);
  });

  it("returns followsNothing false once the chat follows something, and the sendEmpty it was given", async () => {
    const { service } = await following();
    expect((await service.setDigestTime(CHAT, "06:30")).followsNothing).toBe(false);
    await service.setSendEmpty(CHAT, true);
    expect((await service.overview(CHAT)).settings).toEqual({ digestTime: "06:30", timezone: "Asia/Ho_Chi_Minh", sendEmpty: true });
  });

  it("returns a preview of nothing followed, then nothing new, then the articles first seen since subscribing", async () => {
    const empty = createHarness();
    expect(await empty.service.preview(CHAT, empty.core)).toEqual({ kind: "nothing-followed" });
    const harness = await following();
    expect(await harness.service.preview(CHAT, harness.core)).toMatchObject({ kind: "nothing-new", date: "2026-02-01", sinceLastDigest: false });
    harness.clock.advance(60_000);
    await harness.store.recordFirstSeen([QUANG_NINH_SEED], harness.clock.now().getTime());
    harness.clock.advance(60_000);
    const preview = await harness.service.preview(CHAT, harness.core);
    expect(preview).toMatchObject({ kind: "digest", settings: { digestTime: "07:00" }, date: "2026-02-01" });
    expect(preview.kind === "digest" ? preview.content.articleIds : []).toEqual([QUANG_NINH_SEED]);
  });
});
