/**
 * Items packed in order into groups whose summed cost stays within `limit`; an item costlier
 * than the limit gets a group of its own (callers split such items first).
 */
export function packByCost<T>(items: Iterable<T>, cost: (item: T) => number, limit: number): T[][] {
  const groups: T[][] = [];
  let group: T[] = [];
  let used = 0;
  for (const item of items) {
    const itemCost = cost(item);
    if (group.length > 0 && used + itemCost > limit) {
      groups.push(group);
      group = [];
      used = 0;
    }
    group.push(item);
    used += itemCost;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
