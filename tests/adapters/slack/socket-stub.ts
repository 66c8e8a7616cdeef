import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/**
 * A local stand-in for Slack's Socket Mode endpoint: greets each connection with `hello`,
 * records the envelope ids the app acknowledges, and sends envelopes to the app.
 */
export interface SocketStub {
  /** The URL `apps.connections.open` should answer (give it to `StubWebApi.setSocketUrl`). */
  readonly url: string;
  /** Envelope ids the app acknowledged, in order. */
  readonly acks: string[];
  /** Sends an envelope over the latest connection. */
  send(envelope: Record<string, unknown>): void;
  /** Resolves when the envelope was acknowledged, rejects after `timeoutMs`. */
  waitForAck(envelopeId: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** The payload of a `slash_commands` envelope, as Slack sends it over Socket Mode. */
export function socketSlashPayload(fields: { command: string; text: string; responseUrl: string; triggerId: string; channelId?: string }): Record<string, unknown> {
  return {
    token: "deprecated-verification-token",
    team_id: "T0STUB",
    channel_id: fields.channelId ?? "C0SOCKET",
    channel_name: "tin-tuc",
    user_id: "U0USER",
    user_name: "an.nguyen",
    command: fields.command,
    text: fields.text,
    api_app_id: "A0APP",
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId,
  };
}

/** Starts the stub on an ephemeral loopback port. */
export async function startSocketStub(): Promise<SocketStub> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await once(server, "listening");
  const acks: string[] = [];
  const sockets: WebSocket[] = [];
  server.on("connection", (socket) => {
    sockets.push(socket);
    socket.on("message", (data) => {
      const id = (JSON.parse(String(data)) as { envelope_id?: unknown }).envelope_id;
      if (typeof id === "string") acks.push(id);
    });
    socket.send(JSON.stringify({ type: "hello", num_connections: 1, debug_info: { host: "stub" }, connection_info: { app_id: "A0APP" } }));
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    acks,
    send(envelope) {
      const socket = sockets[sockets.length - 1];
      if (!socket) throw new Error("socket stub: the app is not connected");
      socket.send(JSON.stringify(envelope));
    },
    async waitForAck(envelopeId, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!acks.includes(envelopeId)) {
        if (Date.now() > deadline) throw new Error(`socket stub: no ack for ${envelopeId} within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async close() {
      for (const socket of sockets) socket.terminate();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
