import { describe, expect, it } from "vitest";
import { CompactPostings } from "../../src/search/compact-postings.ts";

/** A list over a slice [start, start + ids.length) of arrays with other values around it. */
function slice(ids: number[], frequencies: number[], start = 3): { list: CompactPostings; shared: Int32Array } {
  const shared = new Int32Array(start + ids.length + 3).fill(-7);
  shared.set(ids, start);
  const counts = new Uint8Array(shared.length).fill(99);
  counts.set(frequencies, start);
  return { list: new CompactPostings(shared, counts, start, ids.length), shared };
}

/** A deterministic pseudo-random sequence (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

describe("CompactPostings", () => {
  it("returns the entries of its slice in id order", () => {
    const { list } = slice([2, 5, 9], [1, 3, 2]);
    expect(list.size).toBe(3);
    expect([...list]).toEqual([
      [2, 1],
      [5, 3],
      [9, 2],
    ]);
    expect([...list.keys()]).toEqual([2, 5, 9]);
    expect([...list.values()]).toEqual([1, 3, 2]);
    expect(list.get(5)).toBe(3);
    expect(list.get(4)).toBeUndefined();
    expect(list.has(9)).toBe(true);
  });

  it("behaves as a Map under a random sequence of sets, deletes and reads", () => {
    const next = random(42);
    const { list } = slice([1, 4], [1, 1]);
    const model = new Map<number, number>([
      [1, 1],
      [4, 1],
    ]);
    for (let step = 0; step < 2000; step++) {
      const id = Math.floor(next() * 60);
      const action = next();
      if (action < 0.5) {
        const frequency = 1 + Math.floor(next() * 300);
        list.set(id, frequency);
        model.set(id, frequency);
      } else if (action < 0.75) {
        expect(list.delete(id)).toBe(model.delete(id));
      } else {
        expect(list.get(id)).toBe(model.get(id));
      }
      expect(list.size).toBe(model.size);
    }
    expect([...list]).toEqual([...model].sort((a, b) => a[0] - b[0]));
  });

  it("never writes outside its slice of shared arrays", () => {
    const { list, shared } = slice([10, 20, 30], [1, 1, 1]);
    list.delete(20);
    list.set(20, 2);
    list.set(40, 1);
    list.set(5, 1);
    expect([...shared.subarray(0, 3)]).toEqual([-7, -7, -7]);
    expect([...shared.subarray(6)]).toEqual([-7, -7, -7]);
    expect([...list.keys()]).toEqual([5, 10, 20, 30, 40]);
  });

  it("keeps a frequency above 255 when set", () => {
    const { list } = slice([1, 2], [1, 1]);
    list.set(2, 70_000);
    expect(list.get(2)).toBe(70_000);
    expect(list.get(1)).toBe(1);
  });

  it("continues after the last id returned when entries are deleted while iterating", () => {
    const { list } = slice([1, 2, 3, 4, 5], [1, 1, 1, 1, 1]);
    const seen: number[] = [];
    for (const [id] of list) {
      seen.push(id);
      if (id % 2 === 1) list.delete(id);
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect([...list.keys()]).toEqual([2, 4]);
  });

  it("returns only the marked ids while restricted, with size and get unchanged", () => {
    const { list } = slice([1, 2, 3], [4, 5, 6]);
    const marks = new Uint8Array(4);
    marks[2] = 1;
    list.restrict(marks);
    expect([...list]).toEqual([[2, 5]]);
    expect(list.size).toBe(3);
    expect(list.get(3)).toBe(6);
    list.unrestrict();
    expect([...list.keys()]).toEqual([1, 2, 3]);
  });
});
