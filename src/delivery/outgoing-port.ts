import type { ChatAddress, MessagingPlatform } from "../model/chat.ts";
import type { Reply } from "../reply/blocks.ts";

/** What happened to one outgoing reply. */
export type SendResult =
  | {
      readonly ok: true;
      /** Ids of the messages sent (Telegram message ids, Slack `ts`), in order. */
      readonly messageIds: readonly string[];
    }
  | {
      readonly ok: false;
      /**
       * inactive: the bot can no longer write there (blocked, kicked, archived, not in channel),
       * stop trying; failed: anything else, may be retried later.
       */
      readonly reason: "inactive" | "failed";
      /** The platform's own description ("Forbidden: bot was blocked by the user"). */
      readonly detail: string;
    };

/**
 * A platform's outgoing port: sends a core reply, unprompted, to a chat. Implemented by each
 * adapter (rendering, splitting, rate limits and 429 waits are its business); used by the
 * digest. NOTE: `send` never throws for platform errors; it reports them in the result.
 */
export interface OutgoingPort {
  readonly platform: MessagingPlatform;
  send(address: ChatAddress, reply: Reply): Promise<SendResult>;
}

/** Where adapters report that a chat became unreachable or reachable again. */
export interface ChatStatusSink {
  markInactive(address: ChatAddress, reason: string): void;
  markActive(address: ChatAddress): void;
}
