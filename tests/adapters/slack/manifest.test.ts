import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BOT_EVENTS, BOT_SCOPES } from "../../../adapters/slack/manifest.ts";
import { MANIFEST_FILES, manifestText } from "../../../adapters/slack/write-manifest.ts";
import { createCore, createSilentLogger, systemClock } from "../../../src/index.ts";
import { COMMANDS } from "../../../src/router/command-list.ts";

interface Manifest {
  features: { slash_commands: { command: string; description: string; url?: string; should_escape: boolean }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { interactivity: { is_enabled: boolean; request_url?: string }; socket_mode_enabled: boolean };
}

const core = createCore({ articles: [], logger: createSilentLogger(), clock: systemClock });
const read = (mode: "http" | "socket") => JSON.parse(readFileSync(MANIFEST_FILES[mode], "utf8")) as Manifest;

describe("Slack app manifest", () => {
  it.each(["http", "socket"] as const)("returns the committed %s manifest up to date with the core's commands (else run: npx tsx adapters/slack/write-manifest.ts)", (mode) => {
    expect(readFileSync(MANIFEST_FILES[mode], "utf8")).toBe(manifestText(mode));
  });

  it.each(["http", "socket"] as const)("returns in the %s manifest every core command and /diemtin, each once, with a description", (mode) => {
    const commands = read(mode).features.slash_commands;
    const names = commands.map((command) => command.command);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining([...core.commands.map((command) => `/${command.name}`), "/diemtin"]));
    for (const command of commands) {
      expect(command.command).toMatch(/^\/[a-z0-9_-]{1,31}$/);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.should_escape).toBe(false);
    }
  });

  it.each(["http", "socket"] as const)("returns in the %s manifest exactly the router's commands, the digest ones and /diemtin", (mode) => {
    const names = read(mode).features.slash_commands.map((command) => command.command);
    const issue = ["/tinh", "/tim", "/moi", "/bai", "/nguoi", "/vanban", "/tinhthanh", "/theodoi", "/huytheodoi", "/dangtheodoi", "/giobantin", "/diemtin"];
    expect(names).toEqual(expect.arrayContaining(issue));
    expect([...names].sort()).toEqual([...new Set([...COMMANDS.map((command) => `/${command.name}`), ...core.commands.map((command) => `/${command.name}`), "/diemtin"])].sort());
  });

  it("returns request URLs at /slack/events in the HTTP manifest and none with Socket Mode", () => {
    const http = read("http");
    const socket = read("socket");
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(http.settings.interactivity.request_url).toMatch(/^https:\/\/.+\/slack\/events$/);
    expect(http.features.slash_commands.every((command) => command.url === http.settings.interactivity.request_url)).toBe(true);
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(socket.settings.interactivity).toEqual({ is_enabled: true });
    expect(socket.features.slash_commands.some((command) => command.url)).toBe(false);
  });

  it("returns every request URL at the given address when the HTTP manifest is built for one", () => {
    const manifest = JSON.parse(manifestText("http", "https://tin.example.org/")) as Manifest;
    const urls = new Set([...manifest.features.slash_commands.map((command) => command.url), manifest.settings.interactivity.request_url]);
    expect([...urls]).toEqual(["https://tin.example.org/slack/events"]);
  });

  it.each(["http", "socket"] as const)("returns in the %s manifest the Home tab, the messages tab and the events the adapter listens to, with their scopes", (mode) => {
    const manifest = JSON.parse(readFileSync(MANIFEST_FILES[mode], "utf8")) as {
      features: { app_home: Record<string, boolean> };
      settings: { event_subscriptions: { bot_events: string[]; request_url?: string } };
      oauth_config: { scopes: { bot: string[] } };
    };
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...BOT_EVENTS].sort());
    expect(BOT_EVENTS).toEqual(expect.arrayContaining(["app_home_opened", "message.im", "app_mention"]));
    expect(manifest.oauth_config.scopes.bot).toEqual(expect.arrayContaining(["im:history", "app_mentions:read", "channels:read", "groups:read"]));
    expect(manifest.settings.event_subscriptions.request_url === undefined).toBe(mode === "socket");
  });

  it("returns the bot scopes the adapter needs", () => {
    expect(read("http").oauth_config.scopes.bot).toEqual([...BOT_SCOPES]);
    expect(BOT_SCOPES).toEqual(expect.arrayContaining(["commands", "chat:write"]));
  });
});
