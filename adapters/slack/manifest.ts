import type { Command } from "../../src/index.ts";
import { UMBRELLA_COMMAND } from "./handlers.ts";
import { SLACK_EVENTS_PATH } from "./create-slack-adapter.ts";

/** How the app described by a manifest receives requests. */
export type ManifestMode = "http" | "socket";

/** Placeholder host of the HTTP manifest; replaced with the bot's public URL when pasting. */
export const MANIFEST_PLACEHOLDER_URL = "https://diemtin.example.vn";

/**
 * Bot scopes the app needs: slash commands, posting answers, posting in public channels without
 * joining, the user's channels for the Home tab, direct messages and mentions.
 */
export const BOT_SCOPES = ["commands", "chat:write", "chat:write.public", "channels:read", "groups:read", "im:history", "app_mentions:read"] as const;

/** Events the app subscribes to: the Home tab opening, direct messages, mentions. */
export const BOT_EVENTS = ["app_home_opened", "message.im", "app_mention"] as const;

// NOTE: Slack's limits for manifest text: app description 140, command description 2000,
// usage hint 1000 characters.
const MAX_APP_DESCRIPTION = 140;

interface ManifestCommand {
  readonly command: string;
  readonly description: string;
  readonly usage_hint?: string;
  readonly url?: string;
  readonly should_escape: boolean;
}

function slashCommand(command: string, description: string, usage: string, url: string | null): ManifestCommand {
  // NOTE: should_escape false: Slack sends the typed text as is (mentions stay plain text).
  return { command, description, ...(usage ? { usage_hint: usage } : {}), ...(url ? { url } : {}), should_escape: false };
}

/**
 * The Slack app manifest: one slash command per core command plus `/diemtin`, the Home tab and
 * the messages tab, the bot scopes and events, interactivity, and either HTTP request URLs
 * under `baseUrl` or Socket Mode.
 */
export function buildSlackManifest(commands: readonly Command[], options: { mode: ManifestMode; baseUrl?: string }): Record<string, unknown> {
  const url = options.mode === "http" ? `${(options.baseUrl ?? MANIFEST_PLACEHOLDER_URL).replace(/\/+$/, "")}${SLACK_EVENTS_PATH}` : null;
  const own = commands.filter((command) => command.name !== UMBRELLA_COMMAND);
  const umbrella = commands.find((command) => command.name === UMBRELLA_COMMAND);
  const names = own.map((command) => command.name).join(", ");
  const umbrellaSummary = umbrella
    ? `${umbrella.summary}; hoặc /diemtin <lệnh> với lệnh là ${names}`
    : `Mọi lệnh trong một: /diemtin <lệnh> với lệnh là ${names}`;
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: "diemtin",
      description: "Điểm tin chính quyền và Đảng ở 34 tỉnh, thành: tìm bài, đọc bài, tin mới.".slice(0, MAX_APP_DESCRIPTION),
      background_color: "#8a1c1c",
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: "diemtin", always_online: true },
      slash_commands: [
        ...own.map((command) => slashCommand(`/${command.name}`, command.summary, command.params, url)),
        slashCommand(`/${UMBRELLA_COMMAND}`, umbrellaSummary, umbrella ? "[lệnh …]" : "<lệnh> …", url),
      ],
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...(url ? { request_url: url } : {}), bot_events: [...BOT_EVENTS] },
      interactivity: url ? { is_enabled: true, request_url: url } : { is_enabled: true },
      org_deploy_enabled: false,
      socket_mode_enabled: options.mode === "socket",
      token_rotation_enabled: false,
    },
  };
}
