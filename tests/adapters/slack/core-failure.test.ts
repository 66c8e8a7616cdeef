import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MESSAGES } from "../../../adapters/slack/handlers.ts";
import { createFixedClock, createSilentLogger, createSubscriptionService, createSubscriptionStore, loadCore, openStore } from "../../../src/index.ts";
import { SEEDS_DIR } from "../../fixtures/seeds.ts";
import { blockKitProblems } from "./block-kit-validator.ts";
import { startSlackHarness, type SlackHarness } from "./harness.ts";
import { TEST_SIGNING_SECRET, postSigned, slashCommandBody } from "./signed-request.ts";

// NOTE: a real core whose subscription store's database was closed under it: every managing
// command then throws from inside core.ask, as a failing disk or a locked database would.
let dir: string;
let db: Database;
let h: SlackHarness;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "diemtin-slack-fail-"));
  const clock = createFixedClock("2026-02-01T00:00:00Z");
  db = openStore(dir, createSilentLogger());
  const subscriptions = createSubscriptionService({ store: createSubscriptionStore(db, { clock }), clock });
  const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, services: { subscriptions }, logger: createSilentLogger(), clock });
  h = await startSlackHarness(core);
  db.close();
});

afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function slash(command: string, text: string, name: string): Promise<void> {
  const body = slashCommandBody({ command, text, responseUrl: h.stub.responseUrl(name), channelId: "C0BROKEN" });
  const response = await postSigned(h.url, TEST_SIGNING_SECRET, body);
  expect(response.status).toBe(200);
}

describe("a core that throws", () => {
  it("returns 200 and then a Vietnamese apology when core.ask throws", async () => {
    await expect(h.core.ask("/theodoi Quảng Ninh")).rejects.toThrow();
    await slash("/theodoi", "Quảng Ninh", "f1");
    const [apology] = await h.stub.waitForResponses("f1", 1);
    expect(apology?.body).toMatchObject({ response_type: "ephemeral", replace_original: false, text: MESSAGES.apology });
    expect(blockKitProblems(apology?.body)).toEqual([]);
  });

  it("returns one error log line with team, channel and command when the core throws through /diemtin", async () => {
    await slash("/diemtin", "theodoi Lạng Sơn", "f2");
    await h.stub.waitForResponses("f2", 1);
    const logged = h.logger.entries.filter((entry) => entry.msg === "slack: request failed" && entry.obj.command === "/diemtin");
    expect(logged).toHaveLength(1);
    expect(logged[0]?.level).toBe("error");
    expect(logged[0]?.obj).toMatchObject({ team: "T0STUB", channel: "C0BROKEN", user: "U0USER" });
    expect(String(logged[0]?.obj.error)).toMatch(/database/i);
  });

  it("returns answers to later commands after the core threw", async () => {
    await slash("/theodoi", "Hà Nội", "f3");
    await slash("/moi", "", "f4");
    const [answer] = await h.stub.waitForResponses("f4", 1);
    expect(answer?.body.response_type).toBe("ephemeral");
    expect(answer?.body.text).not.toBe(MESSAGES.apology);
    expect(blockKitProblems(answer?.body)).toEqual([]);
  });
});
