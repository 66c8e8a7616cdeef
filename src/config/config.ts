import { resolve } from "node:path";
import { VIETNAM_TIME_ZONE } from "../format/vietnam-time.ts";
import { DiemtinError } from "../util/errors.ts";
import { isTimeZone } from "../format/time-zone.ts";
import { invalid, mergeEnv, parseBoolean, parseLogLevel, parseInteger, parseList, parseUrl, readDotEnv, type Env } from "./env-values.ts";

/** Telegram settings; present only when `TELEGRAM_BOT_TOKEN` is set. */
export interface TelegramConfig {
  readonly token: string;
  /** Public HTTPS URL for webhook mode; null for long polling. */
  readonly webhookUrl: string | null;
  /** The `secret_token` Telegram sends back in `X-Telegram-Bot-Api-Secret-Token`. */
  readonly webhookSecret: string | null;
  /** Port of the webhook HTTP server. */
  readonly port: number;
  /** Bot API root (self-hosted server or tests); null for api.telegram.org. */
  readonly apiRoot: string | null;
}

/** Slack settings; present only when `SLACK_BOT_TOKEN` is set. */
export interface SlackConfig {
  readonly botToken: string;
  /** Verifies HTTP requests; required in HTTP mode. */
  readonly signingSecret: string | null;
  /** App-level token (`xapp-…`); Socket Mode when set. */
  readonly appToken: string | null;
  /** Port of the HTTP receiver. */
  readonly port: number;
  /** Web API base URL (Enterprise setups, tests); null for slack.com. */
  readonly apiUrl: string | null;
}

/** Digest messages per second across Telegram chats when `DIGEST_TELEGRAM_RATE` is unset. */
export const DEFAULT_TELEGRAM_DIGEST_RATE = 25;

/** Daily digest settings. */
export interface DigestConfig {
  /** Default local digest time, `HH:MM`. */
  readonly defaultTime: string;
  /** Default IANA zone of chats. */
  readonly timezone: string;
  /** Whether a day with nothing new sends "Không có tin mới" by default. */
  readonly sendEmpty: boolean;
  /** Digest messages per second across all Telegram chats (Telegram allows about 30). */
  readonly telegramPerSecond: number;
}

/** Live corpus settings: watched folders and feeds. */
export interface LiveConfig {
  /** Whether corpus folders are watched for changes. */
  readonly watch: boolean;
  /** Feed URLs from `FEEDS`. */
  readonly feeds: readonly string[];
  /** A file listing feeds, one per line with an optional label; absolute path or null. */
  readonly feedsFile: string | null;
  readonly feedIntervalMinutes: number;
  /**
   * Whether feeds and pages may be fetched from loopback, private, link-local and other
   * non-public addresses (`FEEDS_ALLOW_PRIVATE`); false by default.
   */
  readonly allowPrivate: boolean;
}

/** Operations: the health, readiness and metrics endpoints and the log format. */
export interface OpsConfig {
  /** Port of a server answering only /healthz, /readyz and /metrics; null for none. */
  readonly healthPort: number | null;
  /** A platform not reached for this many minutes makes /readyz answer 503. */
  readonly readyMinutes: number;
  /** Whether /metrics is served beside /healthz and /readyz. */
  readonly metrics: boolean;
  /** JSON or pretty log lines; null chooses by whether stderr is a terminal. */
  readonly logFormat: "json" | "pretty" | null;
}

/** The process configuration: read once from the environment (and `.env`), validated, frozen. */
export interface Config {
  /** Corpus folders, seeds first; absolute paths. */
  readonly corpusDirs: readonly string[];
  /** Where generated state lives (the index snapshot, the SQLite store). */
  readonly dataDir: string;
  /** Whether the search index is saved to and loaded from a snapshot in `dataDir`. */
  readonly snapshot: boolean;
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  readonly telegram: TelegramConfig | null;
  readonly slack: SlackConfig | null;
  readonly digest: DigestConfig;
  readonly live: LiveConfig;
  /** Platform user ids allowed admin commands (`/nguon`), as `telegram:123` or bare ids. */
  readonly adminIds: readonly string[];
  readonly ops: OpsConfig;
}

/** Raw variables as read; an empty string counts as unset. */
function readTelegram(env: Env): TelegramConfig | null {
  const token = env.TELEGRAM_BOT_TOKEN;
  if (token === undefined) {
    if (env.TELEGRAM_WEBHOOK_URL) throw new DiemtinError("CONFIG_INVALID", "TELEGRAM_BOT_TOKEN: is required for Telegram (TELEGRAM_WEBHOOK_URL is set)");
    return null;
  }
  if (!/^\d+:[\w-]{20,}$/.test(token)) {
    throw new DiemtinError("CONFIG_INVALID", "TELEGRAM_BOT_TOKEN: does not look like a bot token (digits:secret)");
  }
  const webhookUrl = parseUrl(env, "TELEGRAM_WEBHOOK_URL");
  const webhookSecret = env.TELEGRAM_WEBHOOK_SECRET ?? null;
  if (webhookSecret !== null && !/^[A-Za-z0-9_-]{1,256}$/.test(webhookSecret)) {
    throw new DiemtinError("CONFIG_INVALID", "TELEGRAM_WEBHOOK_SECRET: expected 1-256 characters A-Z, a-z, 0-9, _ or -");
  }
  if (webhookUrl && !webhookSecret) {
    throw new DiemtinError("CONFIG_INVALID", "TELEGRAM_WEBHOOK_SECRET: is required in webhook mode (TELEGRAM_WEBHOOK_URL is set)");
  }
  return {
    token,
    webhookUrl,
    webhookSecret,
    port: parseInteger(env, "PORT", 8080, 0, 65535),
    apiRoot: parseUrl(env, "TELEGRAM_API_ROOT"),
  };
}

