import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/index.ts";

const cwd = "/srv/diemtin";

describe("loadConfig", () => {
  it("returns the defaults when nothing is set", () => {
    const config = loadConfig({ env: {}, cwd, useDotEnv: false });
    expect(config).toEqual({ corpusDirs: ["/srv/diemtin/seeds"], dataDir: "/srv/diemtin/data", snapshot: true, logLevel: "info" });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("returns seeds, CORPUS_DIRS and --seeds folders in order, without duplicates", () => {
    const config = loadConfig({ env: { CORPUS_DIRS: " a, b ,,seeds" }, cwd, extraDirs: ["c", "a"], useDotEnv: false });
    expect(config.corpusDirs).toEqual(["/srv/diemtin/seeds", "/srv/diemtin/a", "/srv/diemtin/b", "/srv/diemtin/c"]);
  });

  it("returns defaults when variables are empty strings", () => {
    const config = loadConfig({ env: { LOG_LEVEL: "", DATA_DIR: "  ", INDEX_SNAPSHOT: "" }, cwd, useDotEnv: false });
    expect(config.logLevel).toBe("info");
    expect(config.dataDir).toBe("/srv/diemtin/data");
  });

  it.each([
    [{ LOG_LEVEL: "loud" }, /^LOG_LEVEL: /],
    [{ INDEX_SNAPSHOT: "maybe" }, /^INDEX_SNAPSHOT: /],
  ])("throws an error naming the variable when %j is invalid", (env, message) => {
    expect(() => loadConfig({ env, cwd, useDotEnv: false })).toThrow(message);
  });

  it("returns .env values, overridden by the real environment", () => {
    const dir = mkdtempSync(join(tmpdir(), "diemtin-config-"));
    writeFileSync(join(dir, ".env"), "LOG_LEVEL=debug\nDATA_DIR=state\n");
    const config = loadConfig({ env: { DATA_DIR: "other" }, cwd: dir });
    expect(config.logLevel).toBe("debug");
    expect(config.dataDir).toBe(join(dir, "other"));
  });
});
