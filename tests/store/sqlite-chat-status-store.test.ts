import { describe, expect, it } from "vitest";
import { createChatStatusStore } from "../../src/store/index.ts";
import { CHAT, TOPIC, freshDatabase } from "./fixtures.ts";

describe("createChatStatusStore", () => {
  it("returns active with no reason for a chat nothing was recorded for", async () => {
    const { db } = freshDatabase();
    expect(await createChatStatusStore(db).statusOf(CHAT)).toEqual({ active: true, reason: null, changedAt: null });
  });

  it("returns the pause stamped by the clock, shared by every topic, and forgets the reason on resume", async () => {
    const { db, clock } = freshDatabase();
    const store = createChatStatusStore(db, { clock });
    store.markInactive(TOPIC, "Forbidden: bot was kicked");
    expect(await store.statusOf(CHAT)).toEqual({ active: false, reason: "Forbidden: bot was kicked", changedAt: clock.now().getTime() });
    clock.advance(1000);
    store.markActive(CHAT);
    expect(await store.statusOf(TOPIC)).toEqual({ active: true, reason: null, changedAt: clock.now().getTime() });
  });

  it("returns the status unchanged when an active chat is marked active", async () => {
    const { db, clock } = freshDatabase();
    const store = createChatStatusStore(db, { clock });
    store.markActive(CHAT);
    expect((await store.statusOf(CHAT)).changedAt).toBeNull();
  });
});
