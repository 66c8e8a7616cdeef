/**
 * The k-th largest of `values[0, count)` (k from 1), reordering them in place; -Infinity
 * when k is out of range. NOTE: quickselect with a median-of-three pivot, so the cost stays
 * linear on sorted or equal values too; NaN must not occur.
 */
export function kthLargest(values: Float64Array, count: number, k: number): number {
  if (k < 1 || k > count) return -Infinity;
  let low = 0;
  let high = count - 1;
  const target = k - 1;
  // NOTE: each round drops at least the pivot's side that cannot hold the target, so `count` rounds bound it.
  for (let round = 0; round <= count && low < high; round++) {
    const middle = (low + high) >>> 1;
    const a = values[low] as number;
    const b = values[middle] as number;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), values[high] as number));
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) > pivot) i++;
      while ((values[j] as number) < pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return values[target] as number;
  }
  return values[target] as number;
}
