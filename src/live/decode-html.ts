import iconv from "iconv-lite";

const UTF8 = new TextDecoder("utf-8", { fatal: true });
// NOTE: a charset declared in the first bytes: <meta charset="…"> or http-equiv content="…; charset=…".
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i;
const HEADER_CHARSET = /charset\s*=\s*["']?([\w.:-]+)/i;

/** The charset named by a Content-Type header, or null. */
export function headerCharset(contentType: string | null): string | null {
  return contentType ? (HEADER_CHARSET.exec(contentType)?.[1]?.toLowerCase() ?? null) : null;
}

/** The charset a document declares in its own first 2 KB (meta tag or XML declaration), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
  return (XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1])?.toLowerCase() ?? null;
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a fetched page or feed to NFC text. Charset order: a BOM; valid UTF-8 with non-ASCII
 * bytes (whatever is declared, so a page lying "windows-1258" over UTF-8 still reads right);
 * the HTTP header; the document's own declaration; windows-1258 for Vietnamese legacy pages.
 * NOTE: windows-1258 writes tones as combining marks; NFC composes them.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): { text: string; charset: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: (decodeUtf8(bytes.subarray(3)) ?? "").normalize("NFC"), charset: "utf-8" };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const charset = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), charset).normalize("NFC"), charset };
  }
  const asUtf8 = decodeUtf8(bytes);
  const ascii = bytes.every((byte) => byte < 0x80);
  if (asUtf8 !== null && !ascii) return { text: asUtf8.normalize("NFC"), charset: "utf-8" };
  const named = [headerCharset(contentType), declaredCharset(bytes)].find((charset) => charset && charset !== "utf-8" && charset !== "utf8" && iconv.encodingExists(charset));
  if (asUtf8 !== null) return { text: asUtf8.normalize("NFC"), charset: ascii ? (named ?? "utf-8") : "utf-8" };
  const charset = named ?? "windows-1258";
  return { text: iconv.decode(Buffer.from(bytes), charset).normalize("NFC"), charset };
}

// NOTE: bytes decoded, and characters composed, between two pauses of `decodeInSlices`.
const SLICE_BYTES = 256 * 1024;

/**
 * `decodeHtml`'s text for a large document, decoded and composed a slice at a time with
 * `pause()` between slices (a turn of the event loop for other work). Valid UTF-8 is decoded
 * this way; anything else (a BOM for UTF-16, legacy charsets) goes through `decodeHtml` at once.
 */
export async function decodeInSlices(bytes: Uint8Array, contentType: string | null, pause: () => Promise<void>): Promise<string> {
  if (bytes.length <= SLICE_BYTES || bytes[0] === 0xff || bytes[0] === 0xfe) return decodeHtml(bytes, contentType).text;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const parts: string[] = [];
  try {
    for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
      parts.push(decoder.decode(bytes.subarray(at, at + SLICE_BYTES), { stream: true }));
      await pause();
    }
    parts.push(decoder.decode());
  } catch {
    return decodeHtml(bytes, contentType).text;
  }
  const text = parts.join("");
  const composed: string[] = [];
  // NOTE: slices end before a "<", which no combining mark follows, so composing them apart
  // composes the whole.
  for (let at = 0; at < text.length; ) {
    const next = text.indexOf("<", at + SLICE_BYTES);
    const end = next === -1 ? text.length : next;
    composed.push(text.slice(at, end).normalize("NFC"));
    at = end;
    if (at < text.length) await pause();
  }
  return composed.join("");
}
