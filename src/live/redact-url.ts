/**
 * A URL fit to show or log: user name and password replaced by `***`. Text that is not a
 * URL is returned as is.
 */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  if (!url.username && !url.password) return raw;
  url.username = "***";
  url.password = "";
  return url.toString();
}

/** A URL without its user name and password (a page link that inherited a feed's). */
export function withoutCredentials(raw: string): string {
  try {
    const url = new URL(raw);
    if (!url.username && !url.password) return raw;
    url.username = "";
    url.password = "";
    return url.toString();
  } catch {
    return raw;
  }
}
