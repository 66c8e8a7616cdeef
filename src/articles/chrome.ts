import { collapseSpaces, normalizeText } from "../text/index.ts";
import { findFullDates, type FoundDate } from "./dates.ts";

// NOTE: a page clock or article timestamp line: "Thứ Hai, 25/11/2024 21:13 (GMT +7)",
// "Thứ 6, 28/07/2023 | 18:13:12 [GMT +7] A A", "28/07/2023 18:13", "Cập nhật: 28/07/2023".
const CLOCK_LINE = new RegExp(
  String.raw`^(?:(?:cập nhật|đăng|ngày đăng|xuất bản|ngày|đăng lúc|đăng ngày|published|updated)\s*(?:lúc|ngày)?\s*:?\s*)?` +
    String.raw`(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)\s*[,|-]?\s*)?` +
    String.raw`(?:\d{1,2}:\d{2}(?::\d{2})?\s*[,|-]?\s*)?` +
    String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{4}` +
    String.raw`(?:\s*[,|-]?\s*(?:lúc\s*)?\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:am|pm|sa|ch))?)?` +
    String.raw`(?:\s*[([]?\s*gmt\s*[+-]?\s*\d{1,2}(?::?00)?\s*[)\]]?)?` +
    String.raw`(?:\s*(?:a\s*){2,3})?$`,
  "u",
);

/**
 * Site chrome: whole lines that are page furniture, never article text. Matched against the
 * normalized (lowercase, NFC) line. Data, not logic: add new sites' furniture here.
 */
export const CHROME_LINE_PATTERNS: readonly RegExp[] = [
  /^tất cả chuyên mục$/u,
  /^xem với cỡ chữ$/u,
  /^liên kết website$/u,
  /^ý kiến\s*(?:\(\d*\))?$/u,
  /^bình luận\s*(?:\(\d*\))?$/u,
  /^(?:a\s*){2,3}$/u,
  /^a\s*[+-]\s*a\s*[+-]?$/u,
  /^(?:chia sẻ|in bài|lưu bài|gửi bài|bản in|trở về|về trang chủ|đầu trang|theo dõi|tin liên quan|bài liên quan|đọc thêm|xem thêm|xem tiếp|tin cùng chuyên mục|tin khác|tin mới|đọc nhiều|mới nhất|quảng cáo|copy link|sao chép liên kết|facebook|zalo|twitter|email|print)$/u,
  /^(?:gửi bình luận|viết bình luận|bình luận của bạn|ý kiến bạn đọc|ý kiến của bạn)$/u,
  /^(?:trang chủ|home)(?:\s*[>»/|]\s*[\p{L}\p{M} ,-]+)*$/u,
  /^\d+\s*(?:bình luận|lượt xem|lượt thích)$/u,
  /^\|$/u,
  CLOCK_LINE,
];

// NOTE: chrome lines are short; longer lines are never tested against the patterns.
const MAX_CHROME_LENGTH = 100;

/** The canonical form a line is compared in. */
function comparable(line: string): string {
  return collapseSpaces(normalizeText(line));
}

/** What a chrome line is: furniture, or a clock carrying the date it shows (null when none). */
export interface ChromeLine {
  readonly clock: FoundDate | null;
}

/** Classifies a line as chrome (with its clock date) or text (null). */
export function chromeOf(line: string): ChromeLine | null {
  if (line.length > MAX_CHROME_LENGTH) return null;
  const text = comparable(line);
  if (CLOCK_LINE.test(text)) return { clock: findFullDates(text)[0] ?? null };
  return CHROME_LINE_PATTERNS.some((pattern) => pattern.test(text)) ? { clock: null } : null;
}

/** Whether a line is site chrome (see `CHROME_LINE_PATTERNS`) or a page clock / timestamp. */
export function isChromeLine(line: string): boolean {
  return chromeOf(line) !== null;
}

/** The date of a page clock or timestamp line, or null when the line is not one. */
export function clockDate(line: string): FoundDate | null {
  return chromeOf(line)?.clock ?? null;
}

// NOTE: a photo credit inside or at the end of a caption: "(ẢNH: TTXVN)", "(Ảnh minh họa)",
// "Ảnh: Trí Dũng/TTXVN", "… - Ảnh: MINH HÀ", "(Nguồn: Reuters)", "(ảnh cắt từ clip …)". Credits only ever occur in
// captions. The "(" and ":" guards keep the regexes off most lines.
const CREDIT_IN_PARENS = /\s*\(\s*(?:ảnh|hình ảnh|nguồn|photo|video|clip)\s*(?::|minh họa|minh hoạ|cắt|chụp|tư liệu|tl\b)[^()]{0,80}\)\s*\.?/giu;
const CREDIT_AT_END = /(?:^|(?<=[.!?])|\s+[-–—](?=\s))\s*(?:ảnh|photo)\s*:\s*[\p{L}\p{M}\d .'’&/-]{1,60}$/iu;

function hasParenCredit(line: string): boolean {
  if (!line.includes("(")) return false;
  CREDIT_IN_PARENS.lastIndex = 0;
  const found = CREDIT_IN_PARENS.test(line);
  CREDIT_IN_PARENS.lastIndex = 0;
  return found;
}

// NOTE: the longest credit after "Ảnh:" that CREDIT_AT_END takes, spaces right after the colon aside.
const MAX_END_CREDIT = 60;
const SPACE = /\s/u;

/** Whether the text after the line's last colon is short enough for CREDIT_AT_END (which needs a colon). */
function mayEndWithCredit(line: string): boolean {
  const colon = line.lastIndexOf(":");
  if (colon < 0) return false;
  let start = colon + 1;
  while (start < line.length && SPACE.test(line.charAt(start))) start++;
  return line.length - start <= MAX_END_CREDIT;
}

/** Whether a line carries a photo credit. */
export function hasPhotoCredit(line: string): boolean {
  return hasParenCredit(line) || (mayEndWithCredit(line) && CREDIT_AT_END.test(line));
}

/** Removes photo credits from a line. */
export function stripPhotoCredits(line: string): string {
  let text = line;
  if (hasParenCredit(text)) text = text.replace(CREDIT_IN_PARENS, "");
  if (mayEndWithCredit(text)) text = text.replace(CREDIT_AT_END, "");
  return text.trim();
}

// NOTE: photo markers: a lone "|" before a caption, a Markdown or HTML image, "[Ảnh]".
const PHOTO_MARKER = /^(?:\||!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>|\[(?:ảnh|hình|hình ảnh|image|photo|video)[^\]]*\])$/iu;

/** Whether a line only marks a photo (the next line is its caption). */
export function isPhotoMarker(line: string): boolean {
  return PHOTO_MARKER.test(line);
}

// NOTE: a caption framed by "|" ends with " |".
const FRAMED_CAPTION = /\s\|$/u;

/** Whether a line is a caption closed by a "|" frame. */
export function isFramedCaption(line: string): boolean {
  return line.endsWith("|") && FRAMED_CAPTION.test(line);
}

// NOTE: a caption after a photo marker is a short line; longer ones are article text.
const MAX_CAPTION_WORDS = 60;
// NOTE: a line carrying a photo credit is a caption unless it is this long (photo-essay
// paragraphs end with a credit too).
const MAX_CREDITED_CAPTION = 220;

/** Whether a line following a photo marker reads as its caption. */
export function isCaptionAfterMarker(line: string): boolean {
  return line.split(/\s+/).length <= MAX_CAPTION_WORDS;
}

/** Whether a line with a photo credit is a caption (as opposed to a paragraph ending in a credit). */
export function isCreditedCaption(line: string): boolean {
  return line.length <= MAX_CREDITED_CAPTION && hasPhotoCredit(line);
}
