// NOTE: C0/C1 controls except tab and newline, zero-width characters, bidi controls, BOM.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** One character `stripInvisible` removes (the test form of its pattern). */
export const INVISIBLE_CHARACTER = new RegExp(INVISIBLE.source);

/** Removes control, zero-width and bidi-control characters and composes the text (NFC). */
export function stripInvisible(text: string): string {
  return text.normalize("NFC").replace(INVISIBLE, "");
}

/** Collapses runs of whitespace to single spaces and trims. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
