import { describe, expect, it } from "vitest";
import { createCandidateBlocks, EVENT_BLOCK_LIMITS, type EventBlockLimits } from "../../src/events/candidate-blocks.ts";
import { fingerprintOf } from "../../src/events/fingerprint.ts";
import { buildArticles } from "../../src/corpus/index.ts";
import { createSilentLogger } from "../../src/util/logger.ts";

function prints(texts: readonly string[]) {
  return buildArticles(
    texts.map((text, i) => ({ id: `a${i}`, file: `a${i}.txt`, text })),
    createSilentLogger(),
  ).map((article) => fingerprintOf(article));
}

const MEETING = "Sáng 27/1, UBND tỉnh Quảng Ninh họp bàn về dự án cầu Bạch Đằng mở rộng với lãnh đạo các sở, ngành và địa phương.";
const dated = (title: string, lead: string) => `# date = 20260127\n${title}\n${lead}\n${lead} Đoạn thứ hai của bài.\n`;
// NOTE: no date header and no dateline: the event day is unknown, so only LSH bands block.
const undated = (title: string) => `${title}\nUBND tỉnh Quảng Ninh họp bàn về dự án cầu Bạch Đằng mở rộng với lãnh đạo các sở, ngành và địa phương.\nĐoạn thứ hai của bài nói về cầu Bạch Đằng.\n`;
const limits = (overrides: Partial<EventBlockLimits>): EventBlockLimits => ({ ...EVENT_BLOCK_LIMITS, ...overrides });

describe("createCandidateBlocks", () => {
  it("offers a same-day leader whose title and lead are alike and not one whose are not", () => {
    const [leader, alike, unlike] = prints([
      dated("Quảng Ninh họp bàn dự án cầu Bạch Đằng mở rộng", MEETING),
      dated("Quảng Ninh bàn dự án mở rộng cầu Bạch Đằng", MEETING),
      dated("Giá vàng hôm nay tăng mạnh", "Sáng 27/1, giá vàng SJC tăng thêm 500.000 đồng mỗi lượng so với hôm qua."),
    ]);
    const blocks = createCandidateBlocks([leader!, alike!, unlike!], EVENT_BLOCK_LIMITS);
    blocks.add(0, 0);
    expect(blocks.candidates(1)).toEqual([0]);
    expect(blocks.candidates(2)).toEqual([]);
  });

  it("keeps the last leaders added when a band bucket is full", () => {
    const all = prints(Array.from({ length: 5 }, () => undated("Quảng Ninh họp bàn dự án cầu Bạch Đằng mở rộng")));
    expect(all.every((print) => print.when.day === null && print.bands.length > 0)).toBe(true);
    const blocks = createCandidateBlocks(all, limits({ bandLeaders: 2 }));
    for (const i of [0, 1, 2, 3]) blocks.add(i, i);
    expect(blocks.candidates(4).sort()).toEqual([2, 3]);
  });

  it("offers each leader once however many bands and shingles it shares", () => {
    const all = prints(Array.from({ length: 3 }, () => dated("Quảng Ninh họp bàn dự án cầu Bạch Đằng mở rộng", MEETING)));
    const blocks = createCandidateBlocks(all, EVENT_BLOCK_LIMITS);
    blocks.add(0, 0);
    blocks.add(1, 0);
    expect(blocks.candidates(2)).toEqual([0]);
  });

  it("offers at most the bounded number of leaders per article in a flood of look-alikes", () => {
    const bounds = limits({ bandLeaders: 3, shingleLeaders: 4 });
    const all = prints(Array.from({ length: 300 }, (_, i) => dated(`Quảng Ninh họp bàn dự án số ${i} và số ${i * 7}`, `Sáng 27/1, tỉnh Quảng Ninh họp bàn dự án số ${i}, số ${i * 3} và số ${i * 11}.`)));
    const blocks = createCandidateBlocks(all, bounds);
    let most = 0;
    for (let i = 0; i < all.length; i++) {
      most = Math.max(most, blocks.candidates(i).length);
      blocks.add(i, i);
    }
    const print = all[0]!;
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(print.bands.length * bounds.bandLeaders + bounds.shingleLeaders);
  });
});
