import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "better-sqlite3";
import { createSubscriptionService, identityEventOf, type EventOf, type SubscriptionService } from "../../src/subscriptions/index.ts";
import { openStore, createSubscriptionStore, type SubscriptionStore } from "../../src/store/index.ts";
import { createMovableClock, type MovableClock } from "../../src/util/clock.ts";
import { createSilentLogger } from "../../src/util/logger.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";
import type { ChatContext } from "../../src/model/chat.ts";
import { loadCore, type Core } from "../../src/app/index.ts";
import { DEFAULT_DIGEST_CONFIG, type DigestConfig } from "../../src/config/index.ts";

export { createMovableClock, type MovableClock } from "../../src/util/clock.ts";

/** A fresh temporary DATA_DIR. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), "diemtin-sub-"));
}

/** Everything a subscription test needs: a real store on a temp file and the real seeds core. */
export interface Harness {
  readonly dataDir: string;
  readonly db: Database;
  readonly store: SubscriptionStore;
  readonly service: SubscriptionService;
  /** The digest defaults the service was built with. */
  readonly config: DigestConfig;
  /** The near-duplicate grouping the service was built with. */
  readonly eventOf: EventOf;
  readonly core: Core;
  readonly clock: MovableClock;
}

/** Builds the harness; the seeds core gets the subscription service. */
export function createHarness(options: { at?: string; eventOf?: EventOf; sendEmpty?: boolean } = {}): Harness {
  const clock = createMovableClock(options.at ?? "2026-02-01T00:00:00Z");
  const dataDir = tempDataDir();
  const db = openStore(dataDir, createSilentLogger());
  const store = createSubscriptionStore(db, { clock });
  const config = { ...DEFAULT_DIGEST_CONFIG, sendEmpty: options.sendEmpty ?? false };
  const eventOf = options.eventOf ?? identityEventOf;
  const service = createSubscriptionService({ store, config, clock, eventOf });
  const core = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, services: { subscriptions: service }, logger: createSilentLogger(), clock });
  return { dataDir, db, store, service, config, eventOf, core, clock };
}

/** A chat context; a private Telegram chat unless overridden. */
export function chatOf(overrides: Partial<ChatContext> = {}): ChatContext {
  return {
    platform: "telegram",
    chatId: "100",
    threadId: null,
    userId: "7",
    userName: "Lan",
    chatKind: "private",
    canManage: true,
    ...overrides,
  };
}

/** The plain text of a reply's blocks, for assertions. */
export function textOf(reply: { blocks: readonly unknown[] }): string {
  return reply.blocks
    .map((block) => {
      const b = block as { kind: string; text?: string; spans?: { text: string }[]; title?: string; handle?: number };
      if (b.kind === "heading") return b.text;
      if (b.kind === "paragraph") return (b.spans ?? []).map((span) => span.text).join("");
      if (b.kind === "article") return `[${b.handle}] ${b.title}`;
      return b.kind;
    })
    .join("\n");
}
