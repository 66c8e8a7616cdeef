// NOTE: tone marks are the combining grave, acute, tilde, hook above and dot below; the
// circumflex (U+0302), breve (U+0306) and horn (U+031B) are letter diacritics, not tones.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ANY_MARK = /[\u0300-\u036f]/;

// NOTE: an open syllable ending in oa/oe/uy (no final consonant) is written two ways:
// hòa/hoà, khỏe/khoẻ, thủy/thuỷ. We keep the tone on the first vowel (the older, more
// common newspaper style). After q the u belongs to the consonant (quý), so it is skipped.
const OPEN_GLIDE = /(?<![qQ])([oO][\u0300-\u036f]*[aAeE]|[uU][\u0300-\u036f]*[yY])([\u0300-\u036f]*)(?![\p{L}\p{M}])/gu;

function placeTone(pair: string, trailing: string): string {
  const first = pair[0] as string;
  const firstMarks = pair.slice(1, -1);
  const second = pair.slice(-1);
  const tones = (firstMarks + trailing).match(TONE_MARKS) ?? [];
  const firstOther = firstMarks.replace(TONE_MARKS, "");
  const secondOther = trailing.replace(TONE_MARKS, "");
  if (tones.length !== 1 || firstOther || secondOther) return pair + trailing;
  return first + tones[0] + second;
}

/** Rewrites open oa/oe/uy syllables so the tone mark sits on the first vowel (hoà → hòa). */
export function canonicalTone(text: string): string {
  if (!ANY_MARK.test(text.normalize("NFD"))) return text;
  return text
    .normalize("NFD")
    .replace(OPEN_GLIDE, (_m, pair: string, trailing: string) => placeTone(pair, trailing))
    .normalize("NFC");
}

// NOTE: canonicalTone only changes an open oa/oe/uy syllable whose tone sits on the second
// vowel; in NFC text that is a plain o/u followed by a precomposed toned a, e or y at a word
// end. Text without one (most) skips its NFD/NFC round trip.
const SECOND_VOWEL_TONE = /(?<![qQ])(?:[oO][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/u;

/** Repairs look-alike letters: the Icelandic eth (Ð/ð) typed for the Vietnamese đ. */
export function fixLookalikes(text: string): string {
  if (!text.includes("\u00D0") && !text.includes("\u00F0")) return text;
  return text.replace(/\u00D0/g, "\u0110").replace(/\u00F0/g, "\u0111");
}

/**
 * The one normalization applied at index and at query time: NFC, Ð→Đ, canonical tone
 * placement for open oa/oe/uy, lowercase.
 */
export function normalizeText(text: string): string {
  const nfc = fixLookalikes(text.normalize("NFC"));
  return (SECOND_VOWEL_TONE.test(nfc) ? canonicalTone(nfc) : nfc).toLowerCase();
}
