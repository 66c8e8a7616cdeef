/** A bounded map that drops the least recently used entry first. */
export interface LruCache<K, V> {
  /** The value under `key`, made by `make` (and kept) when absent; either way now the most recent. */
  getOrSet(key: K, make: () => V): V;
}

/** Creates an LRU cache of at most `max` entries. */
export function createLruCache<K, V>(max: number): LruCache<K, V> {
  const entries = new Map<K, V>();
  return {
    getOrSet(key, make) {
      let value: V;
      if (entries.has(key)) {
        value = entries.get(key) as V;
        entries.delete(key);
      } else {
        value = make();
        if (entries.size >= max) entries.delete(entries.keys().next().value as K);
      }
      entries.set(key, value);
      return value;
    },
  };
}
