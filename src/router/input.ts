import { collapseSpaces, foldText, stripInvisible } from "../text/index.ts";

// NOTE: counted in UTF-16 units, like the platforms count message length.
/** Longest input the router considers; the rest is cut with a note. */
export const MAX_INPUT_LENGTH = 2000;

/** A typed line split into its command and arguments. */
export interface ParsedInput {
  /** Lowercase ASCII command name without slash or @bot suffix; null for plain text. */
  readonly command: string | null;
  readonly args: string;
  /** Whether the input was longer than `MAX_INPUT_LENGTH` and cut. */
  readonly truncated: boolean;
}

function cut(text: string): { text: string; truncated: boolean } {
  if (text.length <= MAX_INPUT_LENGTH) return { text, truncated: false };
  let end = MAX_INPUT_LENGTH;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return { text: text.slice(0, end), truncated: true };
}

/**
 * Parses what a user typed: removes invisible characters, cuts overlong input, splits
 * `/tinh@Bot Quảng Ninh` into `tinh` and `Quảng Ninh`. Command names are folded, so
 * `/Tìm` and `/tim` are the same command.
 */
export function parseInput(raw: string): ParsedInput {
  const { text, truncated } = cut(stripInvisible(raw));
  const clean = collapseSpaces(text);
  const match = /^[/!]([\p{L}\p{M}\p{N}_]+)(?:@[\w.]+)?(?:\s+|$)/u.exec(clean);
  if (!match) return { command: null, args: clean, truncated };
  const command = foldText(match[1] as string).toLowerCase();
  return { command, args: clean.slice(match[0].length).trim(), truncated };
}
