import { packByCost } from "../util/pack-by-cost.ts";

/** Splits one overlong paragraph at sentence ends, then at spaces, into pieces ≤ `limit`. */
function splitParagraph(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    const sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf("; "));
    const space = window.lastIndexOf(" ");
    const cut = sentence > limit / 2 ? sentence + 1 : space > limit / 2 ? space : limit;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** Groups paragraphs into pages of at most `limit` characters, never cutting mid-word. */
export function chunkParagraphs(paragraphs: readonly string[], limit: number): string[][] {
  return packByCost(
    paragraphs.flatMap((text) => splitParagraph(text, limit)),
    (piece) => piece.length,
    limit,
  );
}
