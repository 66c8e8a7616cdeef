import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { createSubscriptionStore, openStore } from "../../src/store/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { startFakeBotApi, type FakeBotApi } from "../adapters/telegram/fake-bot-api.ts";
import { tempDataDir } from "../subscriptions/fixtures.ts";
import { QUANG_NINH_SEED } from "./fixtures.ts";
import type { ChatAddress } from "../../src/model/chat.ts";

const CHILD = fileURLToPath(new URL("./crash-child.ts", import.meta.url));
const CHATS = 30;
const KILL_AT = 12;
const NOW = "2026-11-24T00:05:00Z";
const HEADING = "Điểm tin ngày 24/11/2026";
// NOTE: the four Quảng Ninh seeds, first seen after the subscriptions: every digest lists them.
const QUANG_NINH = [QUANG_NINH_SEED, "001_bf3dcb981beec8a1", "002_3c5535e1b6821573", "003_45bae082017173c4"];

let fake: FakeBotApi | null = null;

afterEach(async () => {
  await fake?.close();
  fake = null;
});

function runChild(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, "exit").then(([code, signal]) => ({ code: code as number | null, signal: signal as string | null, stdout, stderr }));
  return { child, exited };
}

/** How many digests (messages with the day's heading) each chat got at the fake Bot API. */
function digestsPerChat(api: FakeBotApi): Map<number, number> {
  const counts = new Map<number, number>();
  for (const call of api.callsOf("sendMessage")) {
    if (!String(call.payload.text).includes(HEADING)) continue;
    const chat = Number(call.payload.chat_id);
    counts.set(chat, (counts.get(chat) ?? 0) + 1);
  }
  return counts;
}

describe("digest crash safety (real child process, real Telegram adapter, fake Bot API)", () => {
  it("returns every chat's digest exactly once at the fake Bot API when the sender is SIGKILLed mid-fan-out and restarted", async () => {
    const dataDir = tempDataDir();
    const db = openStore(dataDir, createSilentLogger());
    const store = createSubscriptionStore(db);
    const targets: ChatAddress[] = Array.from({ length: CHATS }, (_, index) => ({ platform: "telegram", chatId: String(5001 + index), threadId: null }));
    for (const target of targets) {
      await store.subscribe({ target, kind: "province", value: "quang-ninh", label: "Quảng Ninh", typed: "Quảng Ninh", excludes: [], addedBy: null, addedByName: null, createdAt: Date.parse("2026-11-20T00:00:00Z") });
    }
    await store.recordFirstSeen(QUANG_NINH, Date.parse("2026-11-21T00:00:00Z"));
    db.close();

    const api = await startFakeBotApi();
    fake = api;
    let victim: ChildProcess | null = null;
    let messages = 0;
    api.onCall((call) => {
      if (call.method !== "sendMessage" || ++messages !== KILL_AT || !victim) return;
      // NOTE: the worst moment: the Bot API has the message (it is delivered) and its answer is
      // held back, so the process dies not knowing; the store cannot tell it from "not sent".
      api.delay("sendMessage", 5000);
      victim.kill("SIGKILL");
    });
    const env = { DATA_DIR: dataDir, TELEGRAM_API_ROOT: api.apiRoot, TELEGRAM_BOT_TOKEN: api.token, NOW };

    const first = runChild(env);
    victim = first.child;
    const killed = await first.exited;
    expect(killed.signal).toBe("SIGKILL");
    expect(api.callsOf("sendMessage")).toHaveLength(KILL_AT);
    victim = null;
    api.delay("sendMessage", 0);

    const second = await runChild(env).exited;
    expect(second.stderr).toBe("");
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toEqual({ sent: CHATS - KILL_AT, uncertain: 1, empty: 0, failed: 0, paused: 0, skipped: 0 });

    const received = digestsPerChat(api);
    expect([...received.keys()].sort()).toEqual(targets.map((target) => Number(target.chatId)).sort());
    expect([...received.values()].every((count) => count === 1)).toBe(true);
    expect(api.callsOf("sendMessage")).toHaveLength(CHATS);
    expect(api.callsOf("sendMessage").every((call) => String(call.payload.text).includes("4 bài mới theo 1 mục"))).toBe(true);

    const after = openStore(dataDir, createSilentLogger());
    const statuses = await Promise.all(targets.map(async (target) => (await createSubscriptionStore(after).deliveryOn(target, "2026-11-24"))?.status));
    after.close();
    expect(statuses.filter((status) => status === "sent")).toHaveLength(CHATS - 1);
    expect(statuses.filter((status) => status === "uncertain")).toHaveLength(1);
  }, 120_000);
});
