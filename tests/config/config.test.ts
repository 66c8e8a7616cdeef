import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.ts";

const cwd = "/srv/diemtin";

describe("loadConfig", () => {
  it("returns the defaults when nothing is set", () => {
    const config = loadConfig({ env: {}, cwd, useDotEnv: false });
    expect(config).toMatchObject({ corpusDirs: ["/srv/diemtin/seeds"], dataDir: "/srv/diemtin/data", snapshot: true, logLevel: "info" });
    expect(config.telegram).toBeNull();
    expect(config.slack).toBeNull();
    expect(config.digest).toEqual({ defaultTime: "07:00", timezone: "Asia/Ho_Chi_Minh", sendEmpty: false, telegramPerSecond: 25 });
    expect(config.live).toEqual({ watch: true, feeds: [], feedsFile: null, feedIntervalMinutes: 15, allowPrivate: false });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("returns seeds, CORPUS_DIRS and --seeds folders in order, without duplicates", () => {
    const config = loadConfig({ env: { CORPUS_DIRS: " a, b ,,seeds" }, cwd, extraDirs: ["c", "a"], useDotEnv: false });
    expect(config.corpusDirs).toEqual(["/srv/diemtin/seeds", "/srv/diemtin/a", "/srv/diemtin/b", "/srv/diemtin/c"]);
  });

  it("returns defaults when variables are empty strings", () => {
    const config = loadConfig({ env: { LOG_LEVEL: "", DATA_DIR: "  ", INDEX_SNAPSHOT: "" }, cwd, useDotEnv: false });
    expect(config.logLevel).toBe("info");
    expect(config.dataDir).toBe("/srv/diemtin/data");
  });

  it.each([
    [{ LOG_LEVEL: "loud" }, /^LOG_LEVEL: /],
    [{ INDEX_SNAPSHOT: "maybe" }, /^INDEX_SNAPSHOT: /],
    [{ TELEGRAM_WEBHOOK_URL: "https://x.vn/hook" }, /^TELEGRAM_BOT_TOKEN: is required for Telegram/],
    [{ TELEGRAM_BOT_TOKEN: "oops" }, /^TELEGRAM_BOT_TOKEN: /],
    [{ TELEGRAM_BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz", TELEGRAM_WEBHOOK_URL: "https://x.vn/hook" }, /^TELEGRAM_WEBHOOK_SECRET: is required/],
    [{ TELEGRAM_BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz", PORT: "99999" }, /^PORT: /],
    [{ SLACK_BOT_TOKEN: "xoxb-1" }, /^SLACK_SIGNING_SECRET: is required/],
    [{ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xoxb-2" }, /^SLACK_APP_TOKEN: /],
    [{ DIGEST_DEFAULT_TIME: "7h" }, /^DIGEST_DEFAULT_TIME: /],
    [{ DIGEST_TIMEZONE: "Mars/Base" }, /^DIGEST_TIMEZONE: /],
    [{ DIGEST_TELEGRAM_RATE: "31" }, /^DIGEST_TELEGRAM_RATE: /],
    [{ DIGEST_TELEGRAM_RATE: "0" }, /^DIGEST_TELEGRAM_RATE: /],
    [{ FEEDS: "ftp://x.vn/rss" }, /^FEEDS: /],
    [{ FEED_INTERVAL_MINUTES: "0" }, /^FEED_INTERVAL_MINUTES: /],
  ])("throws an error naming the variable when %j is invalid", (env, message) => {
    expect(() => loadConfig({ env, cwd, useDotEnv: false })).toThrow(message);
  });

  it("returns .env values, overridden by the real environment", () => {
    const dir = mkdtempSync(join(tmpdir(), "diemtin-config-"));
    writeFileSync(join(dir, ".env"), "LOG_LEVEL=debug\nDATA_DIR=state\n");
    const config = loadConfig({ env: { DATA_DIR: "other" }, cwd: dir });
    expect(config.logLevel).toBe("debug");
    expect(config.dataDir).toBe(join(dir, "other"));
  });

  it("returns platform sections when their tokens are set", () => {
    const config = loadConfig({
      env: {
        TELEGRAM_BOT_TOKEN: "123:abcdefghijklmnopqrstuvwxyz",
        TELEGRAM_API_ROOT: "http://127.0.0.1:9/",
        SLACK_BOT_TOKEN: "xoxb-1",
        SLACK_APP_TOKEN: "xapp-1",
        ADMIN_IDS: "telegram:1, slack:U2",
      },
      cwd,
      useDotEnv: false,
    });
    expect(config.telegram).toEqual({ token: "123:abcdefghijklmnopqrstuvwxyz", webhookUrl: null, webhookSecret: null, port: 8080, apiRoot: "http://127.0.0.1:9" });
    expect(config.slack).toMatchObject({ botToken: "xoxb-1", appToken: "xapp-1", signingSecret: null, port: 3000 });
    expect(config.adminIds).toEqual(["telegram:1", "slack:U2"]);
  });
});
