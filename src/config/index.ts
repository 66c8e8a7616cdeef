export { DEFAULT_DIGEST_CONFIG, DEFAULT_TELEGRAM_DIGEST_RATE, loadConfig, mergeEnv } from "./config.ts";
export type { Config, DigestConfig, Env, LiveConfig, SlackConfig, TelegramConfig } from "./config.ts";
