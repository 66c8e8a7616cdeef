// NOTE: Vietnamese writing: "." groups thousands only when exactly three digits follow it
// ("85.050", "1.234.567"); "," is the decimal mark ("11,89"). A lone "." before one, two or
// four-plus digits is read as a decimal point ("1.5").
const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const PLAIN = /^\d+(?:,\d+)?$/;
const DOT_DECIMAL = /^\d+\.\d+$/;

/** Parses a number written Vietnamese-style ("85.050" → 85050, "11,89" → 11.89), or NaN. */
export function parseVietnameseNumber(raw: string): number {
  const text = raw.trim().replace(/\s+/g, "");
  if (GROUPED.test(text) || PLAIN.test(text)) return Number(text.replace(/\./g, "").replace(",", "."));
  if (DOT_DECIMAL.test(text)) return Number(text);
  return Number.NaN;
}
