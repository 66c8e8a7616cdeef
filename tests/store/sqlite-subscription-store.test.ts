import { describe, expect, it } from "vitest";
import { createSubscriptionStore } from "../../src/store/index.ts";
import { CHAT, TOPIC, freshDatabase, subscription } from "./fixtures.ts";

function fresh() {
  const { db, clock } = freshDatabase();
  return { store: createSubscriptionStore(db, { clock }) };
}

describe("createSubscriptionStore", () => {
  it("pauses every topic of a chat on markInactive and resumes on markActive", async () => {
    const { store } = fresh();
    await store.subscribe(subscription(TOPIC, "a"));
    store.markInactive({ platform: "telegram", chatId: "-100", threadId: "42" }, "Forbidden: bot was kicked");
    expect(await store.statusOf(CHAT)).toMatchObject({ active: false, reason: "Forbidden: bot was kicked" });
    expect((await store.targets())[0]?.status.active).toBe(false);
    store.markActive({ platform: "telegram", chatId: "-100", threadId: null });
    expect(await store.statusOf(TOPIC)).toMatchObject({ active: true, reason: null });
  });
});
