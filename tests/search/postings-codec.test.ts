import { describe, expect, it } from "vitest";
import { createSearchIndex, loadSearchIndex } from "../../src/search/index.ts";
import { seedArticles } from "./fixtures.ts";

interface Snapshot {
  index: unknown[];
  postings: { terms: string[]; fields: number[]; sizes: number[]; data: string };
  signatures?: unknown;
}

const articles = seedArticles();
const index = createSearchIndex(articles);
const QUERIES = ["Tô Lâm", "quang ninh", '"tăng trưởng GRDP"', "Lạng Sơn", "24-CT/TW", '"Tổng Bí thư"'];

function edited(change: (snapshot: Snapshot) => void): string {
  const snapshot = JSON.parse(index.toJSON()) as Snapshot;
  change(snapshot);
  return JSON.stringify(snapshot);
}

describe("packed postings", () => {
  it("keeps every posting list packed, none as MiniSearch JSON", () => {
    const snapshot = JSON.parse(index.toJSON()) as Snapshot;
    expect(snapshot.index).toEqual([]);
    expect(snapshot.postings.terms.length).toBeGreaterThan(100);
  });

  it("returns identical results after a round trip", () => {
    const again = loadSearchIndex(index.toJSON(), articles);
    for (const query of QUERIES) expect(again.search(query)).toEqual(index.search(query));
  });

  it("returns identical results from a snapshot without signatures (phrases checked in the text only)", () => {
    const again = loadSearchIndex(edited((snapshot) => delete snapshot.signatures), articles);
    for (const query of QUERIES) expect(again.search(query)).toEqual(index.search(query));
  });

  it("returns identical results after a round trip of a live-updated index", () => {
    const live = createSearchIndex(articles.slice(0, 3));
    live.add(articles.slice(3));
    live.add(articles.slice(0, 1));
    const again = loadSearchIndex(live.toJSON(), articles);
    for (const query of QUERIES) expect(again.search(query)).toEqual(live.search(query));
  });

  it.each([
    ["truncated data", (snapshot: Snapshot) => void (snapshot.postings.data = snapshot.postings.data.slice(0, 40))],
    ["bytes left over", (snapshot: Snapshot) => void (snapshot.postings.data += "AAAA")],
    ["an unknown field", (snapshot: Snapshot) => void (snapshot.postings.fields[0] = 9)],
    ["a list size of zero", (snapshot: Snapshot) => void (snapshot.postings.sizes[0] = 0)],
    ["a term's lists apart", (snapshot: Snapshot) => void snapshot.postings.terms.push(...snapshot.postings.terms.splice(0, 1))],
    ["lengths that differ", (snapshot: Snapshot) => void snapshot.postings.sizes.pop()],
    ["malformed signatures", (snapshot: Snapshot) => void (snapshot.signatures = { groups: 1 })],
  ])("throws SNAPSHOT_INVALID for %s", (_name, change) => {
    expect(() => loadSearchIndex(edited(change), articles)).toThrow(/search index/);
  });
});
