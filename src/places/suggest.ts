import { compareProvinceIds, listProvinces, type Province } from "./provinces.ts";
import { foldedKey, placeKey } from "./place-key.ts";

// NOTE: how many suggestions an unknown name gets at most.
const MAX_SUGGESTIONS = 3;
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

let names: readonly { readonly key: string; readonly province: Province }[] | null = null;

/**
 * Up to three current provinces whose folded names are closest to a typed name (a few edits
 * away, or starting with it), closest first.
 */
export function suggestProvinces(typed: string): Province[] {
  const query = foldedKey(placeKey(typed));
  if (!query) return [];
  names ??= listProvinces().map((province) => ({ key: foldedKey(placeKey(province.name)), province }));
  const scored: { province: Province; score: number }[] = [];
  for (const { key, province } of names) {
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
