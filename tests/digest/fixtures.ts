import type { OutgoingPort, SendResult } from "../../src/delivery/outgoing-port.ts";
import type { Reply } from "../../src/reply/blocks.ts";
import type { ChatAddress, MessagingPlatform } from "../../src/model/chat.ts";
import type { Core } from "../../src/app/index.ts";
import { DEFAULT_DIGEST_CONFIG } from "../../src/config/index.ts";
import { createDigestService, type DigestService, type DigestServiceOptions } from "../../src/digest/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import type { Harness } from "../subscriptions/fixtures.ts";

/** One send a recording port saw. */
export interface SentMessage {
  readonly address: ChatAddress;
  readonly reply: Reply;
}

/** An in-process OutgoingPort that records what it sends; `behave` may answer instead. */
export interface RecordingPort extends OutgoingPort {
  readonly sent: SentMessage[];
  readonly calls: SentMessage[];
}

/** Creates a recording port; `behave` returns a result to fail a send, undefined to succeed. */
export function createRecordingPort(
  platform: MessagingPlatform,
  behave?: (address: ChatAddress, reply: Reply, call: number) => SendResult | undefined | Promise<SendResult | undefined>,
): RecordingPort {
  const sent: SentMessage[] = [];
  const calls: SentMessage[] = [];
  let id = 0;
  return {
    platform,
    sent,
    calls,
    async send(address, reply) {
      calls.push({ address, reply });
      const answer = await behave?.(address, reply, calls.length);
      if (answer) return answer;
      sent.push({ address, reply });
      return { ok: true, messageIds: [`${platform}-${++id}`] };
    },
  };
}

/** Adds copies of a seed article under new ids (as if they had just arrived); returns the ids. */
export function addArticles(core: Core, fromId: string, ids: readonly string[]): string[] {
  const source = core.corpus.byId(fromId);
  if (!source) throw new Error(`no article ${fromId}`);
  core.update({ upsert: ids.map((id) => ({ id, file: `${id}.txt`, parsed: source })) });
  return [...ids];
}

/** Seed ids by province. */
export const QUANG_NINH_SEED = "000_70cbb156967204ba";
export const LANG_SON_SEED = "004_bf77c165b1ddf6b4";

/** A digest service over a subscriptions harness, sending through `port` without pacing (rates are not what such tests look at). */
export function fastDigest(harness: Harness, port: OutgoingPort, extra: Partial<DigestServiceOptions> = {}): DigestService {
  return createDigestService({
    store: harness.store,
    core: harness.core,
    ports: [port],
    config: DEFAULT_DIGEST_CONFIG,
    logger: createSilentLogger(),
    clock: harness.clock,
    rates: { [port.platform]: { perSecond: 1000, perChatIntervalMs: 0 } },
    ...extra,
  });
}
