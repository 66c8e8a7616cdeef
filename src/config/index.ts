export { loadConfig, mergeEnv } from "./config.ts";
export type { Config, DigestConfig, Env, LiveConfig, SlackConfig, TelegramConfig } from "./config.ts";
