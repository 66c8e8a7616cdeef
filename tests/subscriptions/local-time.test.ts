import { describe, expect, it } from "vitest";
import { instantOf, localTime, parseDigestTime } from "../../src/subscriptions/index.ts";

describe("parseDigestTime", () => {
  it.each([
    ["07:00", "07:00"],
    ["7:05", "07:05"],
    ["7h30", "07:30"],
    ["19h", "19:00"],
    ["23:59", "23:59"],
    ["0", "00:00"],
    ["24:00", null],
    ["7:60", null],
    ["bảy giờ", null],
    ["", null],
  ])("reads %j as %j", (typed, expected) => {
    expect(parseDigestTime(typed)).toBe(expected);
  });
});

describe("localTime", () => {
  it.each([
    ["2026-11-23T16:59:00Z", "Asia/Ho_Chi_Minh", { date: "2026-11-23", time: "23:59" }],
    ["2026-11-23T17:00:00Z", "Asia/Ho_Chi_Minh", { date: "2026-11-24", time: "00:00" }],
    ["2026-11-23T23:59:00Z", "UTC", { date: "2026-11-23", time: "23:59" }],
    ["2026-11-24T00:00:00Z", "Europe/Berlin", { date: "2026-11-24", time: "01:00" }],
  ])("reads %s in %s", (at, zone, expected) => {
    expect(localTime(new Date(at), zone)).toEqual(expected);
  });
});

describe("instantOf", () => {
  it("returns the UTC instant of a local time in a zone", () => {
    expect(new Date(instantOf("2026-11-24", "07:00", "Asia/Ho_Chi_Minh")).toISOString()).toBe("2026-11-24T00:00:00.000Z");
    expect(new Date(instantOf("2026-07-01", "07:00", "Europe/Berlin")).toISOString()).toBe("2026-07-01T05:00:00.000Z");
  });
});
