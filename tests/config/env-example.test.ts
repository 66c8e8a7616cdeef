import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

/** The source of every file of the config module. */
const configSource = (): string => readdirSync(new URL("../../src/config/", import.meta.url)).filter((name) => name.endsWith(".ts")).map((name) => read(`src/config/${name}`)).join("\n");

/** The variables the config module reads: `env.NAME` and `parse…(env, "NAME", …)`. */
function variablesRead(source: string): string[] {
  const names = [...source.matchAll(/env\.([A-Z][A-Z0-9_]+)|\(env, "([A-Z][A-Z0-9_]+)"/g)].map((match) => (match[1] ?? match[2]) as string);
  return [...new Set(names)].sort();
}

describe(".env.example", () => {
  const example = read(".env.example").split("\n");
  const names = variablesRead(configSource());

  it("returns more than a handful of variables from the config module (the scan works)", () => {
    expect(names).toEqual(expect.arrayContaining(["TELEGRAM_BOT_TOKEN", "SLACK_SIGNING_SECRET", "DIGEST_TELEGRAM_RATE", "DATA_DIR"]));
  });

  it.each(variablesRead(configSource()))("lists %s with a comment above it", (name) => {
    const index = example.findIndex((line) => new RegExp(`^#?${name}=`).test(line));
    expect(index, `${name} missing from .env.example`).toBeGreaterThan(0);
    expect(example[index - 1], `${name} has no comment`).toMatch(/^# \S/);
  });
});
