/**
 * Bounded value lists keyed by numbers, for a fixed set of items each with its keys: the items
 * sharing a key share its bucket. Built once from every item's keys, in typed arrays.
 */
export interface KeyBuckets {
  /** Calls `visit` with each value in the buckets of `item`'s keys (a value once per bucket it is in). */
  forEachValue(item: number, visit: (value: number) => void): void;
  /** Puts `value` into the bucket of each of `item`'s keys, unless there already. */
  put(item: number, value: number): void;
}

/** Which values a full bucket keeps: the first put, or the last (the oldest leaves). */
export type KeepInFullBucket = "first" | "last";

// NOTE: keys are integers below 2^53 (a day number and a 32-bit shingle, or a 53-bit band key).
function hashKey(key: number): number {
  let h = (key >>> 0) ^ Math.imul(Math.floor(key / 0x1_0000_0000) | 0, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function heldBy(length: number, capacity: number): number {
  return length < 2 ? 0 : Math.min(length, capacity);
}

/**
 * Numbers the distinct keys in order of first entry, writing each entry's number into
 * `bucketOf`; returns how many entries each number has. Pauses after every `step` entries.
 */
function* numberKeys(keys: Float64Array, bucketOf: Int32Array, step: number): Generator<void, Int32Array, void> {
  // NOTE: the table holds a key's number; the key is read back from its first entry.
  const table = new Int32Array(tableSize(keys.length)).fill(-1);
  const mask = table.length - 1;
  const firstEntry = new Int32Array(keys.length);
  const lengths = new Int32Array(keys.length);
  let numbered = 0;
  for (let entry = 0; entry < keys.length; entry++) {
    if (entry > 0 && entry % step === 0) yield;
    const key = keys[entry] as number;
    for (let slot = hashKey(key) & mask; ; slot = (slot + 1) & mask) {
      const number = table[slot] as number;
      if (number < 0) {
        table[slot] = numbered;
        firstEntry[numbered] = entry;
        lengths[numbered] = 1;
        bucketOf[entry] = numbered++;
        break;
      }
      if (keys[firstEntry[number] as number] === key) {
        lengths[number] = (lengths[number] as number) + 1;
        bucketOf[entry] = number;
        break;
      }
    }
  }
  return lengths.subarray(0, numbered);
}

function tableSize(keys: number): number {
  let size = 16;
  while (size < keys + (keys >>> 1)) size *= 2;
  return size;
}

/**
 * Builds the buckets of `items` items (numbered from 0) whose keys `keysOf` gives, each bucket
 * holding at most `capacity` values; pauses after every `step` items read. A key no other item
 * has gets no bucket (nothing could be found through it).
 */
export function* createKeyBuckets(
  items: number,
  capacity: number,
  keep: KeepInFullBucket,
  step: number,
  keysOf: (item: number) => Iterable<number>,
): Generator<void, KeyBuckets, void> {
  const starts = new Int32Array(items + 1);
  // NOTE: keys are read twice, counted then copied, so no array is outgrown and copied.
  for (let item = 0; item < items; item++) {
    let length = 0;
    for (const _ of keysOf(item)) length++;
    starts[item + 1] = (starts[item] as number) + length;
  }
  const count = starts[items] as number;
  const keys = new Float64Array(count);
  for (let item = 0; item < items; item++) {
    if (item > 0 && item % step === 0) yield;
    let at = starts[item] as number;
    for (const key of keysOf(item)) keys[at++] = key;
  }
  const bucketOf = new Int32Array(count);
  const lengths = yield* numberKeys(keys, bucketOf, step * 64);
  if (items >= step) yield;

  // NOTE: only keys shared by two items or more keep a bucket, renumbered densely in place of
  // their lengths.
  let kept = 0;
  for (let bucket = 0; bucket < lengths.length; bucket++) if (heldBy(lengths[bucket] as number, capacity) > 0) kept++;
  const offsets = new Int32Array(kept + 1);
  for (let bucket = 0, id = 0; bucket < lengths.length; bucket++) {
    const held = heldBy(lengths[bucket] as number, capacity);
    if (held > 0) {
      offsets[id + 1] = (offsets[id] as number) + held;
      lengths[bucket] = id++;
    } else lengths[bucket] = -1;
  }
  for (let entry = 0; entry < count; entry++) bucketOf[entry] = lengths[bucketOf[entry] as number] as number;
  return createBuckets(starts, bucketOf, offsets, keep);
}

function createBuckets(starts: Int32Array, bucketOf: Int32Array, offsets: Int32Array, keep: KeepInFullBucket): KeyBuckets {
  const values = new Int32Array(offsets[offsets.length - 1] as number);
  // NOTE: values put into each bucket so far; past its capacity a "last" bucket is a ring whose
  // oldest value is overwritten next.
  const puts = new Int32Array(offsets.length - 1);
  return {
    forEachValue(item, visit) {
      for (let entry = starts[item] as number; entry < (starts[item + 1] as number); entry++) {
        const bucket = bucketOf[entry] as number;
        if (bucket < 0) continue;
        const from = offsets[bucket] as number;
        const held = Math.min(puts[bucket] as number, (offsets[bucket + 1] as number) - from);
        for (let k = from; k < from + held; k++) visit(values[k] as number);
      }
    },
    put(item, value) {
      for (let entry = starts[item] as number; entry < (starts[item + 1] as number); entry++) {
        const bucket = bucketOf[entry] as number;
        if (bucket < 0) continue;
        const from = offsets[bucket] as number;
        const size = (offsets[bucket + 1] as number) - from;
        const put = puts[bucket] as number;
        const held = Math.min(put, size);
        let already = false;
        for (let k = from; k < from + held && !already; k++) already = values[k] === value;
        if (already) continue;
        if (put < size) values[from + put] = value;
        else if (keep === "last") values[from + (put % size)] = value;
        else continue;
        puts[bucket] = put + 1;
      }
    },
  };
}
