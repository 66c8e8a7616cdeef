import type { ChatStatusSink } from "../delivery/outgoing-port.ts";
import type { ChatAddress } from "../model/chat.ts";

/** Whether the bot can still write to a chat (per chat, all its topics). */
export interface ChatStatus {
  readonly active: boolean;
  /** Why it was paused ("Forbidden: bot was blocked by the user"); null when active. */
  readonly reason: string | null;
  readonly changedAt: number | null;
}

/**
 * Whether the bot can still write to each chat. Also the adapters' `ChatStatusSink`, whose
 * methods stay synchronous: they start the write and log its failure.
 */
export interface ChatStatusStore extends ChatStatusSink {
  /** Whether the target's chat is active (all topics of a chat share it). */
  statusOf(target: ChatAddress): Promise<ChatStatus>;
  /** Pauses (with the reason) or resumes the target's chat. */
  setStatus(target: ChatAddress, active: boolean, reason: string | null, at: number): Promise<void>;
}
