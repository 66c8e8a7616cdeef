/** The outcome of decoding one corpus file: its text, or why it cannot be read. */
export type DecodeResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string };

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const UTF16LE = new TextDecoder("utf-16le", { fatal: true });

function swapBytes(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] as number;
    swapped[i + 1] = bytes[i] as number;
  }
  return swapped;
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): DecodeResult {
  const body = bytes.subarray(2);
  if (body.length % 2 !== 0) return { ok: false, reason: "not valid UTF-16 (odd byte count)" };
  try {
    return { ok: true, text: UTF16LE.decode(bigEndian ? swapBytes(body) : body) };
  } catch {
    return { ok: false, reason: "not valid UTF-16" };
  }
}

/**
 * Decodes a corpus file's bytes: UTF-8 (a BOM is stripped), or UTF-16 LE/BE when the file
 * starts with that BOM. Binary files (NUL bytes), invalid encodings and blank files fail.
 */
export function decodeCorpusBytes(bytes: Uint8Array): DecodeResult {
  let decoded: DecodeResult;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = decodeUtf16(bytes, false);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = decodeUtf16(bytes, true);
  else if (bytes.includes(0)) return { ok: false, reason: "binary (NUL bytes)" };
  else {
    try {
      // NOTE: TextDecoder drops a leading UTF-8 BOM by default.
      decoded = { ok: true, text: UTF8.decode(bytes) };
    } catch {
      return { ok: false, reason: "not valid UTF-8" };
    }
  }
  if (!decoded.ok) return decoded;
  if (decoded.text.includes("\u0000")) return { ok: false, reason: "binary (NUL characters)" };
  if (decoded.text.trim() === "") return { ok: false, reason: "empty" };
  return decoded;
}
