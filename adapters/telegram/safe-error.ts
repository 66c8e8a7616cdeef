import { GrammyError, HttpError } from "grammy";

// NOTE: the bot token is part of every Bot API URL, and network errors quote the URL; any
// `bot<digits>:<secret>` is masked, and so is every secret passed in.
const TOKEN_IN_TEXT = /bot\d+:[A-Za-z0-9_-]+/g;

/** The text with every bot token and every given secret masked. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let clean = text.replace(TOKEN_IN_TEXT, "bot[redacted]");
  for (const secret of secrets) if (secret) clean = clean.split(secret).join("[redacted]");
  return clean;
}

/**
 * A loggable description of an error with every secret masked: the Bot API method and code for
 * API errors, the message (and stack) otherwise. Never the request URL or payload.
 */
export function describeError(error: unknown, secrets: readonly string[]): Record<string, unknown> {
  if (error instanceof GrammyError) {
    return { type: "GrammyError", method: error.method, code: error.error_code, description: redactSecrets(error.description, secrets) };
  }
  if (error instanceof HttpError) {
    return { type: "HttpError", message: redactSecrets(error.message, secrets), cause: redactSecrets(String(error.error), secrets) };
  }
  if (error instanceof Error) {
    return { type: error.name, message: redactSecrets(error.message, secrets), stack: redactSecrets(error.stack ?? "", secrets) };
  }
  return { type: typeof error, message: redactSecrets(String(error), secrets) };
}

/**
 * Whether a Bot API error means the bot can no longer write to the chat: 403 (blocked, kicked,
 * not a member) or a chat that no longer exists.
 */
export function isInactiveError(error: unknown): error is GrammyError {
  if (!(error instanceof GrammyError)) return false;
  return error.error_code === 403 || (error.error_code === 400 && /chat not found|group chat was upgraded/i.test(error.description));
}
