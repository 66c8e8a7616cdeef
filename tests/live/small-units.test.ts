import { describe, expect, it } from "vitest";
import { backoffDelay } from "../../src/live/backoff.ts";
import { createHostQueue } from "../../src/live/host-queue.ts";
import { isAdmin } from "../../src/live/is-admin.ts";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { configuredFeeds, parseFeedList } from "../../src/live/feed-list.ts";
import { vietnamDay } from "../../src/live/vietnam-day.ts";
import { createRecordingLogger } from "../fixtures/seeds.ts";

describe("backoffDelay", () => {
  it.each([
    [0, 0],
    [1, 1000],
    [2, 2000],
    [4, 8000],
    [20, 60_000],
  ])("returns the wait after %i failures", (failures, expected) => {
    expect(backoffDelay(failures, { baseMs: 1000, maxMs: 60_000 })).toBe(expected);
  });
});

describe("vietnamDay", () => {
  it.each([
    ["2026-01-27T20:30:00Z", "2026-01-28"],
    ["2026-01-27T08:00:00+07:00", "2026-01-27"],
    ["Tue, 27 Jan 2026 18:00:00 GMT", "2026-01-28"],
    ["2026-01-27", "2026-01-27"],
    ["hôm qua", null],
    [null, null],
  ])("returns the Vietnam calendar day of %s", (raw, expected) => {
    expect(vietnamDay(raw)).toBe(expected);
  });
});

describe("isAdmin", () => {
  const admins = ["telegram:123", "slack:U42", "777"];
  it.each([
    ["telegram", "123", true],
    ["slack", "123", false],
    ["slack", "U42", true],
    ["telegram", "777", true],
    ["console", "777", true],
    ["console", "console", true],
    ["console", null, true],
    ["telegram", "999", false],
    ["telegram", null, false],
  ] as const)("on %s user %s returns %s", (platform, userId, expected) => {
    expect(isAdmin(admins, { platform, userId })).toBe(expected);
  });
});

describe("parseFeedList", () => {
  it("returns URLs with optional labels, skipping comments and bad lines with a warning", () => {
    const logger = createRecordingLogger();
    const feeds = parseFeedList("# nguồn\nhttps://vnexpress.net/rss/thoi-su.rss VnExpress Thời sự\n\nkhông-phải-url\nhttps://dantri.com.vn/rss/home.rss\n", logger);
    expect(feeds).toEqual([
      { url: "https://vnexpress.net/rss/thoi-su.rss", label: "VnExpress Thời sự" },
      { url: "https://dantri.com.vn/rss/home.rss", label: null },
    ]);
    expect(logger.entries.filter((entry) => entry.level === "warn")).toHaveLength(1);
  });
});

describe("configuredFeeds", () => {
  it.each([
    ["a list of URLs", "feeds.txt", "https://a.vn/rss Báo A\nhttps://b.vn/rss?utm_source=x Báo B\n"],
    [
      "an OPML file, with folders",
      "feeds.opml",
      `<?xml version="1.0"?>\n<opml version="1.0"><body><outline text="Tỉnh"><outline text="Báo A" xmlUrl="https://a.vn/rss"/></outline><outline text="B" xmlUrl="https://b.vn/rss?utm_source=x"/></body></opml>`,
    ],
  ])("returns FEEDS then the feeds of %s, each URL once", (_name, name, content) => {
    const dir = mkdtempSync(join(tmpdir(), "diemtin-feeds-"));
    try {
      const file = join(dir, name);
      writeFileSync(file, content);
      const feeds = configuredFeeds({ watch: false, feeds: ["https://b.vn/rss"], feedsFile: file, feedIntervalMinutes: 15, allowPrivate: false }, createRecordingLogger());
      expect(feeds).toEqual([
        { url: "https://b.vn/rss", label: null },
        { url: "https://a.vn/rss", label: "Báo A" },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("warns and returns FEEDS alone when the feeds file is missing", () => {
    const logger = createRecordingLogger();
    expect(configuredFeeds({ watch: false, feeds: ["https://b.vn/rss"], feedsFile: "/khong/co/feeds.txt", feedIntervalMinutes: 15, allowPrivate: false }, logger)).toHaveLength(1);
    expect(logger.entries.some((entry) => entry.msg === "feeds: file unreadable")).toBe(true);
  });
});

describe("createHostQueue", () => {
  it("runs tasks for one host one at a time and other hosts in parallel", async () => {
    const queue = createHostQueue();
    const log: string[] = [];
    let active = 0;
    let maxActive = 0;
    const task = (name: string) => async () => {
      active++;
      maxActive = Math.max(maxActive, active);
      log.push(`start ${name}`);
      await new Promise((done) => setTimeout(done, 10));
      log.push(`end ${name}`);
      active--;
    };
    await Promise.all([queue.run("http://a.vn/1", task("a1")), queue.run("http://a.vn/2", task("a2"))]);
    expect(log).toEqual(["start a1", "end a1", "start a2", "end a2"]);
    expect(maxActive).toBe(1);
    log.length = 0;
    await Promise.all([queue.run("http://a.vn/1", task("a")), queue.run("http://b.vn/1", task("b"))]);
    expect(log.slice(0, 2)).toEqual(["start a", "start b"]);
  });

  it("keeps going after a failed task", async () => {
    const queue = createHostQueue();
    await expect(queue.run("http://a.vn", () => Promise.reject(new Error("hỏng")))).rejects.toThrow("hỏng");
    await expect(queue.run("http://a.vn", () => Promise.resolve(5))).resolves.toBe(5);
  });
});
