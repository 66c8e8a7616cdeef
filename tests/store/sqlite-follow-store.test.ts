import { describe, expect, it } from "vitest";
import { createFollowStore } from "../../src/store/index.ts";
import { CHAT, TOPIC, freshDatabase, subscription } from "./fixtures.ts";

describe("createFollowStore", () => {
  it("returns created false and the new excludes when the same subscription is made again", async () => {
    const { db } = freshDatabase();
    const store = createFollowStore(db);
    expect((await store.subscribe(subscription(CHAT, "gia vang"))).created).toBe(true);
    const again = await store.subscribe({ ...subscription(CHAT, "gia vang", 2000), excludes: ["thể thao"] });
    expect(again.created).toBe(false);
    expect(again.subscription.excludes).toEqual(["thể thao"]);
    expect(again.subscription.createdAt).toBe(1000);
    expect(await store.subscriptionsOf(CHAT)).toHaveLength(1);
  });

  it("keeps a forum topic's subscriptions apart from the chat's", async () => {
    const { db } = freshDatabase();
    const store = createFollowStore(db);
    await store.subscribe(subscription(CHAT, "a"));
    await store.subscribe(subscription(TOPIC, "b"));
    expect((await store.subscriptionsOf(TOPIC)).map((item) => item.value)).toEqual(["b"]);
    expect((await store.targets()).map((item) => item.target)).toEqual([CHAT, TOPIC]);
  });

  it("removes one subscription by id and all of them", async () => {
    const { db } = freshDatabase();
    const store = createFollowStore(db);
    const { subscription: first } = await store.subscribe(subscription(CHAT, "a"));
    await store.subscribe(subscription(CHAT, "b"));
    await store.subscribe(subscription(CHAT, "c"));
    expect(await store.unsubscribe(TOPIC, first.id)).toBe(false);
    expect(await store.unsubscribe(CHAT, first.id)).toBe(true);
    expect(await store.unsubscribeAll(CHAT)).toBe(2);
    expect(await store.targets()).toEqual([]);
  });

  it("returns merged settings after partial updates", async () => {
    const { db } = freshDatabase();
    const store = createFollowStore(db);
    expect(await store.settingsOf(CHAT)).toEqual({ digestTime: null, timezone: null, sendEmpty: null });
    await store.updateSettings(CHAT, { digestTime: "06:30" }, 1);
    await store.updateSettings(CHAT, { timezone: "Asia/Tokyo", sendEmpty: true }, 2);
    expect(await store.settingsOf(CHAT)).toEqual({ digestTime: "06:30", timezone: "Asia/Tokyo", sendEmpty: true });
    expect((await store.settingsOf(TOPIC)).digestTime).toBeNull();
  });
});
