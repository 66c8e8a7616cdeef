import { randomBytes } from "node:crypto";
import type { Reply } from "../../src/index.ts";

/** Keeps recent replies so a "Chia sẻ vào kênh" button can post exactly what the user saw. */
export interface ReplyStore {
  /** Stores a reply; returns its opaque id (the share button's value). */
  put(reply: Reply): string;
  /** The stored reply, null when unknown (forged, or dropped after a restart or by age). */
  get(id: string): Reply | null;
}

// NOTE: in memory and bounded; a share button older than the last 2,000 answers (or from
// before a restart) gets a short "gõ lại lệnh" message.
const MAX_REPLIES = 2000;

/** Creates the bounded reply store (oldest dropped first). */
export function createReplyStore(maxReplies = MAX_REPLIES): ReplyStore {
  const replies = new Map<string, Reply>();
  return {
    put(reply) {
      const id = randomBytes(12).toString("base64url");
      replies.set(id, reply);
      if (replies.size > maxReplies) replies.delete(replies.keys().next().value as string);
      return id;
    },
    get: (id) => replies.get(id) ?? null,
  };
}
