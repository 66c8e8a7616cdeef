export { DEFAULT_DIGEST_CONFIG, DEFAULT_TELEGRAM_DIGEST_RATE, loadConfig } from "./config.ts";
export { mergeEnv, type Env } from "./env-values.ts";
export type { Config, DigestConfig, LiveConfig, SlackConfig, TelegramConfig } from "./config.ts";
