import { parentPort } from "node:worker_threads";
import type { ApiCall } from "../../tests/adapters/telegram/fake-bot-api.ts";
import { startFakeBotApi } from "../../tests/adapters/telegram/fake-bot-api.ts";
import { textMessage } from "../../tests/adapters/telegram/updates.ts";

// NOTE: a worker thread of the telegram bench: the fake Bot API and the load driver run here,
// on their own event loop, so the bot's thread only does the bot's work (as against the real
// Bot API, which is another machine).

/** One load run the bench asks for. */
export interface LoadRequest {
  readonly lines: readonly string[];
  readonly total: number;
  /** closed: each chat sends its next update when the previous one is answered; open: a fixed rate. */
  readonly mode: "closed" | "open";
  readonly chats: number;
  /** Updates per second of an open run. */
  readonly rate: number;
}

/** What a load run measured. */
export interface LoadResult {
  readonly updates: number;
  readonly rate: number;
  /** From the update leaving the fake (getUpdates answer) to its sendMessage arriving, ms, sorted. */
  readonly latencies: number[];
}

const FIRST_CHAT = 10_000;
const fake = await startFakeBotApi();
const port = parentPort;
if (!port) throw new Error("telegram-load: must run as a worker");

async function drive(request: LoadRequest): Promise<LoadResult> {
  const pending = new Map<number, number[]>();
  const latencies: number[] = [];
  let pushed = 0;
  let answered = 0;
  let finish: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const push = (chatId: number) => {
    const line = request.lines[pushed % request.lines.length] as string;
    pushed += 1;
    const queue = pending.get(chatId) ?? [];
    queue.push(fake.pushUpdate(textMessage(line, { chatId })));
    pending.set(chatId, queue);
  };
  const stopListening = fake.onCall((call: ApiCall) => {
    if (call.method !== "sendMessage" || call.status !== 200) return;
    const chatId = Number(call.payload.chat_id);
    const updateId = pending.get(chatId)?.shift();
    if (updateId === undefined) return;
    latencies.push(call.at - (fake.servedAt(updateId) ?? call.at));
    answered += 1;
    if (request.mode === "closed" && pushed < request.total) push(chatId);
    if (answered === request.total) finish();
  });
  const started = performance.now();
  if (request.mode === "closed") {
    for (let chat = 0; chat < request.chats && pushed < request.total; chat += 1) push(FIRST_CHAT + chat);
  } else {
    const timer = setInterval(() => {
      const due = Math.min(request.total, Math.floor(((performance.now() - started) / 1000) * request.rate));
      while (pushed < due) push(FIRST_CHAT + (pushed % request.chats));
      if (pushed >= request.total) clearInterval(timer);
    }, 1);
  }
  await finished;
  const seconds = (performance.now() - started) / 1000;
  stopListening();
  fake.clearCalls();
  return { updates: request.total, rate: request.total / seconds, latencies: latencies.sort((a, b) => a - b) };
}

port.on("message", (message: LoadRequest | "close") => {
  if (message === "close") {
    void fake.close().then(() => port.close());
    return;
  }
  void drive(message).then((result) => port.postMessage(result));
});
port.postMessage({ apiRoot: fake.apiRoot, token: fake.token });
