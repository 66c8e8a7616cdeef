import type { BotCommand } from "grammy/types";
import type { Command } from "../../src/index.ts";

// NOTE: Telegram command names are 1-32 characters of a-z, 0-9 and _; descriptions 1-256.
const TELEGRAM_NAME = /^[a-z0-9_]{1,32}$/;
const MAX_DESCRIPTION = 256;

/**
 * The command menu registered with `setMyCommands`: `/start`, every core command with a name
 * Telegram accepts (so commands added to the core later appear by themselves), then `/help`.
 */
export function commandMenu(commands: readonly Command[]): BotCommand[] {
  const menu: BotCommand[] = [{ command: "start", description: "Bắt đầu: giới thiệu bot và các lệnh" }];
  for (const command of commands) {
    if (!TELEGRAM_NAME.test(command.name)) continue;
    menu.push({ command: command.name, description: command.summary.slice(0, MAX_DESCRIPTION) || command.name });
  }
  menu.push({ command: "help", description: "Hướng dẫn sử dụng và danh sách lệnh" });
  const seen = new Set<string>();
  return menu.filter((item) => !seen.has(item.command) && seen.add(item.command));
}
