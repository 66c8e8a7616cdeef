import { describe, expect, it } from "vitest";
import { collapseEvents } from "../../src/events/collapse-events.ts";
import { eventDayOf } from "../../src/events/event-day.ts";
import type { ArticleEvent } from "../../src/events/event-index.ts";
import type { Block } from "../../src/reply/blocks.ts";
import { foldEventItems } from "../../src/events/fold-event-items.ts";
import { jaccard, shingleHashes } from "../../src/events/shingles.ts";
import { estimateJaccard, minhashSignature } from "../../src/events/minhash.ts";

const DAY = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

describe("shingles", () => {
  it("returns the same shingles with or without diacritics and stopwords", () => {
    expect(jaccard(shingleHashes("Tổng Bí thư thăm Quảng Ninh", 2), shingleHashes("tong bi thu tham quang ninh", 2))).toBe(1);
  });

  it.each([
    ["alpha beta gamma delta", "alpha beta gamma epsilon", 0.5],
    ["a b c", "x y z", 0],
  ])("jaccard of %s / %s is %s", (a, b, expected) => {
    expect(jaccard(shingleHashes(a, 2), shingleHashes(b, 2))).toBeCloseTo(expected, 5);
  });

  it("estimates Jaccard from MinHash signatures within 0.15", () => {
    const words = Array.from({ length: 200 }, (_, i) => `từ${i}`);
    const a = shingleHashes(words.join(" "), 1);
    const b = shingleHashes(words.slice(50).concat(Array.from({ length: 50 }, (_, i) => `khác${i}`)).join(" "), 1);
    expect(Math.abs(estimateJaccard(minhashSignature(a), minhashSignature(b)) - jaccard(a, b))).toBeLessThan(0.15);
  });
});

describe("eventDayOf", () => {
  it.each([
    ["Chiều 27-1, Tổng Bí thư làm việc.", "2026-01-28", "2026-01-27", true],
    ["Sáng 31/12, lễ đón năm mới.", "2026-01-02", "2025-12-31", true],
    ["Tỉnh đã hoàn thành kế hoạch.", "2026-01-28", "2026-01-28", false],
  ])("dates %s (published %s) on %s", (lead, date, expected, fromDateline) => {
    expect(eventDayOf({ lead, date })).toEqual({ day: DAY(expected), fromDateline });
  });

  it("returns no day for an undated article without a dateline", () => {
    expect(eventDayOf({ lead: "Không có ngày.", date: null })).toEqual({ day: null, fromDateline: false });
  });
});

const EVENT: ArticleEvent = { id: "a", articleIds: ["a", "b", "c"] };
const eventOf = (id: string) => (EVENT.articleIds.includes(id) ? EVENT : null);

describe("collapseEvents", () => {
  it("keeps the first entry of each event and lists the others", () => {
    const out = collapseEvents(["x", "b", "a", "y", "c"], (id) => id, eventOf);
    expect(out).toEqual([
      { entry: "x", others: [] },
      { entry: "b", others: ["a", "c"] },
      { entry: "y", others: [] },
    ]);
  });
});

describe("foldEventItems", () => {
  const item = (id: string) => ({ id, render: () => [{ kind: "heading" as const, text: id }] });

  it("adds 'và N bài khác' with the other articles' handles to the kept item", () => {
    const out = foldEventItems([item("b"), item("x"), item("c")], { eventOf }, (id) => ({ a: 1, b: 2, c: 3 })[id]);
    expect(out.map((entry) => entry.id)).toEqual(["b", "x"]);
    expect(out[0]?.render()).toEqual([
      { kind: "heading", text: "b" },
      {
        kind: "paragraph",
        spans: [
          { text: "và 2 bài khác cùng sự kiện: ", mark: "muted" },
          { text: "/bai 1", mark: "code", command: "/bai 1" },
          { text: ", ", mark: "muted" },
          { text: "/bai 3", mark: "code", command: "/bai 3" },
        ],
      },
    ]);
    expect(out[1]?.render()).toEqual([{ kind: "heading", text: "x" }]);
  });

  it("names at most five other articles of a huge event and counts the rest", () => {
    const ids = ["dau", ...Array.from({ length: 7_754 }, (_, i) => `k${i}`)];
    const huge: ArticleEvent = { id: "dau", articleIds: ids };
    const out = foldEventItems([item("dau")], { eventOf: () => huge }, (id) => (id === "dau" ? 1 : Number(id.slice(1)) + 2));
    const note = out[0]?.render()[1] as Block | undefined;
    expect(note?.kind === "paragraph" ? note.spans.map((span) => span.text).join("") : null).toBe("và 7.754 bài khác cùng sự kiện: /bai 2, /bai 3, /bai 4, /bai 5, /bai 6…");
    expect(note?.kind === "paragraph" ? note.spans.flatMap((span) => (span.command ? [span.command] : [])) : []).toEqual(["/bai 2", "/bai 3", "/bai 4", "/bai 5", "/bai 6"]);
  });

  it("returns the items unchanged without an event lookup", () => {
    expect(foldEventItems([item("a"), item("b")], undefined, () => 1).map((entry) => entry.id)).toEqual(["a", "b"]);
  });
});
