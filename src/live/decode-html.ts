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
