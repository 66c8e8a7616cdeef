import { describe, expect, it } from "vitest";
import { createPlatformStatus } from "../../../adapters/ops/platform-status.ts";
import { createMovableClock, type Logger } from "../../../src/index.ts";

function recorder(): { logger: Logger; lines: { level: string; msg: string; fields: Record<string, unknown> }[] } {
  const lines: { level: string; msg: string; fields: Record<string, unknown> }[] = [];
  const record = (level: string) => (fields: object, msg?: string) => lines.push({ level, msg: msg ?? "", fields: fields as Record<string, unknown> });
  const logger: Logger = { debug: record("debug"), info: record("info"), warn: record("warn"), error: record("error"), child: () => logger };
  return { logger, lines };
}

describe("createPlatformStatus", () => {
  it("returns one warning naming the platform and the error at the first failure, then at most one line a minute, and the recovery once", () => {
    const { logger, lines } = recorder();
    const clock = createMovableClock("2026-01-01T00:00:00Z");
    const status = createPlatformStatus("telegram", { logger, clock });
    status.failed("fetch failed: connect ECONNREFUSED 127.0.0.1:9");
    expect(lines).toEqual([{ level: "warn", msg: "telegram: unreachable", fields: { platform: "telegram", error: "fetch failed: connect ECONNREFUSED 127.0.0.1:9" } }]);
    for (let attempt = 0; attempt < 10; attempt++) {
      clock.advance(5_000);
      status.failed("fetch failed");
    }
    expect(lines).toHaveLength(1);
    clock.advance(10_000);
    status.failed("fetch failed");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ level: "warn", msg: "telegram: still unreachable", fields: { attempts: 12, downMs: 60_000 } });
    expect(status.lastOkAt).toBeNull();
    expect(status.lastError).toBe("fetch failed");
    clock.advance(1_000);
    status.reached();
    status.reached();
    expect(lines.slice(2)).toEqual([{ level: "info", msg: "telegram: reachable again", fields: { platform: "telegram", downMs: 61_000, attempts: 12 } }]);
    expect(status.lastError).toBeNull();
    expect(status.lastOkAt).toBe(clock.now().getTime());
  });

  it("returns no line while the platform answers", () => {
    const { logger, lines } = recorder();
    const status = createPlatformStatus("slack", { logger, clock: createMovableClock("2026-01-01T00:00:00Z") });
    status.reached();
    status.reached();
    expect(lines).toEqual([]);
  });
});
