// NOTE: `/start` payloads are 1-64 characters of A-Z, a-z, 0-9, _ and -; the first `_`
// separates the command from its arguments and `-` stands for a space.
const PAYLOAD = /^([a-z0-9]{1,32})(?:_([A-Za-z0-9_-]{0,63}))?$/;

/** The command line a `/start` deep-link payload opens (`tinh_quang-ninh` → `/tinh quang ninh`), null when malformed. */
export function deepLinkLine(payload: string): string | null {
  const match = PAYLOAD.exec(payload.trim());
  if (!match) return null;
  const args = (match[2] ?? "").replace(/[-_]+/g, " ").trim();
  return args ? `/${match[1]} ${args}` : `/${match[1]}`;
}
