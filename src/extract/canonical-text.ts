import { canonicalTone, fixLookalikes } from "../text/index.ts";

// NOTE: canonicalTone only changes an open oa/oe/uy syllable whose tone sits on the second
// vowel ("hoà", "thuỷ"); in NFC text that is o/u followed by a precomposed toned a, e or y at
// a word end. Texts without one (most) skip its NFD/NFC round trip, the extractors' hot spot.
const SECOND_VOWEL_TONE = /(?<![qQ])(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/u;

/** The form extractors match in: NFC, Ð→Đ, canonical tone placement (case kept, same meaning). */
export function canonicalText(text: string): string {
  const nfc = fixLookalikes(text.normalize("NFC"));
  return SECOND_VOWEL_TONE.test(nfc) ? canonicalTone(nfc) : nfc;
}
