import type { IncomingMessage, ServerResponse } from "node:http";
import type { Update } from "grammy/types";

/** The largest webhook body read. NOTE: bytes; a Telegram update is a few KB. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

const SECRET_HEADER = "x-telegram-bot-api-secret-token";

/** The error of a webhook body over `MAX_WEBHOOK_BODY_BYTES` (already answered 413). */
export class WebhookBodyTooLarge extends Error {
  override readonly name = "WebhookBodyTooLarge";
}

function readCapped(req: IncomingMessage, res: ServerResponse): Promise<Update> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? "NaN");
    const refuse = (): void => {
      if (!res.headersSent) res.writeHead(413, { connection: "close" }).end();
      req.destroy();
      reject(new WebhookBodyTooLarge(`webhook: body over ${MAX_WEBHOOK_BODY_BYTES} bytes`));
    };
    if (Number.isFinite(declared) && declared > MAX_WEBHOOK_BODY_BYTES) return refuse();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_WEBHOOK_BODY_BYTES) {
        req.removeAllListeners("data");
        refuse();
        return;
      }
      chunks.push(chunk);
    });
    req.once("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as Update);
      } catch (error) {
        reject(error);
      }
    });
    req.once("error", reject);
  });
}

/**
 * grammY's node `http` webhook adapter with the body capped at `MAX_WEBHOOK_BODY_BYTES`: the
 * secret header is checked by grammY before the body is read; a larger body is answered 413
 * and the connection closed.
 */
export function cappedHttpAdapter(req: IncomingMessage, res: ServerResponse) {
  const header = req.headers[SECRET_HEADER];
  return {
    get update(): Promise<Update> {
      return readCapped(req, res);
    },
    header: Array.isArray(header) ? header[0] : header,
    end: () => res.end(),
    respond: (json: string) => res.writeHead(200, { "Content-Type": "application/json" }).end(json),
    unauthorized: () => res.writeHead(401).end("secret token is wrong"),
  };
}
