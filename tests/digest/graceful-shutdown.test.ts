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

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CLOCKED_MAIN = fileURLToPath(new URL("./clocked-main.ts", import.meta.url));
const ZONE = "Asia/Ho_Chi_Minh";
const CHATS = 20;
const SIGNAL_AT = 10;
// NOTE: each sendMessage answer is held this long, so several sends are in flight at the signal.
const SEND_MS = 400;
const QUANG_NINH = [QUANG_NINH_SEED, "001_bf3dcb981beec8a1", "002_3c5535e1b6821573", "003_45bae082017173c4"];

let fake: FakeBotApi | null = null;
const children = new Set<ChildProcess>();

afterEach(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  children.clear();
  await fake?.close();
  fake = null;
});

// NOTE: the child's clock starts at 10:00 in Vietnam on 2 December 2026, a single-digit day.
const FIRST_START = "2026-12-02T03:00:00Z";
const SECOND_START = "2026-12-02T03:05:00Z";
const TODAY = "2026-12-02";
const HEADING = "Điểm tin ngày 2/12/2026";
const TIMEOUT_MS = 180_000;

/**
 * Starts the bot process as `npm start` runs it, on the fake Bot API, with its clock starting at
 * `now`; `waitForLog` resolves at the first JSON log line with a given message.
 */
function startBot(env: Record<string, string>, now: string) {
  const child = spawn(process.execPath, ["--import", "tsx", CLOCKED_MAIN], {
    cwd: ROOT,
    env: { ...process.env, ...env, NOW: now },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let stderr = "";
  const listeners = new Set<() => void>();
  child.stdout.resume();
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    for (const listener of [...listeners]) listener();
  });
  const exited = once(child, "exit").then(([code, signal]) => ({ code: code as number | null, signal: signal as string | null, stderr }));
  const waitForLog = (msg: string, timeoutMs = 60_000) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      const check = () => {
        const [entry] = logLines(stderr, msg);
        if (!entry) return;
        done();
        resolve(entry);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`bot: no "${msg}" log line within ${timeoutMs} ms`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  return { child, exited, waitForLog };
}

/** The JSON log lines with a given message. */
function logLines(stderr: string, msg: string): Record<string, unknown>[] {
  return stderr
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.msg === msg);
}

describe("graceful shutdown of the bot process (adapters/main.ts, fake Bot API)", () => {
  it("returns in-flight digests sent and the rest claimable when SIGTERM arrives mid-fan-out, then the restart delivers each chat once", async () => {
    // NOTE: a 00:00 digest time, so the day's digest is due at once.
    const today = TODAY;
    const heading = HEADING;
    const dataDir = tempDataDir();
    const db = openStore(dataDir, createSilentLogger());
    const store = createSubscriptionStore(db);
    const targets: ChatAddress[] = Array.from({ length: CHATS }, (_, index) => ({ platform: "telegram", chatId: String(7001 + index), threadId: null }));
    for (const target of targets) {
      await store.subscribe({ target, kind: "province", value: "quang-ninh", label: "Quảng Ninh", typed: "Quảng Ninh", excludes: [], addedBy: null, addedByName: null, createdAt: Date.parse("2020-01-01T00:00:00Z") });
    }
    await store.recordFirstSeen(QUANG_NINH, Date.parse("2020-01-02T00:00:00Z"));
    db.close();

    const api = await startFakeBotApi();
    fake = api;
    const env = {
      DATA_DIR: dataDir,
      TELEGRAM_BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_WEBHOOK_URL: "",
      SLACK_BOT_TOKEN: "",
      SEEDS_DIR: "seeds",
      CORPUS_DIRS: "",
      CORPUS_WATCH: "false",
      INDEX_SNAPSHOT: "false",
      FEEDS: "",
      FEEDS_FILE: "",
      DIGEST_DEFAULT_TIME: "00:00",
      DIGEST_TIMEZONE: ZONE,
      LOG_LEVEL: "info",
    };

    api.delay("sendMessage", SEND_MS);
    const first = startBot(env, FIRST_START);
    let messages = 0;
    const stopListening = api.onCall((call) => {
      if (call.method !== "sendMessage" || ++messages !== SIGNAL_AT) return;
      first.child.kill("SIGTERM");
    });
    const stopped = await first.exited;
    stopListening();
    expect(stopped).toMatchObject({ code: 0, signal: null });
    expect(logLines(stopped.stderr, "app: stopped")).toHaveLength(1);
    const delivered = api.callsOf("sendMessage");
    expect(delivered.length).toBeGreaterThanOrEqual(SIGNAL_AT);
    expect(delivered.length).toBeLessThan(CHATS);

    // NOTE: every send that reached the Bot API was waited for and recorded as sent; the chats
    // not reached were released, not left "sending" (which would make them uncertain, never resent).
    const reached = new Set(delivered.map((call) => String(call.payload.chat_id)));
    const midway = openStore(dataDir, createSilentLogger());
    const statuses = await Promise.all(targets.map(async (target) => [target.chatId, (await createSubscriptionStore(midway).deliveryOn(target, today))?.status ?? "none"] as const));
    midway.close();
    for (const [chatId, status] of statuses) expect(status, chatId).toBe(reached.has(chatId) ? "sent" : status === "none" ? "none" : "failed");
    const [run] = logLines(stopped.stderr, "digest: run finished");
    expect(run).toMatchObject({ jobs: CHATS, sent: delivered.length, skipped: CHATS - delivered.length, uncertain: 0 });

    api.delay("sendMessage", 0);
    const second = startBot(env, SECOND_START);
    await second.waitForLog("digest: run finished");
    second.child.kill("SIGTERM");
    expect(await second.exited).toMatchObject({ code: 0, signal: null });

    const perChat = new Map<string, number>();
    for (const call of api.callsOf("sendMessage")) {
      expect(String(call.payload.text)).toContain(heading);
      perChat.set(String(call.payload.chat_id), (perChat.get(String(call.payload.chat_id)) ?? 0) + 1);
    }
    expect([...perChat.keys()].sort()).toEqual(targets.map((target) => target.chatId).sort());
    expect([...perChat.values()].every((count) => count === 1)).toBe(true);
    const after = openStore(dataDir, createSilentLogger());
    const finals = await Promise.all(targets.map(async (target) => (await createSubscriptionStore(after).deliveryOn(target, today))?.status));
    after.close();
    expect(finals.every((status) => status === "sent")).toBe(true);
  }, TIMEOUT_MS);
});
