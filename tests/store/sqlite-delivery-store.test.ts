import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATABASE_FILE, createDeliveryStore, openDatabase } from "../../src/store/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { CHAT, TOPIC, freshDatabase } from "./fixtures.ts";

const claimOptions = { token: "run-a", now: 10_000, maxAttempts: 3, staleAfterMs: 60_000 };

describe("createDeliveryStore", () => {
  it("keeps the first first-seen time of an article", async () => {
    const { db } = freshDatabase();
    const store = createDeliveryStore(db);
    expect(await store.recordFirstSeen(["a", "b"], 100)).toBe(2);
    expect(await store.recordFirstSeen(["b", "c"], 200)).toBe(1);
    expect([...(await store.firstSeenAfter(100)).entries()]).toEqual([["c", 200]]);
    expect((await store.firstSeenAfter(0)).get("b")).toBe(100);
  });

  it("returns how many of many ids were new, ids with quotes and marks included", async () => {
    const { db } = freshDatabase();
    const store = createDeliveryStore(db);
    const ids = Array.from({ length: 12_001 }, (_, at) => `bài-${at}"\\'`);
    expect(await store.recordFirstSeen(ids.slice(0, 6000), 100)).toBe(6000);
    expect(await store.recordFirstSeen(ids, 200)).toBe(6001);
    const seen = await store.firstSeenAfter(0);
    expect(seen.size).toBe(ids.length);
    expect([seen.get(ids[0] as string), seen.get(ids[12_000] as string)]).toEqual([100, 200]);
  });

  it("claims a day once, and only the claimer can mark it", async () => {
    const { db } = freshDatabase();
    const store = createDeliveryStore(db);
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
    const { db } = freshDatabase();
    const store = createDeliveryStore(db);
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect((await store.claimDelivery(CHAT, "d", claimOptions))?.attempts).toBe(attempt);
      await store.finishDelivery(CHAT, "d", "run-a", { status: "failed", at: 1, error: "failed: 500" });
    }
    expect(await store.claimDelivery(CHAT, "d", claimOptions)).toBeNull();
    expect(await store.deliveryOn(CHAT, "d")).toMatchObject({ status: "failed", lastError: "failed: 500" });
  });

  it("takes over another run's stale claim but turns a stale send into uncertain", async () => {
    const { db } = freshDatabase();
    const store = createDeliveryStore(db);
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
    const { dir, db } = freshDatabase();
    const store = createDeliveryStore(db);
    const other = createDeliveryStore(openDatabase(join(dir, DATABASE_FILE), createSilentLogger()));
    const results = [(await store.claimDelivery(CHAT, "d", claimOptions)), (await other.claimDelivery(CHAT, "d", { ...claimOptions, token: "run-b" }))];
    expect(results.filter((claim) => claim !== null)).toHaveLength(1);
  });
});
