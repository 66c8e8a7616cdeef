import type { ChatContext } from "../model/chat.ts";

/**
 * Whether the chat's user is an admin: the console's local operator always is (whoever runs
 * the process owns its data); an `ADMIN_IDS` entry `platform:id` (`telegram:123`, `slack:U123`)
 * matches that platform's user; a bare id matches the user on any platform.
 */
export function isAdmin(adminIds: readonly string[], chat: Pick<ChatContext, "platform" | "userId">): boolean {
  if (chat.platform === "console") return true;
  if (chat.userId === null) return false;
  return adminIds.some((entry) => {
    const colon = entry.indexOf(":");
    if (colon < 0) return entry === chat.userId;
    return entry.slice(0, colon).toLowerCase() === chat.platform && entry.slice(colon + 1) === chat.userId;
  });
}
