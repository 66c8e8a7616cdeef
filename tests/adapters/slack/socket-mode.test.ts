import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { HTTPReceiver, SocketModeReceiver } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocketServer, type WebSocket } from "ws";
import { createSlackAdapter } from "../../../adapters/slack/index.ts";
import { createFixedClock, createSilentLogger, isDiemtinError, type Core, type SlackConfig } from "../../../src/index.ts";
import { blockKitProblems } from "./block-kit-validator.ts";
import { loadSeedCore } from "./harness.ts";
import { TEST_BOT_TOKEN, TEST_SIGNING_SECRET } from "./signed-request.ts";
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

function receiverOf(app: unknown): unknown {
  return (app as { receiver: unknown }).receiver;
}

describe("Slack adapter wiring", () => {
  it("returns a Socket Mode app with the app token when SLACK_APP_TOKEN is set", () => {
    const config: SlackConfig = { botToken: TEST_BOT_TOKEN, signingSecret: null, appToken: APP_TOKEN, port: 0, apiUrl: stub.apiUrl };
    const adapter = createSlackAdapter(config, core, deps());
    expect(adapter.socketMode).toBe(true);
    expect(receiverOf(adapter.app)).toBeInstanceOf(SocketModeReceiver);
  });

  it("returns an HTTP receiver app when no app token is set", () => {
    const config: SlackConfig = { botToken: TEST_BOT_TOKEN, signingSecret: TEST_SIGNING_SECRET, appToken: null, port: 0, apiUrl: stub.apiUrl };
    const adapter = createSlackAdapter(config, core, deps());
    expect(adapter.socketMode).toBe(false);
    expect(receiverOf(adapter.app)).toBeInstanceOf(HTTPReceiver);
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
    const config: SlackConfig = { botToken: TEST_BOT_TOKEN, signingSecret: TEST_SIGNING_SECRET, appToken: null, port: 0, apiUrl: stub.apiUrl };
    const adapter = createSlackAdapter(config, core, deps());
    await expect(adapter.start()).rejects.toSatisfy((error: unknown) => isDiemtinError(error, "PLATFORM_FAILED"));
  });
});

describe("Slack adapter in Socket Mode", () => {
  it("returns slash command answers over a local WebSocket, acks each envelope and handles a retried one once", async () => {
    const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await once(server, "listening");
    stub.setSocketUrl(`ws://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const acks: string[] = [];
    const sockets: WebSocket[] = [];
    server.on("connection", (socket) => {
      sockets.push(socket);
      socket.on("message", (data) => acks.push(String((JSON.parse(String(data)) as { envelope_id?: string }).envelope_id)));
      socket.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "stub" }, connection_info: { app_id: "A0APP" } }));
    });
    const config: SlackConfig = { botToken: TEST_BOT_TOKEN, signingSecret: null, appToken: APP_TOKEN, port: 0, apiUrl: stub.apiUrl };
    const adapter = createSlackAdapter(config, core, deps());
    try {
      expect(await adapter.start()).toEqual({ port: null });
      expect(stub.callsTo("apps.connections.open").at(-1)?.authorization).toBe(`Bearer ${APP_TOKEN}`);
      const payload = {
        token: "x",
        team_id: "T0STUB",
        channel_id: "C0SOCKET",
        channel_name: "tin-tuc",
        user_id: "U0USER",
        user_name: "an.nguyen",
        command: "/tinh",
        text: "Quảng Ninh",
        api_app_id: "A0APP",
        response_url: stub.responseUrl("socket"),
        trigger_id: "socket-trigger-1",
      };
      const envelope = { envelope_id: "env-1", type: "slash_commands", accepts_response_payload: true, payload };
      sockets[0]?.send(JSON.stringify(envelope));
      const [answer] = await stub.waitForResponses("socket", 1);
      expect(answer?.body).toMatchObject({ response_type: "ephemeral" });
      expect(blockKitProblems(answer?.body)).toEqual([]);
      sockets[0]?.send(JSON.stringify({ ...envelope, envelope_id: "env-2", retry_attempt: 1, retry_reason: "timeout" }));
      const deadline = Date.now() + 5000;
      while (!acks.includes("env-2") && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(acks).toEqual(expect.arrayContaining(["env-1", "env-2"]));
      const sentinel = { ...payload, trigger_id: "socket-trigger-2", response_url: stub.responseUrl("socket-sentinel") };
      sockets[0]?.send(JSON.stringify({ envelope_id: "env-3", type: "slash_commands", accepts_response_payload: true, payload: sentinel }));
      await stub.waitForResponses("socket-sentinel", 1);
      expect(stub.responsesTo("socket")).toHaveLength(1);
    } finally {
      await adapter.stop();
      for (const socket of sockets) socket.terminate();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
