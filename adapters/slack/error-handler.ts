import type { Logger } from "../../src/index.ts";
import { scrubSecrets } from "./bolt-logger.ts";
import { MESSAGES } from "./handlers.ts";

interface RequestInfo {
  team: string | null;
  channel: string | null;
  command: string | null;
  user: string | null;
}

/** The string at `path` in a request body, null when absent. */
export function pick(value: unknown, ...path: string[]): string | null {
  let current = value;
  for (const key of path) current = current && typeof current === "object" ? (current as Record<string, unknown>)[key] : undefined;
  return typeof current === "string" ? current : null;
}

/** Team, channel, command (or action id) and user of a request body, for the error log. */
function describeRequest(body: unknown): RequestInfo {
  const action = Array.isArray((body as { actions?: unknown })?.actions) ? (body as { actions: unknown[] }).actions[0] : undefined;
  return {
    team: pick(body, "team_id") ?? pick(body, "team", "id"),
    channel: pick(body, "channel_id") ?? pick(body, "channel", "id") ?? pick(body, "event", "channel"),
    command: pick(body, "command") ?? pick(action, "action_id") ?? pick(body, "event", "type"),
    user: pick(body, "user_id") ?? pick(body, "user", "id"),
  };
}

/**
 * Creates the Slack adapter's one error boundary (Bolt's `app.error`): every listener error ends
 * here; the request was already acknowledged, so the detail is logged (secrets masked) and the
 * user gets a short apology through the request's response_url; the app keeps serving.
 */
export function createErrorHandler(logger: Logger, secrets: readonly string[]): (args: { error: Error & { code?: string }; body?: unknown }) => Promise<void> {
  return async ({ error, body }) => {
    const detail = scrubSecrets(`${error.code ?? error.name}: ${error.message}`, secrets);
    logger.error({ ...describeRequest(body), error: detail }, "slack: request failed");
    const responseUrl = pick(body, "response_url");
    if (!responseUrl) return;
    try {
      const response = await fetch(responseUrl, {
        method: "POST",
        headers: { "content-type": "application/json; charset=utf-8" },
        body: JSON.stringify({ response_type: "ephemeral", replace_original: false, text: MESSAGES.apology }),
      });
      if (!response.ok) logger.warn({ status: response.status }, "slack: apology not delivered");
    } catch (cause) {
      logger.warn({ error: cause instanceof Error ? cause.message : String(cause) }, "slack: apology not delivered");
    }
  };
}
