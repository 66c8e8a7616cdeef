import { describe, expect, it } from "vitest";
import { toIndexedTexts } from "../../src/search/build-index.ts";
import { buildSegment, createSegmentBuild, FIELD_COUNT, type IndexedTexts, type Segment } from "../../src/search/segment.ts";
import { seedArticles } from "./fixtures.ts";

describe("buildSegment", () => {
  it("returns the same segment from a one-shot iterable as from an array", () => {
    const texts = seedArticles().map((article) => toIndexedTexts(article));
    const whole = buildSegment(texts);
    const streamed = buildSegment((function* () {
      yield* texts;
    })());
    expect(streamed.postings.length).toBeGreaterThan(100);
    for (const name of ["offsets", "postings", "counts", "masks", "frequency", "variantStarts", "variantFrequency", "lengths", "duplicates"] as const) {
      expect(Array.from(streamed[name]), name).toEqual(Array.from(whole[name]));
    }
    expect([...streamed.terms]).toEqual([...whole.terms]);
  });
});

/** A syllable of letters only, distinct per number ("zq" then base 26). */
const filler = (n: number): string => `zq${n.toString(26).replace(/[0-9]/g, (d) => String.fromCharCode(113 + Number(d)))}`;

describe("buildSegment over more spellings than the syllable memo holds", () => {
  it("returns the same postings for the other articles as a build without them", () => {
    const [first, second] = seedArticles().map((article) => toIndexedTexts(article));
    const flood = { ...(first as IndexedTexts), id: "flood", title: [], lead: [], body: [Array.from({ length: 210_000 }, (_, n) => filler(n)).join(" ")] };
    const alone = buildSegment([first as IndexedTexts, second as IndexedTexts]);
    const flooded = buildSegment([first as IndexedTexts, flood, second as IndexedTexts]);
    const listOf = (segment: Segment, term: number, field: number, local: (at: number) => number) => {
      const out: number[][] = [];
      for (let at = segment.offsets[term * FIELD_COUNT + field] as number; at < (segment.offsets[term * FIELD_COUNT + field + 1] as number); at++) {
        out.push([local(segment.postings[at] as number), segment.counts[at] as number, segment.masks[at] as number]);
      }
      return out.filter(([article]) => article !== -1);
    };
    for (const [term, id] of alone.terms) {
      const other = flooded.terms.get(term) as number;
      for (let field = 0; field < FIELD_COUNT; field++) {
        const expected = listOf(alone, id, field, (at) => at);
        expect(listOf(flooded, other, field, (at) => (at === 1 ? -1 : at === 2 ? 1 : at)), term).toEqual(expected);
      }
    }
  });
});

describe("createSegmentBuild", () => {
  it("throws when the second pass is given other articles than the first read", () => {
    const [first, second] = seedArticles().map((article) => toIndexedTexts(article));
    const build = createSegmentBuild();
    build.add(first as IndexedTexts);
    expect(() => build.finish([second as IndexedTexts])).toThrow(/was added there/);
  });

  it("throws when the second pass is given fewer articles than the first read", () => {
    const [first, second] = seedArticles().map((article) => toIndexedTexts(article));
    const build = createSegmentBuild();
    build.add(first as IndexedTexts);
    build.add(second as IndexedTexts);
    expect(() => build.finish([first as IndexedTexts])).toThrow(/1 articles filled, 2 added/);
  });
});
