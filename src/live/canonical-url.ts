// NOTE: query parameters that only track where a click came from; two URLs differing in them
// are one article.
const TRACKING = /^(?:utm_[a-z_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|zarsrc|zacc|gidzl|cmpid|itm_[a-z_]*)$/i;

/**
 * The canonical form of an article URL: http(s) only, lowercase host without `www.`, no
 * fragment, no default port, tracking parameters (utm_*, fbclid, gclid…) removed; null when
 * the text is not an http(s) URL. NOTE: the scheme is kept as written; an http and an https
 * link to the same page stay two URLs (sites redirect one to the other; we do not follow).
 */
export function canonicalUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, "");
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  if ([...url.searchParams.keys()].length === 0) url.search = "";
  return url.toString();
}

/**
 * A URL exactly as given, only parsed and serialised (`new URL`), when it is http(s); null
 * otherwise. This is the form that is fetched and stored; `canonicalUrl` only de-duplicates.
 */
export function httpUrl(raw: string, base?: string): string | null {
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}
