export { parseArticle } from "./parse-article.ts";
export { peelMetadata } from "./metadata.ts";
export type { ArticleMetadata, PeeledMetadata } from "./metadata.ts";
export { CHROME_LINE_PATTERNS, chromeOf, isChromeLine, clockDate } from "./chrome.ts";
export type { ChromeLine } from "./chrome.ts";
export { KNOWN_SOURCES, HOST_SOURCES, knownSource, sourceFromUrl } from "./sources.ts";
export { displayByline, peelTrailingBylines, peelLeadPrefix } from "./bylines.ts";
export { titleFromLead, MAX_LEAD_TITLE_LENGTH } from "./title.ts";
export { findDateline, findFullDates, inferYear, isCalendarDay, parseMetadataDate } from "./dates.ts";
