import { beforeAll, describe, expect, it } from "vitest";
import { loadCore, type Core } from "../../src/app/index.ts";
import type { CorpusCommand } from "../../src/router/command.ts";
import { runCommand } from "../../src/router/run-command.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";
import { chatOf, createHarness, textOf } from "../subscriptions/fixtures.ts";

const NOT_ALLOWED = "Xin lỗi, trong nhóm này chỉ quản trị viên mới được thay đổi mục theo dõi và giờ gửi điểm tin.";
const NO_STORE = "Theo dõi tin và điểm tin hằng ngày chỉ dùng được trên Telegram và Slack.";
const MEMBER = chatOf({ chatId: "-5", chatKind: "group", canManage: false });
const ADMIN = chatOf({ chatId: "-5", chatKind: "group", canManage: true });
const GROUP = { platform: "telegram", chatId: "-5", threadId: null } as const;

let storeless: Core;

beforeAll(() => {
  storeless = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
});

describe("the router's checks of what a command declares", () => {
  it("returns the commands that declare the subscription store and who may run them", () => {
    const declared = storeless.commands.filter((command) => command.needs || command.manages).map((command) => `${command.name} ${command.needs} ${command.manages}`);
    expect(declared).toEqual([
      "theodoi subscriptions true",
      "huytheodoi subscriptions true",
      "dangtheodoi subscriptions undefined",
      "giobantin subscriptions with-args",
      "diemtin subscriptions undefined",
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

  it("returns the refusal for a managing command that needs no store, without running it", async () => {
    const ran: string[] = [];
    const command: CorpusCommand = {
      name: "thu",
      aliases: [],
      params: "",
      summary: "",
      example: "/thu",
      manages: true,
      run(args) {
        ran.push(args);
        return { ok: true, head: [], items: [] };
      },
    };
    const deps = { corpus: storeless.corpus, search: storeless.search };
    expect(await runCommand(command, "a", deps, MEMBER)).toEqual({ ok: false, head: [{ kind: "paragraph", spans: [{ text: NOT_ALLOWED }] }], items: [], total: 0 });
    expect(await runCommand(command, "b", deps, ADMIN)).toMatchObject({ ok: true });
    expect(ran).toEqual(["b"]);
  });
});
