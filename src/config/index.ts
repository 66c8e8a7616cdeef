export { loadConfig, mergeEnv } from "./config.ts";
export type { Config, Env } from "./config.ts";
