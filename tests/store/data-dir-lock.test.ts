import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startApp } from "../../adapters/start-app.ts";
import { loadConfig } from "../../src/config/index.ts";
import { LOCK_FILE, lockDataDir } from "../../src/store/index.ts";
import { isDiemtinError } from "../../src/util/errors.ts";
import { createFixedClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { tempDataDir } from "../subscriptions/fixtures.ts";

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
});

/** A running process that is not this one (stands for another bot). */
function otherProcess(): number {
  const child = spawn("sleep", ["60"], { stdio: "ignore" });
  children.push(child);
  return child.pid as number;
}

describe("lockDataDir", () => {
  it("writes this process's pid and removes the file on release", () => {
    const dir = tempDataDir();
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, LOCK_FILE), "utf8").trim()).toBe(String(process.pid));
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it("throws STORE_FAILED naming the folder and the pid when a running process holds the lock", () => {
    const dir = tempDataDir();
    const pid = otherProcess();
    writeFileSync(join(dir, LOCK_FILE), `${pid}\n`);
    const error = (() => {
      try {
        lockDataDir(dir);
        return null;
      } catch (caught) {
        return caught;
      }
    })();
    expect(isDiemtinError(error, "STORE_FAILED")).toBe(true);
    expect((error as Error).message).toBe(`${dir}: another diemtin process (pid ${pid}) is using this DATA_DIR; stop it or give this one another DATA_DIR`);
  });

  it("takes over a lock left by a process that is gone", async () => {
    const dir = tempDataDir();
    const child = spawn("true", [], { stdio: "ignore" });
    await new Promise((done) => child.once("exit", done));
    writeFileSync(join(dir, LOCK_FILE), `${child.pid}\n`);
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, LOCK_FILE), "utf8").trim()).toBe(String(process.pid));
    lock.release();
  });
});

describe("startApp with a DATA_DIR in use", () => {
  it("refuses to start and leaves the other process's lock in place", async () => {
    const dir = tempDataDir();
    const pid = otherProcess();
    writeFileSync(join(dir, LOCK_FILE), `${pid}\n`);
    const config = loadConfig({ env: { DATA_DIR: dir, CORPUS_WATCH: "false", INDEX_SNAPSHOT: "false" }, useDotEnv: false });
    await expect(startApp(config, { logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") })).rejects.toThrow(/another diemtin process \(pid \d+\) is using this DATA_DIR/);
    expect(readFileSync(join(dir, LOCK_FILE), "utf8").trim()).toBe(String(pid));
  });
});
