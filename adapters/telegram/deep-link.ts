// NOTE: `/start` payloads are 1-64 characters of A-Z, a-z, 0-9, _ and -. A readable payload is
// the command, `_`, then the arguments with `-` for spaces (`tinh_quang-ninh`); arguments that
// need other characters go whole, as base64url UTF-8 after `l-` (`l-L3RpbSAiZ2nDoSB2w6BuZyI`).
const PAYLOAD = /^([a-z0-9]{1,32})(?:_([A-Za-z0-9_-]{0,63}))?$/;
const ENCODED = /^l-([A-Za-z0-9_-]{1,62})$/;
/** Longest `/start` payload Telegram accepts. */
export const MAX_PAYLOAD_LENGTH = 64;

/** The command line a `/start` deep-link payload opens (`tinh_quang-ninh` → `/tinh quang ninh`), null when malformed. */
export function deepLinkLine(payload: string): string | null {
  const encoded = ENCODED.exec(payload.trim());
  if (encoded) {
    const line = Buffer.from(encoded[1] as string, "base64url").toString("utf8");
    return line.startsWith("/") && !line.includes("\uFFFD") && !/[\r\n]/.test(line) ? line : null;
  }
  const match = PAYLOAD.exec(payload.trim());
  if (!match) return null;
  const args = (match[2] ?? "").replace(/[-_]+/g, " ").trim();
  return args ? `/${match[1]} ${args}` : `/${match[1]}`;
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/**
 * The `/start` payload that opens `line` (`/bai 2` → `bai_2`, `/tinh Quảng Ninh` → `tinh_Quang-Ninh`):
 * readable when the arguments are letters and digits (diacritics dropped, which every command
 * accepts), else the whole line encoded; null when neither fits in 64 characters.
 */
export function deepLinkPayload(line: string): string | null {
  const match = /^\/([a-z0-9]{1,32})(?:\s+([\s\S]*))?$/.exec(line.trim());
  if (!match) return null;
  const args = (match[2] ?? "").trim();
  const folded = fold(args).split(/\s+/).filter(Boolean).join("-");
  if (/^[A-Za-z0-9-]*$/.test(folded)) {
    const readable = folded ? `${match[1]}_${folded}` : (match[1] as string);
    if (readable.length <= MAX_PAYLOAD_LENGTH) return readable;
  }
  const encoded = `l-${Buffer.from(line.trim(), "utf8").toString("base64url")}`;
  return encoded.length <= MAX_PAYLOAD_LENGTH ? encoded : null;
}

/** The t.me link that opens a private chat with the bot and runs `line` there; null when it does not fit. */
export function deepLinkUrl(botUsername: string, line: string): string | null {
  const payload = deepLinkPayload(line);
  return payload ? `https://t.me/${botUsername}?start=${payload}` : null;
}
