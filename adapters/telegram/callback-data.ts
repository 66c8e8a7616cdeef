/**
 * What an inline keyboard button asks for: another page, reading one article, or running a
 * command line (`then: "panel"` shows the chat's subscription panel again afterwards, in place).
 */
export type CallbackAction =
  | { readonly kind: "page"; readonly token: string }
  | { readonly kind: "read"; readonly handle: number }
  | { readonly kind: "run"; readonly line: string; readonly then: "panel" | "answer" };

// NOTE: Telegram's limit on `callback_data`, in bytes (UTF-8).
/** Longest `callback_data` Telegram accepts. */
export const MAX_CALLBACK_DATA_BYTES = 64;

function fits(data: string): boolean {
  return Buffer.byteLength(data, "utf8") <= MAX_CALLBACK_DATA_BYTES && !/[\u0000-\u001f]/.test(data);
}

/**
 * The `callback_data` of an action (`p:<token>`, `b:<handle>`, `r:<line>` answered, `d:<line>`
 * then the panel), null when it would not fit in 64 bytes.
 */
export function encodeCallback(action: CallbackAction): string | null {
  if (action.kind === "run") {
    const data = `${action.then === "panel" ? "d" : "r"}:${action.line}`;
    return action.line.startsWith("/") && fits(data) ? data : null;
  }
  const data = action.kind === "page" ? `p:${action.token}` : `b:${action.handle}`;
  return /^[\x21-\x7e]+$/.test(data) && data.length <= MAX_CALLBACK_DATA_BYTES ? data : null;
}

/** The action a button's `callback_data` stands for; null when it is malformed or forged. */
export function decodeCallback(data: string | undefined): CallbackAction | null {
  if (data === undefined || !fits(data)) return null;
  const page = /^p:([\x21-\x7e]{1,62})$/.exec(data);
  if (page) return { kind: "page", token: page[1] as string };
  const read = /^b:([1-9]\d{0,8})$/.exec(data);
  if (read) return { kind: "read", handle: Number(read[1]) };
  const run = /^([rd]):(\/\S[^\n]*)$/u.exec(data);
  if (run) return { kind: "run", line: run[2] as string, then: run[1] === "d" ? "panel" : "answer" };
  return null;
}
