/** Escapes text for Telegram HTML: `&`, `<` and `>` become entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === "&" ? "&amp;" : char === "<" ? "&lt;" : "&gt;"));
}

/** Escapes an attribute value for Telegram HTML (also `"`). */
export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

/** Whether a link target may go into an `<a href>`: an absolute http(s) URL. */
export function isLinkTarget(href: string): boolean {
  try {
    const url = new URL(href);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}
