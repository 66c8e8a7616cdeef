/** What an inline keyboard button asks for: another page, or reading one article. */
export type CallbackAction = { readonly kind: "page"; readonly token: string } | { readonly kind: "read"; readonly handle: number };

// NOTE: Telegram's limit on `callback_data`, in bytes.
/** Longest `callback_data` Telegram accepts. */
export const MAX_CALLBACK_DATA_BYTES = 64;

/** The `callback_data` of an action (`p:<token>`, `b:<handle>`), null when it would not fit or is not plain ASCII. */
export function encodeCallback(action: CallbackAction): string | null {
  const data = action.kind === "page" ? `p:${action.token}` : `b:${action.handle}`;
  return /^[\x21-\x7e]+$/.test(data) && data.length <= MAX_CALLBACK_DATA_BYTES ? data : null;
}

/** The action a button's `callback_data` stands for; null when it is malformed or forged. */
export function decodeCallback(data: string | undefined): CallbackAction | null {
  if (data === undefined || data.length > MAX_CALLBACK_DATA_BYTES) return null;
  const page = /^p:([\x21-\x7e]{1,62})$/.exec(data);
  if (page) return { kind: "page", token: page[1] as string };
  const read = /^b:([1-9]\d{0,8})$/.exec(data);
  if (read) return { kind: "read", handle: Number(read[1]) };
  return null;
}
