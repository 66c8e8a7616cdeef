import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kthLargest } from "../../src/search/kth-largest.ts";

describe("kthLargest", () => {
  it("returns the value a descending sort puts at k - 1 when k is in range", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, 1, 2.5)), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        (values, pick) => {
          const k = (pick % values.length) + 1;
          const sorted = [...values].sort((a, b) => b - a);
          // NOTE: 0 and -0 rank the same and either may be the one at k - 1: both read as 0 here.
          expect(kthLargest(Float64Array.from(values), values.length, k) + 0).toBe((sorted[k - 1] as number) + 0);
        },
      ),
    );
  });

  it("reads only the first count values", () => {
    expect(kthLargest(Float64Array.from([1, 2, 3, 100]), 3, 1)).toBe(3);
  });

  it("returns -Infinity when k is out of range", () => {
    expect(kthLargest(Float64Array.from([1, 2]), 2, 0)).toBe(-Infinity);
    expect(kthLargest(Float64Array.from([1, 2]), 2, 3)).toBe(-Infinity);
  });
});
