import { MAX_BUTTON_VALUE } from "./limits.ts";

// NOTE: `action_id`s must be unique inside one message, so read buttons carry their position
// as a suffix; handlers match them by prefix.

/** `action_id` of the "previous page" button; its value is a page token. */
export const ACTION_PAGE_PREV = "diemtin_page_prev";
/** `action_id` of the "next page" button; its value is a page token. */
export const ACTION_PAGE_NEXT = "diemtin_page_next";
/** `action_id` prefix of the "Đọc" buttons; their value is an article handle. */
export const ACTION_READ_PREFIX = "diemtin_read_";
/** `action_id` of the "Chia sẻ vào kênh" button; its value is a stored reply id. */
export const ACTION_SHARE = "diemtin_share";

/** Matches every button of the adapter. */
export const ACTION_PATTERN = /^diemtin_/;
/** Matches every paging button. */
export const PAGE_ACTION = /^diemtin_page_(prev|next)$/;
/** Matches every read button. */
export const READ_ACTION = /^diemtin_read_\d+$/;

// NOTE: the router's tokens are ≤ 24 ASCII bytes; anything longer or not printable ASCII is forged.
const MAX_TOKEN_LENGTH = 64;

/** The page token a paging button's value carries; null when malformed. */
export function parsePageValue(value: string | undefined): string | null {
  if (value === undefined || value.length > MAX_TOKEN_LENGTH || !/^[\x21-\x7e]+$/.test(value)) return null;
  return value;
}

/** The article handle a read button's value carries; null when malformed. */
export function parseReadValue(value: string | undefined): number | null {
  const match = value === undefined ? null : /^([1-9]\d{0,8})$/.exec(value);
  return match ? Number(match[1]) : null;
}

/** The stored reply id a share button's value carries; null when malformed. */
export function parseShareValue(value: string | undefined): string | null {
  return value !== undefined && /^[\w-]{8,32}$/.test(value) ? value : null;
}

/** `action_id` prefix of the command buttons (Hủy, digest times); suffixed with the block and button positions (and the channel on the Home tab). */
export const ACTION_RUN_PREFIX = "diemtin_run_";
/** Matches every command button. */
export const RUN_ACTION = /^diemtin_run_\d+_\d+(?:_[A-Z0-9]+)?$/;

/** What a command button carries: the line it runs, the panel line shown after it, and the channel it is about when pressed outside it (App Home). */
export interface RunValue {
  readonly line: string;
  readonly refresh: string | null;
  readonly channel: string | null;
}

/** The `value` of a command button; null when longer than Slack allows (2,000 characters). */
export function runValue(value: RunValue): string | null {
  const text = JSON.stringify({ l: value.line, r: value.refresh, c: value.channel });
  return text.length <= MAX_BUTTON_VALUE ? text : null;
}

/** The command a command button's value carries; null when malformed or forged. */
export function parseRunValue(value: string | undefined): RunValue | null {
  if (value === undefined || value.length > MAX_BUTTON_VALUE) return null;
  let data: unknown;
  try {
    data = JSON.parse(value);
  } catch {
    return null;
  }
  const { l, r, c } = (data ?? {}) as { l?: unknown; r?: unknown; c?: unknown };
  if (typeof l !== "string" || !/^\/[a-z]/.test(l)) return null;
  if (r !== null && (typeof r !== "string" || !r.startsWith("/"))) return null;
  if (c !== null && (typeof c !== "string" || !/^[CGD][A-Z0-9]{2,20}$/.test(c))) return null;
  return { line: l, refresh: r, channel: c };
}
