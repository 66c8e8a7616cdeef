import { beforeAll, describe, expect, it } from "vitest";
import { createCore, createFixedClock, createSilentLogger, loadCore, type Article, type Core, type Figure, type Reply } from "../../src/index.ts";
import { SEEDS_DIR } from "../fixtures/seeds.ts";
import { makeArticle } from "../search/fixtures.ts";

const figure = (indicator: string, value: number, unit: string, year: number | null, local = false): Figure => ({ indicator, value, raw: String(value), unit, year, local });

/** The "Số liệu:" line of a reply, empty when it has none. */
function figuresLine(reply: Reply): string {
  for (const block of reply.blocks) {
    if (block.kind !== "paragraph" || block.spans[0]?.text !== "Số liệu: ") continue;
    return block.spans.map((span) => span.text).join("");
  }
  return "";
}

describe("/tinh key figures", () => {
  let core: Core;
  beforeAll(() => {
    const articles: Article[] = [
      makeArticle({ id: "qn-own", title: "Quảng Ninh tăng trưởng", provinces: { primary: ["quang-ninh"], mentioned: [] }, figures: [figure("GRDP", 11.89, "%", 2025)] }),
      makeArticle({ id: "qn-ward", title: "Phường mới", provinces: { primary: ["quang-ninh"], mentioned: [] }, figures: [figure("dân số", 295309, "người", null, true)] }),
      makeArticle({ id: "qn-undated", title: "Quảng Ninh chỉ số giá", provinces: { primary: ["quang-ninh"], mentioned: [] }, figures: [figure("CPI", 0.27, "%", null)] }),
      makeArticle({ id: "ag-small", title: "An Giang", provinces: { primary: ["an-giang"], mentioned: [] }, figures: [figure("diện tích", 567, "km²", 2024), figure("diện tích", 9888, "km²", 2025)] }),
      makeArticle({ id: "hn-first", title: "Hà Nội và Quảng Ninh", provinces: { primary: ["ha-noi", "quang-ninh"], mentioned: [] }, figures: [figure("thu ngân sách", 500, "tỷ đồng", 2024)] }),
    ];
    core = createCore({ articles, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
  });

  it("returns the province's own figures, not a ward's or those of an article mainly about another province", async () => {
    const line = figuresLine(await core.ask("/tinh Quảng Ninh"));
    expect(line).toContain("GRDP 11,89% (2025)");
    expect(line).not.toContain("dân số");
    expect(line).not.toContain("thu ngân sách");
  });

  it("returns no figure without a year (CPI 0,27% with no year)", async () => {
    expect(figuresLine(await core.ask("/tinh Quảng Ninh"))).not.toContain("CPI");
  });

  it("returns an area at province scale printed in km², not a district's 567 km²", async () => {
    const line = figuresLine(await core.ask("/tinh An Giang"));
    expect(line).toContain("diện tích 9.888 km² (2025)");
    expect(line).not.toContain("567");
  });

  it("returns no figures line when the province has no figures of its own", async () => {
    expect(figuresLine(await core.ask("/tinh Lạng Sơn"))).toBe("");
  });

  it("returns the seeds' Quảng Ninh figures extracted from the real articles", async () => {
    const seeds = loadCore({ corpusDirs: [SEEDS_DIR], snapshotDir: null, logger: createSilentLogger(), clock: createFixedClock("2026-02-01T00:00:00Z") });
    expect(figuresLine(await seeds.ask("/tinh Quảng Ninh"))).toContain("GRDP 11,89% (2025)");
  });
});
