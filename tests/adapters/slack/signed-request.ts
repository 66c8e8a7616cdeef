import { createHmac } from "node:crypto";

/** The signing secret tests and the benchmark sign with. */
export const TEST_SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
/** A bot token shaped like Slack's (never valid anywhere). */
export const TEST_BOT_TOKEN = "xoxb-0000000000-1111111111-teststubtokenvalue";

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:<timestamp>:<body>`. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

/** Options of a signed POST; each can break the request on purpose. */
export interface SignedPostOptions {
  /** Seconds since the epoch; now when absent. */
  readonly timestamp?: number;
  /** Signs with this secret instead (a wrong signature). */
  readonly secret?: string;
  /** Leaves out the signature headers. */
  readonly unsigned?: boolean;
  readonly headers?: Record<string, string>;
}

/** POSTs a form-encoded body to the receiver, signed like Slack signs it. */
export async function postSigned(url: string, secret: string, body: string, options: SignedPostOptions = {}): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded", ...options.headers };
  if (!options.unsigned) {
    headers["x-slack-request-timestamp"] = String(timestamp);
    headers["x-slack-signature"] = slackSignature(options.secret ?? secret, timestamp, body);
  }
  return fetch(url, { method: "POST", headers, body });
}

let triggers = 0;

/** A unique trigger id, as Slack gives every slash command and interaction. */
export function nextTriggerId(): string {
  triggers += 1;
  return `13345224609.738474920.${String(triggers).padStart(8, "0")}`;
}

/** The form body of a slash command. */
export function slashCommandBody(fields: { command: string; text: string; responseUrl: string; channelId?: string; channelName?: string; triggerId?: string; userId?: string }): string {
  return new URLSearchParams({
    token: "deprecated-verification-token",
    team_id: "T0STUB",
    team_domain: "stub",
    channel_id: fields.channelId ?? "C0CHANNEL",
    channel_name: fields.channelName ?? "tin-tuc",
    user_id: fields.userId ?? "U0USER",
    user_name: "an.nguyen",
    command: fields.command,
    text: fields.text,
    api_app_id: "A0APP",
    is_enterprise_install: "false",
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId ?? nextTriggerId(),
  }).toString();
}

/** The form body of a `block_actions` interaction on one button, around what is particular to where it was pressed. */
function blockActionsBody(fields: { actionId: string; value: string; userId?: string; triggerId?: string }, where: Record<string, unknown>): string {
  const payload = {
    type: "block_actions",
    user: { id: fields.userId ?? "U0USER", username: "an.nguyen", name: "an.nguyen", team_id: "T0STUB" },
    api_app_id: "A0APP",
    token: "deprecated-verification-token",
    trigger_id: fields.triggerId ?? nextTriggerId(),
    team: { id: "T0STUB", domain: "stub" },
    ...where,
    actions: [
      {
        type: "button",
        action_id: fields.actionId,
        block_id: "b1",
        text: { type: "plain_text", text: "x", emoji: true },
        value: fields.value,
        action_ts: `${Math.floor(Date.now() / 1000)}.${String(triggers).padStart(6, "0")}`,
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** The form body of a `block_actions` interaction on a button of a message. */
export function buttonActionBody(fields: {
  actionId: string;
  value: string;
  responseUrl: string;
  ephemeral?: boolean;
  channelId?: string;
  triggerId?: string;
}): string {
  const channel = fields.channelId ?? "C0CHANNEL";
  return blockActionsBody(fields, {
    container: { type: "message", message_ts: "1700000000.000001", channel_id: channel, is_ephemeral: fields.ephemeral ?? true },
    channel: { id: channel, name: "tin-tuc" },
    response_url: fields.responseUrl,
  });
}

/** The form body of a `block_actions` interaction on a button of the App Home tab (no channel, no response_url). */
export function homeButtonBody(fields: { actionId: string; value: string; userId?: string }): string {
  return blockActionsBody(fields, { container: { type: "view", view_id: "V0HOME" }, view: { id: "V0HOME", type: "home", blocks: [] } });
}

let events = 0;

/** The JSON body of an Events API callback carrying `event`. */
export function eventBody(event: Record<string, unknown>): string {
  events += 1;
  return JSON.stringify({
    token: "deprecated-verification-token",
    team_id: "T0STUB",
    api_app_id: "A0APP",
    event: { event_ts: `1700000100.${String(events).padStart(6, "0")}`, ...event },
    type: "event_callback",
    event_id: `Ev${String(events).padStart(8, "0")}`,
    event_time: 1700000100,
  });
}
