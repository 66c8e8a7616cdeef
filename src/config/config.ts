import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEnv } from "node:util";
import { DiemtinError } from "../util/errors.ts";

/** The process configuration: read once from the environment (and `.env`), validated, frozen. */
export interface Config {
  /** Corpus folders, seeds first; absolute paths. */
  readonly corpusDirs: readonly string[];
  /** Where generated state lives (the index snapshot; later the SQLite store). */
  readonly dataDir: string;
  /** Whether the search index is saved to and loaded from a snapshot in `dataDir`. */
  readonly snapshot: boolean;
  readonly logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
}

/** Raw variables as read; an empty string counts as unset. */
export type Env = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

function readDotEnv(cwd: string): Env {
  const path = resolve(cwd, ".env");
  if (!existsSync(path)) return {};
  try {
    return parseEnv(readFileSync(path, "utf8"));
  } catch (cause) {
    throw new DiemtinError("CONFIG_INVALID", `.env: cannot be read`, { cause });
  }
}

/** Merges the real environment over `.env`, dropping empty values. */
export function mergeEnv(env: Env, dotEnv: Env): Env {
  const merged: Record<string, string> = {};
  for (const source of [dotEnv, env]) {
    for (const [key, value] of Object.entries(source)) {
      if (value !== undefined && value.trim() !== "") merged[key] = value.trim();
    }
  }
  return merged;
}

function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined) return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new DiemtinError("CONFIG_INVALID", `${name}: expected true or false, got "${value}"`);
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
  const level = (env.LOG_LEVEL ?? "info").toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new DiemtinError("CONFIG_INVALID", `LOG_LEVEL: expected one of ${LOG_LEVELS.join(", ")}, got "${level}"`);
  }
  const listed = (env.CORPUS_DIRS ?? "").split(",").map((dir) => dir.trim()).filter(Boolean);
  const dirs = [env.SEEDS_DIR ?? "seeds", ...listed, ...(options.extraDirs ?? [])].map((dir) => resolve(cwd, dir));
  return Object.freeze({
    corpusDirs: Object.freeze([...new Set(dirs)]),
    dataDir: resolve(cwd, env.DATA_DIR ?? "data"),
    snapshot: parseBoolean(env, "INDEX_SNAPSHOT", true),
    logLevel: level as Config["logLevel"],
  });
}
