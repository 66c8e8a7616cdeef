import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackAdapter, SLACK_EVENTS_PATH } from "../../../adapters/slack/index.ts";
import { createFixedClock, createSilentLogger, isDiemtinError, loadConfig, type Core, type SlackConfig } from "../../../src/index.ts";
import { blockKitProblems } from "./block-kit-validator.ts";
import { loadSeedCore } from "./harness.ts";
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET, postSigned, slashCommandBody } from "./signed-request.ts";
import { socketSlashPayload, startSocketStub } from "./socket-stub.ts";
import { startStubWebApi, type StubWebApi } from "./stub-web-api.ts";

const APP_TOKEN = "xapp-1-A0APP-0000-stubappleveltoken";
const deps = () => ({ logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z"), retryConfig: { retries: 1, minTimeout: 0, maxTimeout: 1 } });

let core: Core;
let stub: StubWebApi;

beforeAll(async () => {
  core = loadSeedCore();
  stub = await startStubWebApi();
});

afterAll(async () => {
  await stub?.close();
});

/** The Slack config `loadConfig` reads from these variables (no `.env`). */
function slackConfigFrom(env: Record<string, string>): SlackConfig {
  const config = loadConfig({ env: { SLACK_BOT_TOKEN: TEST_BOT_TOKEN, ...env }, useDotEnv: false }).slack;
  if (!config) throw new Error("loadConfig: no Slack config");
  return config;
}

function receiverOf(app: unknown): unknown {
  return (app as { receiver: unknown }).receiver;
}

/** A loopback port free right now (for SLACK_PORT). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("Slack adapter wiring from the environment", () => {
  it("returns a Socket Mode app with the app token when SLACK_APP_TOKEN is set", () => {
    const adapter = createSlackAdapter(slackConfigFrom({ SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: stub.apiUrl }), core, deps());
    expect(adapter.socketMode).toBe(true);
    expect(receiverOf(adapter.app)).toBeInstanceOf(SocketModeReceiver);
  });

  it("returns an HTTP receiver app when SLACK_APP_TOKEN is unset", () => {
    const adapter = createSlackAdapter(slackConfigFrom({ SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: stub.apiUrl }), core, deps());
    expect(adapter.socketMode).toBe(false);
    expect(receiverOf(adapter.app)).toBeInstanceOf(HTTPReceiver);
  });

  it("returns answers on SLACK_PORT at /slack/events, 404 elsewhere, with the Web API at SLACK_API_URL", async () => {
    const port = await freePort();
    const config = slackConfigFrom({ SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_PORT: String(port), SLACK_API_URL: `${stub.apiUrl}/` });
    const adapter = createSlackAdapter(config, core, deps());
    const authCalls = stub.callsTo("auth.test").length;
    try {
      expect(await adapter.start()).toEqual({ port });
      expect(stub.callsTo("auth.test").slice(authCalls).map((call) => call.authorization)).toEqual([`Bearer ${TEST_BOT_TOKEN}`]);
      const body = slashCommandBody({ command: "/moi", text: "", responseUrl: stub.responseUrl("env-http") });
      expect((await postSigned(`http://127.0.0.1:${port}${SLACK_EVENTS_PATH}`, TEST_SIGNING_SECRET, body)).status).toBe(200);
      expect((await postSigned(`http://127.0.0.1:${port}/slack/other`, TEST_SIGNING_SECRET, body)).status).toBe(404);
      const [answer] = await stub.waitForResponses("env-http", 1);
      expect(blockKitProblems(answer?.body)).toEqual([]);
    } finally {
      await adapter.stop();
    }
  });

  it("throws CONFIG_INVALID in HTTP mode without a signing secret", () => {
    const config: SlackConfig = { botToken: TEST_BOT_TOKEN, signingSecret: null, appToken: null, port: 0, apiUrl: stub.apiUrl };
    let error: unknown;
    try {
      createSlackAdapter(config, core, deps());
    } catch (caught) {
      error = caught;
    }
    expect(isDiemtinError(error, "CONFIG_INVALID")).toBe(true);
  });

  it("throws PLATFORM_FAILED from start when auth.test rejects the token", async () => {
    stub.script("auth.test", { error: "invalid_auth" });
    const adapter = createSlackAdapter(slackConfigFrom({ SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_PORT: "0", SLACK_API_URL: stub.apiUrl }), core, deps());
    await expect(adapter.start()).rejects.toSatisfy((error: unknown) => isDiemtinError(error, "PLATFORM_FAILED"));
  });
});

describe("Slack adapter in Socket Mode", () => {
  it("returns slash command answers over a local WebSocket, acks each envelope and handles a retried one once", async () => {
    const socket = await startSocketStub();
    stub.setSocketUrl(socket.url);
    const adapter = createSlackAdapter(slackConfigFrom({ SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: stub.apiUrl }), core, deps());
    try {
      expect(await adapter.start()).toEqual({ port: null });
      expect(stub.callsTo("apps.connections.open").at(-1)?.authorization).toBe(`Bearer ${APP_TOKEN}`);
      const payload = socketSlashPayload({ command: "/tinh", text: "Quảng Ninh", responseUrl: stub.responseUrl("socket"), triggerId: "socket-trigger-1" });
      const envelope = { envelope_id: "env-1", type: "slash_commands", accepts_response_payload: true, payload };
      socket.send(envelope);
      const [answer] = await stub.waitForResponses("socket", 1);
      expect(answer?.body).toMatchObject({ response_type: "ephemeral" });
      expect(blockKitProblems(answer?.body)).toEqual([]);
      socket.send({ ...envelope, envelope_id: "env-2", retry_attempt: 1, retry_reason: "timeout" });
      await socket.waitForAck("env-2");
      expect(socket.acks).toEqual(expect.arrayContaining(["env-1", "env-2"]));
      const sentinel = { ...payload, trigger_id: "socket-trigger-2", response_url: stub.responseUrl("socket-sentinel") };
      socket.send({ envelope_id: "env-3", type: "slash_commands", accepts_response_payload: true, payload: sentinel });
      await stub.waitForResponses("socket-sentinel", 1);
      expect(stub.responsesTo("socket")).toHaveLength(1);
    } finally {
      await adapter.stop();
      await socket.close();
    }
  });

  it("returns the next page in place when a paging button is clicked over the WebSocket", async () => {
    const socket = await startSocketStub();
    stub.setSocketUrl(socket.url);
    const adapter = createSlackAdapter(slackConfigFrom({ SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: stub.apiUrl }), core, deps());
    try {
      await adapter.start();
      socket.send({ envelope_id: "env-b1", type: "slash_commands", accepts_response_payload: true, payload: socketSlashPayload({ command: "/bai", text: "1", responseUrl: stub.responseUrl("sb1"), triggerId: "socket-b1" }) });
      const [answer] = await stub.waitForResponses("sb1", 1);
      const actions = (answer?.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find((block) => block.type === "actions");
      const next = actions?.elements?.find((button) => button.action_id === "diemtin_page_next");
      expect(next).toBeDefined();
      const click = {
        type: "block_actions",
        user: { id: "U0USER", username: "an.nguyen", name: "an.nguyen", team_id: "T0STUB" },
        api_app_id: "A0APP",
        container: { type: "message", message_ts: "1700000000.000001", channel_id: "C0SOCKET", is_ephemeral: true },
        trigger_id: "socket-b2",
        team: { id: "T0STUB", domain: "stub" },
        channel: { id: "C0SOCKET", name: "tin-tuc" },
        response_url: stub.responseUrl("sb2"),
        actions: [{ type: "button", action_id: "diemtin_page_next", block_id: "b1", value: next?.value, action_ts: "1700000000.000002" }],
      };
      socket.send({ envelope_id: "env-b2", type: "interactive", accepts_response_payload: false, payload: click });
      await socket.waitForAck("env-b2");
      const [paged] = await stub.waitForResponses("sb2", 1);
      expect(paged?.body).toMatchObject({ replace_original: true });
      expect(blockKitProblems(paged?.body)).toEqual([]);
    } finally {
      await adapter.stop();
      await socket.close();
    }
  });
});
