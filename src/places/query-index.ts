import { compactKey, foldedKey, placeKey } from "./place-key.ts";
import { placeEntries, type PlaceEntry } from "./place-entries.ts";

/** Lookups of typed names: by accented key, by folded key, by folded key without spaces. */
export interface QueryIndex {
  readonly accented: ReadonlyMap<string, readonly PlaceEntry[]>;
  readonly folded: ReadonlyMap<string, readonly PlaceEntry[]>;
  readonly compact: ReadonlyMap<string, readonly PlaceEntry[]>;
}

function add(map: Map<string, PlaceEntry[]>, key: string, entry: PlaceEntry): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

let cached: QueryIndex | null = null;

/** The lookups over every gazetteer name (built once). */
export function queryIndex(): QueryIndex {
  if (cached) return cached;
  const accented = new Map<string, PlaceEntry[]>();
  const folded = new Map<string, PlaceEntry[]>();
  const compact = new Map<string, PlaceEntry[]>();
  for (const entry of placeEntries()) {
    const key = placeKey(entry.name);
    add(accented, key, entry);
    add(folded, foldedKey(key), entry);
    add(compact, compactKey(key), entry);
  }
  cached = { accented, folded, compact };
  return cached;
}
