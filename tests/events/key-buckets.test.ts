import { describe, expect, it } from "vitest";
import { createKeyBuckets, type KeepInFullBucket, type KeyBuckets } from "../../src/events/key-buckets.ts";

function build(keys: readonly (readonly number[])[], capacity: number, keep: KeepInFullBucket = "first", step = 1000): { buckets: KeyBuckets; pauses: number } {
  const steps = createKeyBuckets(keys.length, capacity, keep, step, (item) => keys[item] ?? []);
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { buckets: next.value, pauses };
    pauses++;
  }
}

function valuesOf(buckets: KeyBuckets, item: number): number[] {
  const out: number[] = [];
  buckets.forEachValue(item, (value) => out.push(value));
  return out;
}

describe("createKeyBuckets", () => {
  it("returns the values put by items sharing a key, once per shared key", () => {
    const { buckets } = build([[1, 2], [2, 3], [3, 1], [9]], 8);
    buckets.put(0, 100);
    expect(valuesOf(buckets, 1)).toEqual([100]);
    expect(valuesOf(buckets, 2)).toEqual([100]);
    buckets.put(1, 101);
    expect(valuesOf(buckets, 2).sort()).toEqual([100, 101]);
    expect(valuesOf(buckets, 3)).toEqual([]);
  });

  it("returns nothing through a key only one item has", () => {
    const { buckets } = build([[7], [8]], 8);
    buckets.put(0, 5);
    buckets.put(1, 6);
    expect(valuesOf(buckets, 0)).toEqual([]);
    expect(valuesOf(buckets, 1)).toEqual([]);
  });

  it.each([
    ["first", [10, 11]],
    ["last", [12, 13]],
  ] as const)("returns the %s values put when a bucket is full", (keep, expected) => {
    const { buckets } = build([[4], [4], [4], [4], [4]], 2, keep);
    for (const value of [10, 11, 12, 13]) buckets.put(0, value);
    expect(valuesOf(buckets, 4).sort()).toEqual(expected);
  });

  it("returns a value put twice into a bucket once and does not count it against the capacity", () => {
    const { buckets } = build([[4], [4], [4]], 2, "last");
    buckets.put(0, 10);
    buckets.put(1, 10);
    buckets.put(2, 11);
    expect(valuesOf(buckets, 2).sort()).toEqual([10, 11]);
  });

  it("keeps keys apart that differ only above 32 bits", () => {
    const high = 2 ** 40;
    const { buckets } = build([[high + 5], [5], [high + 5]], 8);
    buckets.put(1, 1);
    buckets.put(0, 0);
    expect(valuesOf(buckets, 2)).toEqual([0]);
  });

  it("returns the same buckets when built in many pauses as in one go", () => {
    const keys = Array.from({ length: 500 }, (_, item) => [item % 37, 1000 + (item % 11), 2 ** 45 + (item % 3)]);
    const once = build(keys, 4, "last", 10_000);
    const paused = build(keys, 4, "last", 7);
    expect(once.pauses).toBe(0);
    expect(paused.pauses).toBeGreaterThan(50);
    for (let item = 0; item < keys.length; item++) {
      once.buckets.put(item, item);
      paused.buckets.put(item, item);
    }
    for (let item = 0; item < keys.length; item++) expect(valuesOf(paused.buckets, item)).toEqual(valuesOf(once.buckets, item));
  });
});
