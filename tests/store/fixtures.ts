import { createSilentLogger } from "../../src/util/logger.ts";
import { openStore } from "../../src/store/index.ts";
import { createMovableClock, tempDataDir } from "../subscriptions/fixtures.ts";
import type { ChatAddress } from "../../src/model/chat.ts";
import type { NewSubscription } from "../../src/store/index.ts";

/** A chat and one of its forum topics. */
export const CHAT: ChatAddress = { platform: "telegram", chatId: "-100", threadId: null };
export const TOPIC: ChatAddress = { platform: "telegram", chatId: "-100", threadId: "42" };

/** A keyword subscription of `target` to `value`. */
export function subscription(target: ChatAddress, value: string, createdAt = 1000): NewSubscription {
  return { target, kind: "keyword", value, label: value, typed: value, excludes: [], addedBy: "7", addedByName: "Lan", createdAt };
}

/** A fresh store file in a temporary folder, and a movable clock. */
export function freshDatabase() {
  const clock = createMovableClock("2026-02-01T00:00:00Z");
  const dir = tempDataDir();
  const db = openStore(dir, createSilentLogger());
  return { dir, db, clock };
}
