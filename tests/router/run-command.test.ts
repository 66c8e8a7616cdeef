import { beforeAll, describe, expect, it } from "vitest";
import { loadCore, type Core } from "../../src/app/index.ts";
import type { CorpusCommand, FeedCommand } from "../../src/router/command.ts";
import { runCommand } from "../../src/router/run-command.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";
import { chatOf, createHarness, textOf } from "../subscriptions/fixtures.ts";

const NOT_ALLOWED = "Xin lỗi, trong nhóm này chỉ quản trị viên mới được thay đổi mục theo dõi và giờ gửi điểm tin.";
const NO_STORE = "Theo dõi tin và điểm tin hằng ngày chỉ dùng được trên Telegram và Slack.";
const NO_FEEDS = "Bot chưa bật nguồn tin trực tuyến.";
const NOT_ADMIN = "Lệnh này chỉ dành cho quản trị viên.";
const MEMBER = chatOf({ chatId: "-5", chatKind: "group", canManage: false });
const ADMIN = chatOf({ chatId: "-5", chatKind: "group", canManage: true });
const GROUP = { platform: "telegram", chatId: "-5", threadId: null } as const;

/** The names and help of a trial command. */
const TRIAL = { name: "thu", aliases: [], params: "", summary: "", example: "/thu" };

/** A command handler that records the arguments it ran with. */
function recorder() {
  const ran: string[] = [];
  return { ran, run: (args: string) => (ran.push(args), { ok: true, head: [], items: [] }) };
}

let storeless: Core;

beforeAll(() => {
  storeless = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
});

describe("the router's checks of what a command declares", () => {
  it("returns the commands that declare the subscription store and who may run them", () => {
    const declared = storeless.commands
      .filter((command) => command.needs || command.manages || command.adminsOnly)
      .map((command) => `${command.name} ${command.needs} ${command.manages} ${command.adminsOnly}`);
    expect(declared).toEqual([
      "theodoi subscriptions true undefined",
      "huytheodoi subscriptions true undefined",
      "dangtheodoi subscriptions undefined undefined",
      "giobantin subscriptions with-args undefined",
      "diemtin subscriptions undefined undefined",
      "nguon feeds undefined true",
    ]);
  });

  it.each(["/theodoi Quảng Ninh", "/huytheodoi tatca", "/dangtheodoi", "/giobantin", "/giobantin 06:30", "/diemtin"])(
    "returns the no-store answer for %s without a store, to managers and members alike",
    async (line) => {
      for (const chat of [ADMIN, MEMBER]) {
        const reply = await storeless.ask(line, { chat });
        expect({ ok: reply.ok, text: textOf(reply) }).toEqual({ ok: false, text: NO_STORE });
      }
    },
  );

  it.each(["/theodoi Quảng Ninh", "/huytheodoi tatca", "/huytheodoi 1", "/giobantin 06:30", "/giobantin tinrong bat", "/giobantin 25:00"])(
    "returns the refusal for %s to a group member who may not manage, and changes nothing",
    async (line) => {
      const { core, store } = createHarness();
      await core.ask("/theodoi Lạng Sơn", { chat: ADMIN });
      const reply = await core.ask(line, { chat: MEMBER });
      expect({ ok: reply.ok, text: textOf(reply) }).toEqual({ ok: false, text: NOT_ALLOWED });
      expect((await store.subscriptionsOf(GROUP)).map((item) => item.value)).toEqual(["lang-son"]);
      expect(await store.settingsOf(GROUP)).toEqual({ digestTime: null, timezone: null, sendEmpty: null });
    },
  );

  it.each(["/dangtheodoi", "/giobantin", "/diemtin"])("returns %s to a group member who may not manage: it only shows", async (line) => {
    const { core } = createHarness();
    await core.ask("/theodoi Lạng Sơn", { chat: ADMIN });
    const reply = await core.ask(line, { chat: MEMBER });
    expect(reply.ok).toBe(true);
    expect(textOf(reply)).not.toContain("chỉ quản trị viên");
  });

  it.each([["/nguon", { ...ADMIN, platform: "console" as const }], ["/nguon them https://example.vn/rss", MEMBER]])(
    "returns the no-feeds answer for %s without the live corpus, before any admin check",
    async (line, chat) => {
      const reply = await storeless.ask(line, { chat });
      expect({ ok: reply.ok, text: textOf(reply) }).toEqual({ ok: false, text: NO_FEEDS });
    },
  );

  it("returns the no-feeds answer for an OPML file sent without the live corpus", async () => {
    const reply = await storeless.attach({ name: "nguon.opml", text: "<opml/>" }, { chat: ADMIN });
    expect({ ok: reply.ok, text: textOf(reply) }).toEqual({ ok: false, text: NO_FEEDS });
  });

  it("returns the admin refusal for an admins-only command to a user not in ADMIN_IDS, without running it", async () => {
    const { ran, run } = recorder();
    const command: FeedCommand = { ...TRIAL, needs: "feeds", adminsOnly: true, run };
    const feeds = { adminIds: ["telegram:7"], list: () => [], add: () => ({ ok: false, reason: "invalid" }) as const, remove: () => false, exportOpml: () => ({ count: 0, opml: "" }) };
    const deps = { corpus: storeless.corpus, search: storeless.search, feeds };
    expect(textOf({ blocks: (await runCommand(command, "a", deps, chatOf({ userId: "8" }))).head })).toBe(NOT_ADMIN);
    expect(await runCommand(command, "b", deps, chatOf({ userId: "7" }))).toMatchObject({ ok: true });
    expect(ran).toEqual(["b"]);
  });

  it("returns the refusal for a managing command that needs no store, without running it", async () => {
    const { ran, run } = recorder();
    const command: CorpusCommand = { ...TRIAL, manages: true, run };
    const deps = { corpus: storeless.corpus, search: storeless.search };
    expect(textOf({ blocks: (await runCommand(command, "a", deps, MEMBER)).head })).toBe(NOT_ALLOWED);
    expect(await runCommand(command, "b", deps, ADMIN)).toMatchObject({ ok: true });
    expect(ran).toEqual(["b"]);
  });
});
