import { LogLevel } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { createBoltLogger, scrubSecrets } from "../../../adapters/slack/bolt-logger.ts";
import { createRecordingLogger } from "../../fixtures/seeds.ts";

describe("scrubSecrets", () => {
  it.each([
    ["token xoxb-123-456-abcDEF here", "token [redacted] here"],
    ["app xapp-1-A0-99-ff", "app [redacted]"],
    ["user xoxp-1-2 and secret 8f742231b10e8888", "user [redacted] and secret [redacted]"],
    ['{"response_url":"https://hooks.slack.com/commands/T0/123/abcDEF"}', '{"response_url":"https://hooks.slack.com/[redacted]"}'],
  ])("returns %j without secrets", (input, expected) => {
    expect(scrubSecrets(input, ["8f742231b10e8888"])).toBe(expected);
  });
});

describe("createBoltLogger", () => {
  it("returns Bolt's lines as structured entries at or above its level, scrubbed", () => {
    const logger = createRecordingLogger();
    const bolt = createBoltLogger(logger, ["signing-secret-value"]);
    bolt.debug("dropped");
    bolt.warn("auth with", "xoxb-1-2-3", { secret: "signing-secret-value" }, new Error("boom"));
    bolt.setLevel(LogLevel.DEBUG);
    bolt.debug("kept");
    expect(bolt.getLevel()).toBe(LogLevel.DEBUG);
    expect(logger.entries.map((entry) => [entry.level, entry.msg])).toEqual([
      ["warn", 'auth with [redacted] {"secret":"[redacted]"} Error: boom'],
      ["debug", "kept"],
    ]);
  });
});
