// NOTE: document type abbreviations of Vietnamese party and state documents: NQ nghị quyết,
// CT chỉ thị, KL kết luận, QĐ quyết định, QĐi quy định, HD hướng dẫn, TB thông báo, KH kế
// hoạch, NĐ nghị định, TT thông tư, CV công văn, BC báo cáo, TTr tờ trình, QC quy chế, CTr chương trình.
const TYPES = "NQ|CT|KL|QĐi|QĐ|QyĐ|HD|TB|KH|NĐ|TTLT|TT|CV|CĐ|BC|TTr|QC|CTr|ĐA|L|PL|UBTVQH\\d*|QH\\d*";
// NOTE: an issuer: capitals with an optional lowercase tail ("TW", "TU", "CP", "TTg", "UBND", "BGDĐT").
const ISSUER = "[A-ZĐ][A-ZĐa-z]{0,9}\\d{0,2}";

/**
 * Shapes of cited document codes: `24-CT/TW` (party), `35/2023/UBTVQH15` and
 * `123/2024/NĐ-CP` (number/year/type), `05/CT-TTg` and `1234/QĐ-UBND` (number/type-issuer).
 */
export const DOCUMENT_CODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.-])(?:` +
    String.raw`\d{1,4}-(?:${TYPES})\/${ISSUER}(?:-${ISSUER})?` +
    String.raw`|\d{1,5}\/(?:19|20)\d{2}\/(?:${TYPES}|${ISSUER})(?:-${ISSUER}){0,2}` +
    String.raw`|\d{1,5}\/(?:${TYPES})-${ISSUER}(?:-${ISSUER})?` +
    String.raw`)(?![\p{L}\p{N}]|\/\p{L})`,
  "gu",
);

/** Normalizes a document code: uppercase (Đ kept), no spaces. */
export function normalizeDocumentCode(code: string): string {
  return code.normalize("NFC").replace(/\s+/g, "").toUpperCase();
}

/** The document codes a text cites, normalized and deduplicated, in order of first mention. */
export function extractDocuments(text: string): string[] {
  // NOTE: every code has a "/", which composing the text neither adds nor removes.
  if (!text.includes("/")) return [];
  const seen = new Set<string>();
  for (const match of text.normalize("NFC").matchAll(DOCUMENT_CODE)) seen.add(normalizeDocumentCode(match[0]));
  return [...seen];
}
