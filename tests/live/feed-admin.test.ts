import { describe, expect, it } from "vitest";
import { createFeedAdmin } from "../../src/live/feed-admin.ts";
import { createFeedStore } from "../../src/store/feed-store.ts";
import { openDatabase } from "../../src/store/index.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";

const LISTED = "https://www.example.vn/rss?ref=home";

function open() {
  const clock = createFixedClock("2026-02-01T00:00:00Z");
  const store = createFeedStore(openDatabase(":memory:", createSilentLogger()), clock);
  store.addFeed(LISTED, "Ví dụ", "admin");
  const told: string[] = [];
  const scheduler = { pollSoon: (url: string) => void told.push(`poll ${url}`), cancel: (url: string) => void told.push(`cancel ${url}`) };
  return { store, told, feeds: createFeedAdmin({ store, adminIds: ["telegram:1"], scheduler, logger: createSilentLogger(), clock }) };
}

describe("createFeedAdmin", () => {
  it.each([
    ["không phải địa chỉ", { ok: false, reason: "invalid" }, []],
    ["ftp://example.vn/rss", { ok: false, reason: "invalid" }, []],
    [LISTED, { ok: false, reason: "exists" }, []],
    ["https://EXAMPLE.vn/rss?ref=home&utm_source=zalo#top", { ok: false, reason: "exists" }, []],
    ["https://baolangson.vn/rss.xml", { ok: true, url: "https://baolangson.vn/rss.xml" }, ["poll https://baolangson.vn/rss.xml"]],
  ])("returns add(%j) as %j and tells the scheduler %j", (url, result, told) => {
    const admin = open();
    expect(admin.feeds.add(url)).toEqual(result);
    expect(admin.told).toEqual(told);
    expect(admin.store.listFeeds()).toHaveLength(result.ok ? 2 : 1);
  });

  it.each([
    [LISTED, true, [`cancel ${LISTED}`]],
    ["https://example.vn/rss?ref=home&utm_medium=feed", true, [`cancel ${LISTED}`]],
    ["https://example.vn/khac.rss", false, []],
    ["không phải địa chỉ", false, []],
  ])("returns remove(%j) as %s and cancels the listed spelling's polls %j", (url, removed, told) => {
    const admin = open();
    expect(admin.feeds.remove(url)).toBe(removed);
    expect(admin.told).toEqual(told);
    expect(admin.store.listFeeds()).toHaveLength(removed ? 0 : 1);
  });

  it("returns the admin ids it was given and the feeds of the store", () => {
    const { feeds } = open();
    expect(feeds.adminIds).toEqual(["telegram:1"]);
    expect(feeds.list().map((feed) => [feed.url, feed.label])).toEqual([[LISTED, "Ví dụ"]]);
  });

  it("returns the listed feeds as OPML dated by its clock, with credentials in a URL hidden", () => {
    const admin = open();
    admin.store.addFeed("https://user:secret@tin.example.vn/rss", "Có mật khẩu", "admin");
    const { count, opml } = admin.feeds.exportOpml();
    expect(count).toBe(2);
    expect(opml).toContain("<dateCreated>Sun, 01 Feb 2026 00:00:00 GMT</dateCreated>");
    expect(opml).toContain("tin.example.vn");
    expect(opml).not.toContain("secret");
    expect(opml).not.toContain("user:");
  });
});
