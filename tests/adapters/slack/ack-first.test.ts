import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Core } from "../../../src/index.ts";
import { loadSeedCore, startSlackHarness, type SlackHarness } from "./harness.ts";
import { TEST_SIGNING_SECRET, postSigned, slashCommandBody } from "./signed-request.ts";

// NOTE: a seeds core whose answers wait until the test lets them go: the ack must not.
let h: SlackHarness;
let asked = 0;
let letGo: () => void = () => undefined;
const gate = new Promise<void>((resolve) => (letGo = resolve));

beforeAll(async () => {
  const seeds = loadSeedCore();
  const held: Core = Object.create(seeds, {
    ask: {
      value: async (...args: Parameters<Core["ask"]>) => {
        asked += 1;
        await gate;
        return seeds.ask(...args);
      },
    },
  });
  h = await startSlackHarness(held);
});

afterAll(async () => {
  letGo();
  await h?.close();
});

describe("the Slack ack", () => {
  it("returns 200 before the answer is computed, then posts the answer to response_url", async () => {
    const body = slashCommandBody({ command: "/tim", text: "Quảng Ninh", responseUrl: h.stub.responseUrl("held") });
    const response = await postSigned(h.url, TEST_SIGNING_SECRET, body);
    expect(response.status).toBe(200);
    expect(h.stub.responsesTo("held")).toHaveLength(0);
    letGo();
    const [answer] = await h.stub.waitForResponses("held", 1);
    expect(asked).toBe(1);
    expect(answer?.body.response_type).toBe("ephemeral");
  });
});
