import { describe, expect, it } from "vitest";
import { createLruCache } from "../../src/util/lru-cache.ts";

describe("createLruCache", () => {
  it("returns the kept value without making it again", () => {
    const cache = createLruCache<string, number>(2);
    let made = 0;
    expect(cache.getOrSet("a", () => ++made)).toBe(1);
    expect(cache.getOrSet("a", () => ++made)).toBe(1);
    expect(made).toBe(1);
  });

  it("returns a new value for the least recently used key once the cache is full", () => {
    const cache = createLruCache<string, string>(2);
    cache.getOrSet("a", () => "a1");
    cache.getOrSet("b", () => "b1");
    cache.getOrSet("a", () => "a2");
    cache.getOrSet("c", () => "c1");
    expect(cache.getOrSet("a", () => "a3")).toBe("a1");
    expect(cache.getOrSet("b", () => "b2")).toBe("b2");
  });
});
