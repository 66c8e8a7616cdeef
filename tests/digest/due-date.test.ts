import { describe, expect, it } from "vitest";
import { dueDate } from "../../src/digest/index.ts";
import type { ChatSettings, TargetOverview } from "../../src/store/index.ts";
import { DEFAULT_DIGEST_CONFIG } from "../../src/config/index.ts";

const EARLY = Date.parse("2026-01-01T00:00:00Z");

function overview(settings: Partial<ChatSettings>, extra: Partial<TargetOverview> = {}): TargetOverview {
  return {
    target: { platform: "telegram", chatId: "1", threadId: null },
    settings: { digestTime: null, timezone: null, sendEmpty: null, ...settings },
    status: { active: true, reason: null, changedAt: null },
    subscriptionCount: 1,
    firstSubscribedAt: EARLY,
    ...extra,
  };
}

describe("dueDate", () => {
  it.each([
    ["23:59 in Vietnam is still the 23rd", "2026-11-23T16:59:00Z", { digestTime: "23:59" }, "2026-11-23"],
    ["00:00 in Vietnam is the 24th, before 23:59", "2026-11-23T17:00:00Z", { digestTime: "23:59" }, null],
    ["00:00 in Vietnam with a 00:00 digest", "2026-11-23T17:00:00Z", { digestTime: "00:00" }, "2026-11-24"],
    ["default 07:00 Vietnam at 06:59", "2026-11-23T23:59:00Z", {}, null],
    ["default 07:00 Vietnam at 07:00", "2026-11-24T00:00:00Z", {}, "2026-11-24"],
    ["a UTC chat at 23:59 UTC", "2026-11-23T23:59:00Z", { digestTime: "23:59", timezone: "UTC" }, "2026-11-23"],
    ["a UTC chat at 00:00 UTC", "2026-11-24T00:00:00Z", { digestTime: "23:59", timezone: "UTC" }, null],
    ["a Tokyo chat at 07:00 Tokyo", "2026-11-23T22:00:00Z", { timezone: "Asia/Tokyo" }, "2026-11-24"],
    ["a Berlin chat at 07:00 Vietnam", "2026-11-24T00:00:00Z", { timezone: "Europe/Berlin" }, null],
    ["a process back at 15:00 the same day", "2026-11-24T08:00:00Z", {}, "2026-11-24"],
    ["23:59 in Vietnam on 31 December", "2026-12-31T16:59:00Z", { digestTime: "23:59" }, "2026-12-31"],
    ["00:00 in Vietnam on 1 January with a 00:00 digest", "2026-12-31T17:00:00Z", { digestTime: "00:00" }, "2027-01-01"],
    ["00:00 in Vietnam on 1 January, before 23:59", "2026-12-31T17:00:00Z", { digestTime: "23:59" }, null],
    ["07:00 in Vietnam on 29 February", "2028-02-29T00:00:00Z", {}, "2028-02-29"],
    ["23:59 in Vietnam on 28 February of a leap year", "2028-02-28T16:59:00Z", { digestTime: "23:59" }, "2028-02-28"],
    ["07:00 in Vietnam on 1 March after a 29 February", "2028-03-01T00:00:00Z", {}, "2028-03-01"],
    ["07:00 in Vietnam on 9 January", "2026-01-09T00:00:00Z", {}, "2026-01-09"],
  ])("returns the owed date: %s", (_name, now, settings, expected) => {
    expect(dueDate(overview(settings), new Date(now), DEFAULT_DIGEST_CONFIG)).toBe(expected);
  });

  it("returns null for a paused chat", () => {
    const paused = overview({}, { status: { active: false, reason: "blocked", changedAt: 1 } });
    expect(dueDate(paused, new Date("2026-11-24T08:00:00Z"), DEFAULT_DIGEST_CONFIG)).toBeNull();
  });

  it("returns null on the day of a first subscription made after the digest time", () => {
    const late = overview({}, { firstSubscribedAt: Date.parse("2026-11-24T03:00:00Z") });
    expect(dueDate(late, new Date("2026-11-24T08:00:00Z"), DEFAULT_DIGEST_CONFIG)).toBeNull();
    expect(dueDate(late, new Date("2026-11-25T00:00:00Z"), DEFAULT_DIGEST_CONFIG)).toBe("2026-11-25");
  });
});
