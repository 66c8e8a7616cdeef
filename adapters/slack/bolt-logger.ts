import { LogLevel, type Logger as BoltLogger } from "@slack/bolt";
import type { Logger } from "../../src/index.ts";

const ORDER: readonly LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];
// NOTE: Slack tokens (`xoxb-…`, `xapp-…`) are scrubbed from every message Bolt or the Web API
// client logs; the signing secret is scrubbed by value.
const TOKEN = /\b(?:xox[a-z]|xapp)-[A-Za-z0-9-]+/g;
// NOTE: a response_url lets anyone post into the conversation for 30 minutes; Bolt's debug
// lines print whole request bodies, so their path is scrubbed too.
const RESPONSE_URL = /(https:\/\/hooks\.slack\.com\/)[^\s"'\\]+/g;

/** Removes Slack tokens, response_url paths and the given secrets from a log line. */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text.replace(TOKEN, "[redacted]").replace(RESPONSE_URL, "$1[redacted]");
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join("[redacted]");
  return out;
}

function describe(part: unknown): string {
  if (typeof part === "string") return part;
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}

/**
 * Bolt's logger interface over the project logger: Bolt and Web API client messages become
 * structured lines (`{ source: "bolt" }`) with secrets scrubbed.
 */
export function createBoltLogger(logger: Logger, secrets: readonly string[]): BoltLogger {
  let level = LogLevel.INFO;
  let name = "bolt";
  const write = (at: LogLevel, sink: (obj: object, msg?: string) => void) => (...parts: unknown[]) => {
    if (ORDER.indexOf(at) < ORDER.indexOf(level)) return;
    sink({ source: name }, scrubSecrets(parts.map(describe).join(" "), secrets));
  };
  return {
    debug: write(LogLevel.DEBUG, (obj, msg) => logger.debug(obj, msg)),
    info: write(LogLevel.INFO, (obj, msg) => logger.info(obj, msg)),
    warn: write(LogLevel.WARN, (obj, msg) => logger.warn(obj, msg)),
    error: write(LogLevel.ERROR, (obj, msg) => logger.error(obj, msg)),
    setLevel(next) {
      level = next;
    },
    getLevel: () => level,
    setName(next) {
      name = next;
    },
  };
}
