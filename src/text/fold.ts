/** Strips every diacritic and maps đ→d, for accent-insensitive matching ("Đà Nẵng" → "Da Nang"). */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\u0111/g, "d")
    .replace(/\u0110/g, "D")
    .replace(/\u00F0/g, "d")
    .replace(/\u00D0/g, "D")
    .normalize("NFC");
}

/** Whether the text carries any Vietnamese diacritic (including đ). */
export function hasDiacritics(text: string): boolean {
  return foldText(text) !== text.normalize("NFC");
}
