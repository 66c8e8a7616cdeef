import { describe, expect, it } from "vitest";
import { decodeCallback, encodeCallback } from "../../../adapters/telegram/callback-data.ts";
import { commandMenu } from "../../../adapters/telegram/command-menu.ts";
import { deepLinkLine, deepLinkPayload } from "../../../adapters/telegram/deep-link.ts";
import { inlineResult } from "../../../adapters/telegram/inline-handler.ts";
import { parseCommand } from "../../../adapters/telegram/parse-command.ts";
import { describeError, isInactiveError } from "../../../adapters/telegram/safe-error.ts";
import { GrammyError, HttpError } from "grammy";
import type { Command } from "../../../src/index.ts";

describe("callback data", () => {
  it.each([
    [{ kind: "page", token: "DMF3M0Vi-BDY:2" }, "p:DMF3M0Vi-BDY:2"],
    [{ kind: "read", handle: 1234567 }, "b:1234567"],
    [{ kind: "run", line: "/huytheodoi #12", then: "panel" }, "d:/huytheodoi #12"],
    [{ kind: "run", line: "/kenh -1001234567890 giobantin 06:30", then: "panel" }, "d:/kenh -1001234567890 giobantin 06:30"],
    [{ kind: "run", line: "/tinh Quảng Ninh", then: "answer" }, "r:/tinh Quảng Ninh"],
  ] as const)("round-trips %o as %s", (action, data) => {
    expect(encodeCallback(action)).toBe(data);
    expect(decodeCallback(data)).toEqual(action);
  });

  it("returns null for data that is too long or not ASCII", () => {
    expect(encodeCallback({ kind: "page", token: "x".repeat(63) })).toBeNull();
    expect(encodeCallback({ kind: "page", token: "Quảng Ninh" })).toBeNull();
  });

  it.each([undefined, "", "p:", "b:0", "b:01", "b:12a", "x:1", "p:a b", `p:${"x".repeat(63)}`, "b:-1"])("decodes %j as forged", (data) => {
    expect(decodeCallback(data)).toBeNull();
  });
});

describe("deepLinkLine", () => {
  it.each([
    ["tinh_quang-ninh", "/tinh quang ninh"],
    ["tim_tang-truong_grdp", "/tim tang truong grdp"],
    ["moi", "/moi"],
    ["bai_12", "/bai 12"],
    ["../etc", null],
    ["Tinh_x", null],
    ["", null],
  ])("returns the line for payload %j", (payload, line) => {
    expect(deepLinkLine(payload)).toBe(line);
  });
});

describe("deepLinkPayload", () => {
  it.each([
    ["/bai 2", "bai_2", "/bai 2"],
    ["/tinh Quảng Ninh", "tinh_Quang-Ninh", "/tinh Quang Ninh"],
    ["/trogiup", "trogiup", "/trogiup"],
    ["/nguoi Đỗ Văn Chiến", "nguoi_Do-Van-Chien", "/nguoi Do Van Chien"],
    ["/vanban 24-CT/TW", "l-L3ZhbmJhbiAyNC1DVC9UVw", "/vanban 24-CT/TW"],
    ['/theodoi "giá vàng"', "l-L3RoZW9kb2kgImdpw6EgdsOgbmci", '/theodoi "giá vàng"'],
  ])("returns for %j the payload %j, which opens %j", (line, payload, opened) => {
    expect(deepLinkPayload(line)).toBe(payload);
    expect(deepLinkLine(payload)).toBe(opened);
  });

  it("returns null when the line cannot fit in Telegram's 64 characters", () => {
    expect(deepLinkPayload(`/tim "${"xã hội ".repeat(12)}"`)).toBeNull();
    expect(deepLinkPayload("not a command")).toBeNull();
  });
});

describe("parseCommand", () => {
  it.each([
    ["/tinh Quảng Ninh", { name: "tinh", target: null, args: "Quảng Ninh" }],
    ["/tinh@DiemTinBot  Quảng Ninh ", { name: "tinh", target: "DiemTinBot", args: "Quảng Ninh" }],
    ["/moi@OtherBot", { name: "moi", target: "OtherBot", args: "" }],
    ["/Tìm a\nb", { name: "Tìm", target: null, args: "a\nb" }],
    ["quảng ninh", null],
    ["/", null],
    ["//x", null],
  ])("parses %j", (text, parsed) => {
    expect(parseCommand(text)).toEqual(parsed);
  });
});

describe("commandMenu", () => {
  const command = (name: string, summary: string): Command => ({ name, aliases: [], params: "", summary, example: `/${name}`, run: () => ({ ok: true, head: [], items: [] }) });

  it("returns start, every Telegram-valid core command (new ones too), then help, without duplicates", () => {
    const menu = commandMenu([command("tinh", "Tin về một tỉnh"), command("giobantin", "Đặt giờ bản tin"), command("Bad-Name", "x"), command("help", "Trợ giúp")]);
    expect(menu).toEqual([
      { command: "start", description: "Bắt đầu: giới thiệu bot và các lệnh" },
      { command: "tinh", description: "Tin về một tỉnh" },
      { command: "giobantin", description: "Đặt giờ bản tin" },
      { command: "help", description: "Trợ giúp" },
    ]);
  });
});

describe("describeError", () => {
  const token = "123456789:AAsecretSECRETsecret_-xyz";

  it("masks the token in network errors that quote the request URL", () => {
    const error = new HttpError("Network request for 'sendMessage' failed!", new Error(`request to https://api.telegram.org/bot${token}/sendMessage failed, reason: ECONNRESET`));
    const described = JSON.stringify(describeError(error, [token]));
    expect(described).not.toContain("AAsecret");
    expect(described).toContain("bot[redacted]/sendMessage");
  });

  it("returns method, code and description of API errors, and tells 403 as inactive", () => {
    const error = new GrammyError("Call to 'sendMessage' failed!", { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }, "sendMessage", {});
    expect(describeError(error, [token])).toEqual({ type: "GrammyError", method: "sendMessage", code: 403, description: "Forbidden: bot was blocked by the user" });
    expect(isInactiveError(error)).toBe(true);
    expect(isInactiveError(new Error("x"))).toBe(false);
  });
});

describe("inlineResult", () => {
  const card = { kind: "article", id: "a", handle: 7, title: "Tin", date: null, dateLabel: "không rõ ngày", source: null, provinces: [], snippet: [] } as const;

  it.each([["javascript:alert(1)"], ["data:text/html,<b>x</b>"], ["file:///etc/passwd"], ["không phải url"]])("leaves out a url of %s", (url) => {
    expect(inlineResult({ ...card, url })).not.toHaveProperty("url");
  });

  it("keeps an http(s) url", () => {
    expect(inlineResult({ ...card, url: "https://baoquangninh.vn/tin.html" }).url).toBe("https://baoquangninh.vn/tin.html");
  });
});