function readSlack(env: Env): SlackConfig | null {
  const botToken = env.SLACK_BOT_TOKEN;
  if (botToken === undefined) return null;
  const appToken = env.SLACK_APP_TOKEN ?? null;
  const signingSecret = env.SLACK_SIGNING_SECRET ?? null;
  if (appToken === null && signingSecret === null) {
    throw new DiemtinError("CONFIG_INVALID", "SLACK_SIGNING_SECRET: is required for Slack in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)");
  }
  if (appToken !== null && !appToken.startsWith("xapp-")) {
    throw new DiemtinError("CONFIG_INVALID", "SLACK_APP_TOKEN: expected an app-level token starting with xapp-");
  }
  return { botToken, signingSecret, appToken, port: parseInteger(env, "SLACK_PORT", 3000, 0, 65535), apiUrl: parseUrl(env, "SLACK_API_URL") };
}

/** The built-in digest defaults: what `loadConfig` gives when no DIGEST_* variable is set. */
export const DEFAULT_DIGEST_CONFIG: DigestConfig = Object.freeze({
  defaultTime: "07:00",
  timezone: VIETNAM_TIME_ZONE,
  sendEmpty: false,
  telegramPerSecond: DEFAULT_TELEGRAM_DIGEST_RATE,
});

function readDigest(env: Env): DigestConfig {
  const defaultTime = env.DIGEST_DEFAULT_TIME ?? DEFAULT_DIGEST_CONFIG.defaultTime;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(defaultTime)) throw invalid("DIGEST_DEFAULT_TIME", "HH:MM (00:00-23:59)", defaultTime);
  const timezone = env.DIGEST_TIMEZONE ?? DEFAULT_DIGEST_CONFIG.timezone;
  if (!isTimeZone(timezone)) throw invalid("DIGEST_TIMEZONE", "an IANA time zone", timezone);
  return {
    defaultTime,
    timezone,
    sendEmpty: parseBoolean(env, "DIGEST_SEND_EMPTY", DEFAULT_DIGEST_CONFIG.sendEmpty),
    telegramPerSecond: parseInteger(env, "DIGEST_TELEGRAM_RATE", DEFAULT_TELEGRAM_DIGEST_RATE, 1, 30),
  };
}

function readOps(env: Env): OpsConfig {
  const logFormat = env.LOG_FORMAT?.toLowerCase() ?? null;
  if (logFormat !== null && logFormat !== "json" && logFormat !== "pretty") throw invalid("LOG_FORMAT", "json or pretty", logFormat);
  return {
    healthPort: env.HEALTH_PORT === undefined ? null : parseInteger(env, "HEALTH_PORT", 0, 0, 65535),
    readyMinutes: parseInteger(env, "READY_MAX_SILENCE_MINUTES", 5, 1, 24 * 60),
    metrics: parseBoolean(env, "METRICS", true),
    logFormat,
  };
}

/**
 * Reads the configuration. `extraDirs` (from `--seeds`) are added after `CORPUS_DIRS`.
 * NOTE: paths are resolved against `cwd`; `SEEDS_DIR` replaces the default `seeds/`.
 */
export function loadConfig(
  options: { env?: Env; cwd?: string; extraDirs?: readonly string[]; useDotEnv?: boolean } = {},
): Config {
  const cwd = options.cwd ?? process.cwd();
  const env = mergeEnv(options.env ?? process.env, options.useDotEnv === false ? {} : readDotEnv(cwd));
  const dirs = [env.SEEDS_DIR ?? "seeds", ...parseList(env.CORPUS_DIRS), ...(options.extraDirs ?? [])].map((dir) => resolve(cwd, dir));
  const feeds = parseList(env.FEEDS);
  for (const feed of feeds) parseUrl({ FEEDS: feed }, "FEEDS");
  return Object.freeze({
    corpusDirs: Object.freeze([...new Set(dirs)]),
    dataDir: resolve(cwd, env.DATA_DIR ?? "data"),
    snapshot: parseBoolean(env, "INDEX_SNAPSHOT", true),
    logLevel: parseLogLevel(env),
    telegram: Object.freeze(readTelegram(env)),
    slack: Object.freeze(readSlack(env)),
    digest: Object.freeze(readDigest(env)),
    live: Object.freeze({
      watch: parseBoolean(env, "CORPUS_WATCH", true),
      feeds: Object.freeze(feeds),
      feedsFile: env.FEEDS_FILE ? resolve(cwd, env.FEEDS_FILE) : null,
      feedIntervalMinutes: parseInteger(env, "FEED_INTERVAL_MINUTES", 15, 1, 24 * 60),
      allowPrivate: parseBoolean(env, "FEEDS_ALLOW_PRIVATE", false),
    }),
    adminIds: Object.freeze(parseList(env.ADMIN_IDS)),
    ops: Object.freeze(readOps(env)),
  });
}
