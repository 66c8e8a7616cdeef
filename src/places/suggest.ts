import { compareProvinceIds, listProvinces, type Province } from "./provinces.ts";
import { foldedKey, placeKey } from "./place-key.ts";
import { hasDiacritics } from "../text/index.ts";

// NOTE: how many suggestions a misspelt name gets at most; a partial name ("Hà", "Ninh") lists
// every province it starts a word of, up to the larger number.
const MAX_SUGGESTIONS = 3;
const MAX_PARTIAL_SUGGESTIONS = 6;
// NOTE: a typed name this long or longer may also match as the start of a province name.
const MIN_PREFIX = 3;

/** Optimal-string-alignment distance (Levenshtein plus adjacent swaps), stopping above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (prevPrev[j - 2] as number) + 1);
      }
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/** How many edits a typed name may be away from a province name of this length. */
function allowedEdits(length: number): number {
  return Math.max(1, Math.floor(length / 4));
}

interface NameKeys {
  readonly key: string;
  /** The accented syllables of the name. */
  readonly syllables: readonly string[];
  readonly province: Province;
}

let names: readonly NameKeys[] | null = null;

function nameKeys(): readonly NameKeys[] {
  names ??= listProvinces().map((province) => {
    const accented = placeKey(province.name);
    return { key: foldedKey(accented), syllables: accented.split(" "), province };
  });
  return names;
}

/** Whether a typed syllable is (or, for the last one, starts) a name syllable; accents count only when typed. */
function syllableFits(typed: string, word: string, last: boolean): boolean {
  const [a, b] = hasDiacritics(typed) ? [typed, word] : [foldedKey(typed), foldedKey(word)];
  return last ? b.startsWith(a) : a === b;
}

/**
 * The score of a name for typed syllables that begin one of its words ("hà" in "Hà Tĩnh",
 * "ninh" in "Bắc Ninh", "quả" in "Quảng Ninh"): lower is better; null when they do not.
 */
function partialScore(typed: readonly string[], name: readonly string[]): number | null {
  for (let start = 0; start + typed.length <= name.length; start++) {
    const fits = typed.every((syllable, i) => syllableFits(syllable, name[start + i] as string, i === typed.length - 1));
    if (fits) return start + (syllableFits(typed.at(-1) as string, name[start + typed.length - 1] as string, false) ? 0 : 0.5);
  }
  return null;
}

/**
 * Current provinces a partial name begins a word of (`/tinh Hà` → Hà Nội, Hà Tĩnh; `Ninh` →
 * Bắc Ninh, Ninh Bình, Quảng Ninh, Tây Ninh), best first; empty when none.
 */
function partialMatches(typed: string): Province[] {
  const syllables = placeKey(typed).split(" ").filter(Boolean);
  if (syllables.length === 0) return [];
  const scored: { province: Province; score: number }[] = [];
  for (const { syllables: name, province } of nameKeys()) {
    const score = partialScore(syllables, name);
    if (score !== null) scored.push({ province, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || compareProvinceIds(a.province.id, b.province.id))
    .slice(0, MAX_PARTIAL_SUGGESTIONS)
    .map((item) => item.province);
}

/**
 * Current provinces a typed name may mean: those it begins a word of (a partial name, up to
 * six), else up to three whose folded names are a few edits away, closest first.
 */
export function suggestProvinces(typed: string): Province[] {
  const query = foldedKey(placeKey(typed));
  if (!query) return [];
  const partial = partialMatches(typed);
  if (partial.length > 0) return partial;
  const scored: { province: Province; score: number }[] = [];
  for (const { key, province } of nameKeys()) {
    const limit = allowedEdits(key.length);
    const distance = editDistance(query, key, limit);
    if (distance <= limit) scored.push({ province, score: distance });
    else if (query.length >= MIN_PREFIX && key.startsWith(query)) scored.push({ province, score: limit + 0.5 });
  }
  return scored
    .sort((a, b) => a.score - b.score || compareProvinceIds(a.province.id, b.province.id))
    .slice(0, MAX_SUGGESTIONS)
    .map((item) => item.province);
}
