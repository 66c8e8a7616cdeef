import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEnv } from "node:util";
import { DiemtinError } from "../util/errors.ts";

/** Environment variables by name, as `process.env` or a parsed `.env` holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** The variables of `.env` in `cwd`, none when it is absent. */
export function readDotEnv(cwd: string): Env {
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

/** The configuration error for a variable whose value is not what it should be. */
export function invalid(name: string, expected: string, value: string): DiemtinError {
  return new DiemtinError("CONFIG_INVALID", `${name}: expected ${expected}, got "${value}"`);
}

/** A true/false variable (1/0, yes/no, on/off too); `fallback` when unset. */
export function parseBoolean(env: Env, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined) return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw invalid(name, "true or false", value);
}

/** A whole-number variable within [min, max]; `fallback` when unset. */
export function parseInteger(env: Env, name: string, fallback: number, min: number, max: number): number {
  const value = env[name];
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) throw invalid(name, `a whole number from ${min} to ${max}`, value);
  return number;
}

/** An http(s) URL variable without trailing slashes; null when unset. */
export function parseUrl(env: Env, name: string): string | null {
  const value = env[name];
  if (value === undefined) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("not http");
    return value.replace(/\/+$/, "");
  } catch {
    throw invalid(name, "an http(s) URL", value);
  }
}

/** A comma-separated list, blanks dropped. */
export function parseList(value: string | undefined): string[] {
  return (value ?? "").split(",").map((item) => item.trim()).filter(Boolean);
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** `LOG_LEVEL`, lowercased; "info" when unset. */
export function parseLogLevel(env: Env): (typeof LOG_LEVELS)[number] {
  const level = (env.LOG_LEVEL ?? "info").toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(level)) throw invalid("LOG_LEVEL", `one of ${LOG_LEVELS.join(", ")}`, level);
  return level as (typeof LOG_LEVELS)[number];
}
