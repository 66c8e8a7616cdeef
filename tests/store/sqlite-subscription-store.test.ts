import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATABASE_FILE, createSubscriptionStore, openDatabase, openStore, type NewSubscription } from "../../src/store/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { createMovableClock, tempDataDir } from "../subscriptions/fixtures.ts";
import type { ChatAddress } from "../../src/model/chat.ts";

const CHAT: ChatAddress = { platform: "telegram", chatId: "-100", threadId: null };
const TOPIC: ChatAddress = { platform: "telegram", chatId: "-100", threadId: "42" };

function subscription(target: ChatAddress, value: string, createdAt = 1000): NewSubscription {
  return { target, kind: "keyword", value, label: value, typed: value, excludes: [], addedBy: "7", addedByName: "Lan", createdAt };
}

function fresh() {
  const clock = createMovableClock("2026-02-01T00:00:00Z");
  const dir = tempDataDir();
  const db = openStore(dir, createSilentLogger());
  return { dir, db, clock, store: createSubscriptionStore(db, { clock }) };
}

const claimOptions = { token: "run-a", now: 10_000, maxAttempts: 3, staleAfterMs: 60_000 };

describe("createSubscriptionStore", () => {
  it("returns created false and the new excludes when the same subscription is made again", async () => {
    const { store } = fresh();
    expect((await store.subscribe(subscription(CHAT, "gia vang"))).created).toBe(true);
    const again = await store.subscribe({ ...subscription(CHAT, "gia vang", 2000), excludes: ["thể thao"] });
    expect(again.created).toBe(false);
    expect(again.subscription.excludes).toEqual(["thể thao"]);
    expect(again.subscription.createdAt).toBe(1000);
    expect(await store.subscriptionsOf(CHAT)).toHaveLength(1);
  });

  it("keeps a forum topic's subscriptions apart from the chat's", async () => {
    const { store } = fresh();
    await store.subscribe(subscription(CHAT, "a"));
    await store.subscribe(subscription(TOPIC, "b"));
    expect((await store.subscriptionsOf(TOPIC)).map((item) => item.value)).toEqual(["b"]);
    expect((await store.targets()).map((item) => item.target)).toEqual([CHAT, TOPIC]);
  });

  it("removes one subscription by id and all of them", async () => {
    const { store } = fresh();
    const { subscription: first } = await store.subscribe(subscription(CHAT, "a"));
    await store.subscribe(subscription(CHAT, "b"));
    await store.subscribe(subscription(CHAT, "c"));
    expect(await store.unsubscribe(TOPIC, first.id)).toBe(false);
    expect(await store.unsubscribe(CHAT, first.id)).toBe(true);
    expect(await store.unsubscribeAll(CHAT)).toBe(2);
    expect(await store.targets()).toEqual([]);
  });

  it("returns merged settings after partial updates", async () => {
    const { store } = fresh();
    expect(await store.settingsOf(CHAT)).toEqual({ digestTime: null, timezone: null, sendEmpty: null });
    await store.updateSettings(CHAT, { digestTime: "06:30" }, 1);
    await store.updateSettings(CHAT, { timezone: "Asia/Tokyo", sendEmpty: true }, 2);
    expect(await store.settingsOf(CHAT)).toEqual({ digestTime: "06:30", timezone: "Asia/Tokyo", sendEmpty: true });
    expect((await store.settingsOf(TOPIC)).digestTime).toBeNull();
  });

  it("pauses every topic of a chat on markInactive and resumes on markActive", async () => {
    const { store } = fresh();
    await store.subscribe(subscription(TOPIC, "a"));
    store.markInactive({ platform: "telegram", chatId: "-100", threadId: "42" }, "Forbidden: bot was kicked");
    expect(await store.statusOf(CHAT)).toMatchObject({ active: false, reason: "Forbidden: bot was kicked" });
    expect((await store.targets())[0]?.status.active).toBe(false);
    store.markActive({ platform: "telegram", chatId: "-100", threadId: null });
    expect(await store.statusOf(TOPIC)).toMatchObject({ active: true, reason: null });
  });

  it("keeps the first first-seen time of an article", async () => {
    const { store } = fresh();
    expect(await store.recordFirstSeen(["a", "b"], 100)).toBe(2);
    expect(await store.recordFirstSeen(["b", "c"], 200)).toBe(1);
    expect([...(await store.firstSeenAfter(100)).entries()]).toEqual([["c", 200]]);
    expect((await store.firstSeenAfter(0)).get("b")).toBe(100);
  });

  it("claims a day once, and only the claimer can mark it", async () => {
    const { store } = fresh();
    expect((await store.claimDelivery(CHAT, "2026-02-01", claimOptions))?.status).toBe("claimed");
    expect(await store.claimDelivery(CHAT, "2026-02-01", claimOptions)).toBeNull();
    expect(await store.claimDelivery(CHAT, "2026-02-01", { ...claimOptions, token: "run-b" })).toBeNull();
    expect(await store.markSending(CHAT, "2026-02-01", "run-b", ["x"], 9000)).toBe(false);
    expect(await store.markSending(CHAT, "2026-02-01", "run-a", ["x"], 9000)).toBe(true);
    expect(await store.finishDelivery(CHAT, "2026-02-01", "run-a", { status: "sent", at: 11_000 })).toBe(true);
    expect(await store.deliveryOn(CHAT, "2026-02-01")).toMatchObject({ status: "sent", articleIds: ["x"], attempts: 1, windowEnd: 9000 });
    expect(await store.claimDelivery(CHAT, "2026-02-01", { ...claimOptions, token: "run-b", now: 999_999 })).toBeNull();
    expect(await store.lastWindowEnd(CHAT)).toBe(9000);
  });

  it("reclaims a failed delivery until the attempts are used up", async () => {
    const { store } = fresh();
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect((await store.claimDelivery(CHAT, "d", claimOptions))?.attempts).toBe(attempt);
      await store.finishDelivery(CHAT, "d", "run-a", { status: "failed", at: 1, error: "failed: 500" });
    }
    expect(await store.claimDelivery(CHAT, "d", claimOptions)).toBeNull();
    expect(await store.deliveryOn(CHAT, "d")).toMatchObject({ status: "failed", lastError: "failed: 500" });
  });

  it("takes over another run's stale claim but turns a stale send into uncertain", async () => {
    const { store } = fresh();
    await store.claimDelivery(CHAT, "d", claimOptions);
    await store.claimDelivery(TOPIC, "d", claimOptions);
    await store.markSending(TOPIC, "d", "run-a", ["x"], 10_000);
    const later = { ...claimOptions, token: "run-b", now: 10_000 + 60_000 };
    expect(await store.claimDelivery(CHAT, "d", { ...later, now: later.now - 1 })).toBeNull();
    expect(await store.claimDelivery(CHAT, "d", later)).toMatchObject({ status: "claimed", claimToken: "run-b", attempts: 2 });
    expect(await store.claimDelivery(TOPIC, "d", later)).toBeNull();
    expect((await store.deliveryOn(TOPIC, "d"))?.status).toBe("uncertain");
    expect(await store.lastWindowEnd(TOPIC)).toBe(10_000);
  });

  it("lets only one of two connections claim the same delivery", async () => {
    const { dir, store } = fresh();
    const other = createSubscriptionStore(openDatabase(join(dir, DATABASE_FILE), createSilentLogger()));
    const results = [(await store.claimDelivery(CHAT, "d", claimOptions)), (await other.claimDelivery(CHAT, "d", { ...claimOptions, token: "run-b" }))];
    expect(results.filter((claim) => claim !== null)).toHaveLength(1);
  });
});
