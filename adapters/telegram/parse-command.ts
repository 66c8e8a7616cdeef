/** A slash command as Telegram users type it: `/tinh@ThisBot Quảng Ninh`. */
export interface TypedCommand {
  /** The name as typed, without slash or bot suffix. */
  readonly name: string;
  /** The bot it is addressed to (`ThisBot`), null when not addressed. */
  readonly target: string | null;
  readonly args: string;
}

/** Splits a message text into a command, its target bot and its arguments; null for plain text. */
export function parseCommand(text: string): TypedCommand | null {
  const match = /^\/([^\s@/]+)(?:@([A-Za-z0-9_]+))?(?:\s+([\s\S]*))?$/u.exec(text.trimStart());
  if (!match) return null;
  return { name: match[1] as string, target: match[2] ?? null, args: (match[3] ?? "").trim() };
}
